/** Auto-configuration of PubSub, channels and socket transports ({@code phoenix.pubsub.*}). */
@NullMarked
package io.phoenixspring.autoconfigure.channel;

import org.jspecify.annotations.NullMarked;
