/** The endpoint: the servlet filter that turns each request into a conn and runs the endpoint plugs. */
@NullMarked
package io.phoenixspring.endpoint;

import org.jspecify.annotations.NullMarked;
