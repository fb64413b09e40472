/** Channels: the channel contract, its socket state and results, messages and serializers, the channel server. */
@NullMarked
package io.phoenixspring.channel;

import org.jspecify.annotations.NullMarked;
