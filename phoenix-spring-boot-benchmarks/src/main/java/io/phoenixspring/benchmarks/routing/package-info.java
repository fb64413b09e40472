/** Route matching (JMH): the Phoenix router against Spring's handler mapping and a WebMvc.fn router function. */
@NullMarked
package io.phoenixspring.benchmarks.routing;

import org.jspecify.annotations.NullMarked;
