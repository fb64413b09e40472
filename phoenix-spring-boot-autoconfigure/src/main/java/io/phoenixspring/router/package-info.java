/** The router: a DSL of pipelines, scopes and resources compiled once into a route table, path helpers and listing. */
@NullMarked
package io.phoenixspring.router;

import org.jspecify.annotations.NullMarked;
