package io.phoenixspring.token;

import static io.phoenixspring.token.PhoenixTokenVectorTests.fixedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoenixTokenTests {

    private static final String SECRET = "Ek4pwbgQF3SR8drxOs8iqjVfZxkpmO7Mu/WXa01O/YhqnhZbJ8jYh8LwCn+MQZ1K";
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private final PhoenixToken tokens = new PhoenixToken(SECRET, Clock.fixed(NOW, java.time.ZoneOffset.UTC));

    // ============================================================ sign / verify

    @Test
    void signedDataVerifies() {
        String token = tokens.sign("user auth", 1);

        assertThat(token).matches("^SFMyNTY\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$");
        assertThat(tokens.verify("user auth", token, Duration.ofDays(1))).isEqualTo(new VerifyResult.Ok(1));
        assertThat(tokens.verify("user auth", token)).isEqualTo(new VerifyResult.Ok(1));
    }

    @Test
    void structuredDataVerifies() {
        Map<String, Object> data = Map.of("id", 42, "roles", List.of("admin"), "exp", 1L << 40);

        assertThat(tokens.verify("user auth", tokens.sign("user auth", data)).orElseThrow())
                .isEqualTo(data);
    }

    @Test
    void wrongSaltIsInvalid() {
        assertThat(tokens.verify("password reset", tokens.sign("user auth", 1))).isEqualTo(new VerifyResult.Invalid());
    }

    @Test
    void anotherSecretIsInvalid() {
        String token = new PhoenixToken("x".repeat(64), fixedAt(NOW.toEpochMilli())).sign("user auth", 1);

        assertThat(tokens.verify("user auth", token)).isEqualTo(new VerifyResult.Invalid());
    }

    @Test
    void otherKeyOptionsAreInvalid() {
        String token = tokens.sign("user auth", 1, SignOptions.defaults().withKeyIterations(10));

        assertThat(tokens.verify("user auth", token)).isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.verify("user auth", token, VerifyOptions.defaults().withKeyIterations(10)))
                .isEqualTo(new VerifyResult.Ok(1));
    }

    @Test
    void tamperedTokensAreInvalid() {
        String token = tokens.sign("user auth", 1);
        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Etf.encode(Etf.Tuple.of(2, NOW.toEpochMilli(), 86400)));
        char last = parts[2].charAt(0);

        assertThat(tokens.verify("user auth", parts[0] + "." + forgedPayload + "." + parts[2]))
                .isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.verify(
                        "user auth",
                        parts[0] + "." + parts[1] + "." + (last == 'A' ? 'B' : 'A') + parts[2].substring(1)))
                .isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.verify("user auth", token + ".x")).isEqualTo(new VerifyResult.Invalid());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "garbage", "a.b", "a.b.c", "SFMyNTY..", "SFMyNTY.!!!.???", "SFMyNTY.g2gDYQFhAGIAAVGA"})
    void garbageIsInvalid(String token) {
        assertThat(tokens.verify("user auth", token)).isEqualTo(new VerifyResult.Invalid());
    }

    @Test
    void nullTokenIsMissing() {
        assertThat(tokens.verify("user auth", null)).isEqualTo(new VerifyResult.Missing());
        assertThat(tokens.decrypt("secret", null)).isEqualTo(new VerifyResult.Missing());
    }

    @Test
    void authenticPayloadsThatAreNotTokensAreInvalid() {
        byte[] key = KeyGenerator.generate(SECRET, "user auth");
        List<byte[]> payloads = List.of(
                "not a term".getBytes(StandardCharsets.UTF_8),
                Etf.encode("just data"),
                Etf.encode(Etf.Tuple.of(1, "not a timestamp", 86400)),
                Etf.encode(Etf.Tuple.of(1, NOW.toEpochMilli(), "not a max age")),
                Etf.encode(Map.of("data", 1)),
                HexFormat.of().parseHex("8370000000"), // a fun
                HexFormat.of().parseHex("836cffffffff")); // a forged length

        for (byte[] payload : payloads) {
            assertThat(tokens.verify("user auth", MessageVerifier.sign(payload, key)))
                    .as(HexFormat.of().formatHex(payload))
                    .isEqualTo(new VerifyResult.Invalid());
        }
    }

    // ============================================================ expiry

    @Test
    void tokensOlderThanMaxAgeAreExpired() {
        String token = tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(NOW.minusSeconds(90000)));

        assertThat(tokens.verify("user auth", token, Duration.ofDays(1))).isEqualTo(new VerifyResult.Expired());
        assertThat(tokens.verify("user auth", token, Duration.ofDays(2))).isEqualTo(new VerifyResult.Ok(1));
    }

    @Test
    void withoutMaxAgeTheEmbeddedOneApplies() {
        String twoDaysOld =
                tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(NOW.minus(Duration.ofDays(2))));
        String week = tokens.sign(
                "user auth",
                1,
                SignOptions.defaults()
                        .withSignedAt(NOW.minus(Duration.ofDays(2)))
                        .withMaxAge(Duration.ofDays(7)));

        assertThat(tokens.verify("user auth", twoDaysOld)).isEqualTo(new VerifyResult.Expired());
        assertThat(tokens.verify("user auth", week)).isEqualTo(new VerifyResult.Ok(1));
    }

    @Test
    void expiryIsExactToTheMillisecond() {
        String token = tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(NOW.minusSeconds(60)));

        assertThat(tokens.verify("user auth", token, Duration.ofSeconds(60))).isEqualTo(new VerifyResult.Ok(1));
        assertThat(tokens.verify("user auth", token, Duration.ofMillis(59_999))).isEqualTo(new VerifyResult.Expired());
    }

    @Test
    void zeroOrNegativeMaxAgeIsAlwaysExpired() {
        String fresh = tokens.sign("user auth", 1);

        assertThat(tokens.verify("user auth", fresh, Duration.ZERO)).isEqualTo(new VerifyResult.Expired());
        assertThat(tokens.verify("user auth", fresh, Duration.ofSeconds(-1))).isEqualTo(new VerifyResult.Expired());
        assertThat(tokens.verify(
                        "user auth",
                        tokens.sign("user auth", 1, SignOptions.defaults().withMaxAge(Duration.ZERO))))
                .isEqualTo(new VerifyResult.Expired());
    }

    @Test
    void infinityNeverExpires() {
        Instant tenYearsAgo = NOW.minus(Duration.ofDays(3650));
        String old = tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(tenYearsAgo));
        String forever = tokens.sign(
                "user auth", 1, SignOptions.defaults().withSignedAt(tenYearsAgo).withMaxAge(PhoenixToken.INFINITY));

        assertThat(tokens.verify("user auth", old, PhoenixToken.INFINITY)).isEqualTo(new VerifyResult.Ok(1));
        assertThat(tokens.verify("user auth", forever)).isEqualTo(new VerifyResult.Ok(1));
        assertThat(payload(forever)).endsWith("7708696e66696e697479"); // :infinity
    }

    @Test
    void fractionalMaxAgeIsEmbeddedAsAFloat() {
        String token = tokens.sign("user auth", 1, SignOptions.defaults().withMaxAge(Duration.ofMillis(1500)));

        assertThat(payload(token)).endsWith("463ff8000000000000"); // 1.5
    }

    @Test
    void signatureIsCheckedBeforeExpiry() {
        String expired =
                tokens.sign("user auth", 1, SignOptions.defaults().withSignedAt(NOW.minus(Duration.ofDays(3))));

        assertThat(tokens.verify("other", expired)).isEqualTo(new VerifyResult.Invalid());
    }

    // ============================================================ encrypt / decrypt

    @Test
    void encryptedDataDecrypts() {
        String token = tokens.encrypt("secret data", Map.of("card", "4111 1111 1111 1111"));

        assertThat(token).startsWith("QTEyOEdDTQ.").matches("^[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+){4}$");
        assertThat(tokens.decrypt("secret data", token, Duration.ofDays(1)))
                .isEqualTo(new VerifyResult.Ok(Map.of("card", "4111 1111 1111 1111")));
    }

    @Test
    void encryptedTokensHideTheirData() {
        String token = tokens.encrypt("secret data", "4111 1111 1111 1111");

        assertThat(token).doesNotContain("4111");
        for (String part : token.split("\\.")) {
            assertThat(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.ISO_8859_1))
                    .doesNotContain("4111");
        }
    }

    @Test
    void encryptionIsRandomized() {
        assertThat(tokens.encrypt("secret data", 1)).isNotEqualTo(tokens.encrypt("secret data", 1));
    }

    @Test
    void encryptedTokensWithAnotherSecretOrTamperedAreInvalid() {
        String token = tokens.encrypt("secret data", 1);
        String[] parts = token.split("\\.");
        parts[3] = parts[3].charAt(0) == 'A' ? "B" + parts[3].substring(1) : "A" + parts[3].substring(1);

        assertThat(tokens.decrypt("other secret", token)).isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.decrypt("secret data", String.join(".", parts))).isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.decrypt("secret data", "garbage")).isEqualTo(new VerifyResult.Invalid());
        assertThat(tokens.decrypt("secret data", tokens.sign("secret data", 1))).isEqualTo(new VerifyResult.Invalid());
    }

    @Test
    void encryptedTokensExpire() {
        String token =
                tokens.encrypt("secret data", 1, SignOptions.defaults().withSignedAt(NOW.minus(Duration.ofDays(2))));

        assertThat(tokens.decrypt("secret data", token)).isEqualTo(new VerifyResult.Expired());
        assertThat(tokens.decrypt("secret data", token, Duration.ofDays(3))).isEqualTo(new VerifyResult.Ok(1));
    }

    @Test
    void encryptionNeedsAUsableKeyLength() {
        assertThatIllegalArgumentException()
                .isThrownBy(() ->
                        tokens.encrypt("secret data", 1, SignOptions.defaults().withKeyLength(20)))
                .withMessageContaining("16, 24 or at least 32");
    }

    // ============================================================ configuration and results

    @Test
    void missingSecretKeyBaseSaysHowToConfigureIt() {
        PhoenixToken unconfigured = new PhoenixToken(null);

        assertThatIllegalStateException()
                .isThrownBy(() -> unconfigured.sign("user auth", 1))
                .withMessageContaining("no secret_key_base configuration found")
                .withMessageContaining("phoenix.endpoint.secret-key-base=");
        assertThatIllegalStateException().isThrownBy(() -> unconfigured.verify("user auth", "x"));
    }

    @Test
    void shortSecretKeyBaseIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new PhoenixToken("short"))
                .withMessageContaining("at least 20")
                .withMessageContaining("got 5 bytes");
    }

    @Test
    void unsupportedDataIsRejectedWhenSigning() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> tokens.sign("user auth", new StringBuilder("x")))
                .withMessageContaining("cannot encode a java.lang.StringBuilder");
    }

    @Test
    void resultsConvertAsAsked() {
        VerifyResult ok = tokens.verify("user auth", tokens.sign("user auth", 7));

        assertThat(ok.isOk()).isTrue();
        assertThat(ok.toOptional()).contains(7);
        assertThat(ok.orElseThrow(Integer.class)).isEqualTo(7);
        assertThat(ok.orElseThrow(Long.class)).isEqualTo(7L);
        assertThatExceptionOfType(ClassCastException.class)
                .isThrownBy(() -> ok.orElseThrow(String.class))
                .withMessageContaining(
                        "expected the token's data to be a java.lang.String, but it is a java.lang.Integer");
    }

    @Test
    void failedResultsThrowAnUnauthorizedException() {
        VerifyResult expired = new VerifyResult.Expired();

        assertThat(expired.isOk()).isFalse();
        assertThat(expired.toOptional()).isEmpty();
        assertThatExceptionOfType(InvalidTokenException.class)
                .isThrownBy(expired::orElseThrow)
                .withMessageContaining("expired")
                .satisfies(e -> {
                    assertThat(e.plugStatus()).isEqualTo(401);
                    assertThat(e.result()).isEqualTo(expired);
                });
        assertThatExceptionOfType(InvalidTokenException.class)
                .isThrownBy(() -> new VerifyResult.Missing().orElseThrow(Integer.class))
                .withMessageContaining("none was given");
    }

    private static String payload(String token) {
        return HexFormat.of().formatHex(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }
}
