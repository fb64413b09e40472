/** PubSub: topics, subscribers and broadcasts, locally and (through an adapter) across nodes. */
@NullMarked
package io.phoenixspring.pubsub;

import org.jspecify.annotations.NullMarked;
