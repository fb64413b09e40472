/** How the built-in plugs do their work: body parsing and static file lookup. */
@NullMarked
package io.phoenixspring.plug.internal;

import org.jspecify.annotations.NullMarked;
