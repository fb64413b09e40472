/** Sockets: the user socket contract (connect, id, channel routes), its transports and serializers. */
@NullMarked
package io.phoenixspring.socket;

import org.jspecify.annotations.NullMarked;
