package io.phoenixspring.socket;

import io.phoenixspring.channel.Serializer;
import io.phoenixspring.socket.internal.V1JsonSerializer;
import io.phoenixspring.socket.internal.V2JsonSerializer;
import io.phoenixspring.socket.internal.VersionRequirement;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * A serializer and the client versions (the {@code vsn} connect param) it serves, as an entry of Phoenix's
 * {@code serializer: [{Phoenix.Socket.V2.JSONSerializer, "~> 2.0.0"}]}. The first entry whose requirement the
 * client's version meets is used; a client whose version meets none is refused with 403.
 *
 * @param requirement an Elixir version requirement such as {@code "~> 2.0.0"}
 * @param serializer makes the serializer from the application's JSON mapper
 */
public record SerializerVersion(String requirement, Function<JsonMapper, Serializer> serializer) {

    public SerializerVersion {
        VersionRequirement.parse(requirement);
    }

    /** Phoenix's V1 JSON serializer (frames as objects) for {@code requirement}, by default {@code "~> 1.0.0"}. */
    public static SerializerVersion v1(String requirement) {
        return new SerializerVersion(requirement, V1JsonSerializer::new);
    }

    /** Phoenix's V2 serializer (JSON arrays and binary frames) for {@code requirement}, by default {@code "~> 2.0.0"}. */
    public static SerializerVersion v2(String requirement) {
        return new SerializerVersion(requirement, V2JsonSerializer::new);
    }

    /** A serializer of your own for {@code requirement}. */
    public static SerializerVersion of(String requirement, Serializer serializer) {
        return new SerializerVersion(requirement, json -> serializer);
    }
}
