package io.phoenixspring.autoconfigure.channel;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** PubSub's configuration. */
@ConfigurationProperties("phoenix.pubsub")
public class PhoenixPubSubProperties {

    /** Name of this node in the cluster, unique per node; the host name and process id by default. */
    private @Nullable String nodeName;

    public @Nullable String getNodeName() {
        return nodeName;
    }

    public void setNodeName(@Nullable String nodeName) {
        this.nodeName = nodeName;
    }
}
