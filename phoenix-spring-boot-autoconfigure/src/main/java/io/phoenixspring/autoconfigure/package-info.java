/** Auto-configuration of the Phoenix framework for Spring Boot. */
@NullMarked
package io.phoenixspring.autoconfigure;

import org.jspecify.annotations.NullMarked;
