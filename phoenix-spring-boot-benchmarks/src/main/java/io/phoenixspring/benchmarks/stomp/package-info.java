/** The peer of the WebSocket benchmarks: Spring's STOMP over WebSocket with its simple broker, without Phoenix. */
@NullMarked
package io.phoenixspring.benchmarks.stomp;

import org.jspecify.annotations.NullMarked;
