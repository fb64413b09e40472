package io.phoenixspring.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Tokens made by a real Erlang runtime with plug_crypto's algorithm ({@code token/generate-vectors.escript}): Java
 * verifies and decrypts them, and signs and encrypts the same bytes.
 */
class PhoenixTokenVectorTests {

    @Test
    void workedExampleOfTheSpecMatchesErlang() {
        PhoenixToken tokens = new PhoenixToken("a".repeat(64), fixedAt(0));

        String token = tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(Instant.EPOCH));

        assertThat(token).isEqualTo("SFMyNTY.g2gDYQFhAGIAAVGA.QkhFJtrb7uwkh0iRt7aRT92NVMdiDCMjtBnOxWwYYGU");
        assertThat(TokenVectors.vector("worked example").get("token").asString())
                .isEqualTo(token);
        assertThat(tokens.verify("user auth", token)).isEqualTo(new VerifyResult.Ok(1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#sign")
    void verifiesErlangSignedTokens(String name, JsonNode vector) {
        Object expected = TokenVectors.decoded(vector.get("data"));
        for (JsonNode check : vector.get("checks")) {
            PhoenixToken tokens = new PhoenixToken(
                    vector.get("secretKeyBase").asString(),
                    fixedAt(check.get("nowMs").asLong()));

            VerifyResult result = tokens.verify(
                    vector.get("salt").asString(), vector.get("token").asString(), verifyOptions(vector, check));

            if (check.get("result").asString().equals("ok")) {
                assertThat(result).as(check.toString()).isInstanceOf(VerifyResult.Ok.class);
                assertThat(TokenVectors.comparable(((VerifyResult.Ok) result).data()))
                        .as(check.toString())
                        .isEqualTo(expected);
            } else {
                assertThat(result).as(check.toString()).isEqualTo(new VerifyResult.Expired());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#signable")
    void signsTheBytesErlangSigns(String name, JsonNode vector) {
        PhoenixToken tokens = new PhoenixToken(vector.get("secretKeyBase").asString(), fixedAt(0));
        Object data = TokenVectors.toSign(vector.get("data"));
        SignOptions options = signOptions(vector);

        byte[] payload = Etf.encode(Etf.Tuple.of(
                data,
                vector.get("signedAtMs").asLong(),
                vector.get("maxAge").isNull() ? 86400 : vector.get("maxAge").asLong()));
        String token = tokens.sign(vector.get("salt").asString(), data, options);

        assertThat(HexFormat.of().formatHex(payload))
                .isEqualTo(vector.get("payloadHex").asString());
        assertThat(token).isEqualTo(vector.get("token").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#sign")
    void erlangTokensAreInvalidWithAnotherSalt(String name, JsonNode vector) {
        PhoenixToken tokens = new PhoenixToken(vector.get("secretKeyBase").asString(), fixedAt(0));

        assertThat(tokens.verify("another salt", vector.get("token").asString(), verifyOptions(vector, null)))
                .isEqualTo(new VerifyResult.Invalid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#encrypt")
    void decryptsErlangEncryptedTokens(String name, JsonNode vector) {
        Object expected = TokenVectors.decoded(vector.get("data"));
        for (JsonNode check : vector.get("checks")) {
            PhoenixToken tokens = new PhoenixToken(
                    vector.get("secretKeyBase").asString(),
                    fixedAt(check.get("nowMs").asLong()));

            VerifyResult result = tokens.decrypt(
                    vector.get("secret").asString(), vector.get("token").asString(), verifyOptions(vector, check));

            if (check.get("result").asString().equals("ok")) {
                assertThat(TokenVectors.comparable(result.orElseThrow()))
                        .as(check.toString())
                        .isEqualTo(expected);
            } else {
                assertThat(result).as(check.toString()).isEqualTo(new VerifyResult.Expired());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#encrypt")
    void encryptsTheBytesErlangEncryptsWithTheSameRandomBytes(String name, JsonNode vector) {
        PhoenixToken tokens = new PhoenixToken(vector.get("secretKeyBase").asString(), fixedAt(0));

        String token = tokens.encrypt(
                vector.get("secret").asString(),
                TokenVectors.toSign(vector.get("data")),
                signOptions(vector),
                TokenVectors.hex(vector.get("cekHex")),
                TokenVectors.hex(vector.get("ivHex")),
                TokenVectors.hex(vector.get("wrapIvHex")));

        assertThat(token).isEqualTo(vector.get("token").asString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.phoenixspring.token.TokenVectors#encrypt")
    void erlangEncryptedTokensAreInvalidWithAnotherSecret(String name, JsonNode vector) {
        PhoenixToken tokens = new PhoenixToken(vector.get("secretKeyBase").asString(), fixedAt(0));

        assertThat(tokens.decrypt("another secret", vector.get("token").asString(), verifyOptions(vector, null)))
                .isEqualTo(new VerifyResult.Invalid());
    }

    private static SignOptions signOptions(JsonNode vector) {
        SignOptions options = SignOptions.defaults()
                .withSignedAt(Instant.ofEpochMilli(vector.get("signedAtMs").asLong()))
                .withKeyIterations(vector.get("keyIterations").asInt())
                .withKeyLength(vector.get("keyLength").asInt())
                .withKeyDigest(TokenVectors.digest(vector));
        Duration maxAge = TokenVectors.maxAge(vector.get("maxAge"));
        return maxAge == null ? options : options.withMaxAge(maxAge);
    }

    private static VerifyOptions verifyOptions(JsonNode vector, @org.jspecify.annotations.Nullable JsonNode check) {
        return VerifyOptions.defaults()
                .withMaxAge(check == null ? PhoenixToken.INFINITY : TokenVectors.maxAge(check.get("maxAge")))
                .withKeyIterations(vector.get("keyIterations").asInt())
                .withKeyLength(vector.get("keyLength").asInt())
                .withKeyDigest(TokenVectors.digest(vector));
    }

    static Clock fixedAt(long epochMilli) {
        return Clock.fixed(Instant.ofEpochMilli(epochMilli), ZoneOffset.UTC);
    }
}
