/** Controllers that router tests name by text, relative to a scope alias. */
@NullMarked
package io.phoenixspring.router.web.admin;

import org.jspecify.annotations.NullMarked;
