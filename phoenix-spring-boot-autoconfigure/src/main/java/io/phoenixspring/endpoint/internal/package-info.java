/** How the endpoint meets the servlet container: the conn adapter and the fallthrough request. */
@NullMarked
package io.phoenixspring.endpoint.internal;

import org.jspecify.annotations.NullMarked;
