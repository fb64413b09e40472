/** How actions are resolved once at startup and invoked per request. */
@NullMarked
package io.phoenixspring.controller.internal;

import org.jspecify.annotations.NullMarked;
