/** Phoenix's ConnTest for Spring Boot tests: requests dispatched in-process through the real endpoint. */
@NullMarked
package io.phoenixspring.test;

import org.jspecify.annotations.NullMarked;
