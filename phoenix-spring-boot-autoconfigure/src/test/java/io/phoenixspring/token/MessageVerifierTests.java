package io.phoenixspring.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class MessageVerifierTests {

    private static final byte[] KEY = KeyGenerator.generate("a secret key base that is long enough", "salt");
    private static final byte[] PAYLOAD = "{\"user_id\":1}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signedMessageVerifiesToItsPayload() {
        String token = MessageVerifier.sign(PAYLOAD, KEY);

        assertThat(MessageVerifier.verify(token, KEY))
                .hasValueSatisfying(p -> assertThat(p).isEqualTo(PAYLOAD));
    }

    @Test
    void emptyPayloadRoundTrips() {
        String token = MessageVerifier.sign(new byte[0], KEY);

        assertThat(MessageVerifier.verify(token, KEY))
                .hasValueSatisfying(p -> assertThat(p).isEmpty());
    }

    @Test
    void tokenIsProtectedHeaderPayloadAndHmacInBase64Url() throws Exception {
        String token = MessageVerifier.sign(PAYLOAD, KEY);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        assertThat(parts[0]).isEqualTo("SFMyNTY");
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII))
                .isEqualTo("HS256");
        assertThat(parts[1]).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(PAYLOAD));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(parts[2]).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(expected));
        assertThat(token).doesNotContain("=", "+", "/");
    }

    @Test
    void tamperedPayloadIsRejected() {
        String token = MessageVerifier.sign(PAYLOAD, KEY);
        String[] parts = token.split("\\.");
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"user_id\":2}".getBytes(StandardCharsets.UTF_8));

        assertThat(MessageVerifier.verify(parts[0] + "." + forged + "." + parts[2], KEY))
                .isEmpty();
    }

    @Test
    void tamperedSignatureIsRejected() {
        String token = MessageVerifier.sign(PAYLOAD, KEY);
        char last = token.charAt(token.length() - 2);
        String tampered =
                token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);

        assertThat(MessageVerifier.verify(tampered, KEY)).isEmpty();
        assertThat(MessageVerifier.verify(token.substring(0, token.length() - 1), KEY))
                .isEmpty();
    }

    @Test
    void wrongKeyIsRejected() {
        String token = MessageVerifier.sign(PAYLOAD, KEY);

        assertThat(MessageVerifier.verify(token, KeyGenerator.generate("another secret", "salt")))
                .isEmpty();
    }

    @Test
    void otherProtectedHeaderIsRejected() {
        String token = MessageVerifier.sign(PAYLOAD, KEY);

        assertThat(MessageVerifier.verify("SFMxNTY" + token.substring(7), KEY)).isEmpty();
    }

    @Test
    void garbageIsRejectedWithoutAnException() {
        for (String garbage :
                List.of("", ".", "..", "SFMyNTY", "SFMyNTY.", "SFMyNTY..", "SFMyNTY.!!!.***", "a.b.c", "no dots")) {
            assertThat(MessageVerifier.verify(garbage, KEY)).as(garbage).isEmpty();
        }
    }
}
