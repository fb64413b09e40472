/** Phoenix's ConnTest and ChannelTest for Spring Boot tests: requests and channels run in-process on the real code. */
@NullMarked
package io.phoenixspring.test;

import org.jspecify.annotations.NullMarked;
