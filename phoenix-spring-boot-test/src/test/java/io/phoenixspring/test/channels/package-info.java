/** The sockets and channels of the test application. */
@NullMarked
package io.phoenixspring.test.channels;

import org.jspecify.annotations.NullMarked;
