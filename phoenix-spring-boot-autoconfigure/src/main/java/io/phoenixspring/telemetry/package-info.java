/** Telemetry: events with measurements and metadata, and the handlers attached to them, as {@code :telemetry}. */
@NullMarked
package io.phoenixspring.telemetry;

import org.jspecify.annotations.NullMarked;
