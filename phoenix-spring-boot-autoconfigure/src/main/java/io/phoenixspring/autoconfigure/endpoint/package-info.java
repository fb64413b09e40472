/** Auto-configuration of the endpoint: its plugs, its servlet filter and its {@code phoenix.endpoint.*} properties. */
@NullMarked
package io.phoenixspring.autoconfigure.endpoint;

import org.jspecify.annotations.NullMarked;
