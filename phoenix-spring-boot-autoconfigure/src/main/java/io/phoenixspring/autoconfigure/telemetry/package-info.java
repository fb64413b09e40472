/** Bridges Phoenix's counters and telemetry to Micrometer. */
@NullMarked
package io.phoenixspring.autoconfigure.telemetry;

import org.jspecify.annotations.NullMarked;
