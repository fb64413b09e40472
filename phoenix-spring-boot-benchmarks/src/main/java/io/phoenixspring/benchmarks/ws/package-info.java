/**
 * The WebSocket load harness: an NIO client speaking Phoenix V2 or STOMP over many connections from a few selector
 * threads, and a raw NIO server that gives the floor for a write to every connection.
 */
@NullMarked
package io.phoenixspring.benchmarks.ws;

import org.jspecify.annotations.NullMarked;
