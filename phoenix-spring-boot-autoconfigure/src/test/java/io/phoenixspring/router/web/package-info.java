/** Controllers that router tests name by text, relative to a scope alias. */
@NullMarked
package io.phoenixspring.router.web;

import org.jspecify.annotations.NullMarked;
