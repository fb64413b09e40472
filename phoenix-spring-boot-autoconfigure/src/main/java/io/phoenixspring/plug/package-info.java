/** The {@link io.phoenixspring.plug.Plug} contract, pipelines and the built-in plugs of a Phoenix endpoint. */
@NullMarked
package io.phoenixspring.plug;

import org.jspecify.annotations.NullMarked;
