/** How sockets run: the socket process's routing rules, the WebSocket transport and the serializers. */
@NullMarked
package io.phoenixspring.socket.internal;

import org.jspecify.annotations.NullMarked;
