package io.phoenixspring.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageEncryptorTests {

    private static final byte[] KEY = KeyGenerator.generate("s".repeat(64), "encryption salt");
    private static final byte[] MESSAGE = "{\"user_id\":42}".getBytes(StandardCharsets.UTF_8);

    @Test
    void encryptedMessageDecryptsWithTheSameKey() {
        String token = MessageEncryptor.encrypt(MESSAGE, KEY);

        assertThat(MessageEncryptor.decrypt(token, KEY))
                .hasValueSatisfying(m -> assertThat(m).isEqualTo(MESSAGE));
    }

    @Test
    void tokenIsTheA256gcmLayoutAndDoesNotShowTheMessage() {
        String token = MessageEncryptor.encrypt(MESSAGE, KEY);

        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(4);
        assertThat(new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.US_ASCII))
                .isEqualTo("A256GCM");
        assertThat(Base64.getUrlDecoder().decode(parts[1])).hasSize(12);
        assertThat(Base64.getUrlDecoder().decode(parts[2]))
                .hasSize(MESSAGE.length)
                .isNotEqualTo(MESSAGE);
        assertThat(Base64.getUrlDecoder().decode(parts[3])).hasSize(16);
        assertThat(token).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(MESSAGE));
    }

    @Test
    void sameMessageEncryptsDifferentlyEachTime() {
        assertThat(MessageEncryptor.encrypt(MESSAGE, KEY)).isNotEqualTo(MessageEncryptor.encrypt(MESSAGE, KEY));
    }

    @Test
    void otherKeyDoesNotDecrypt() {
        String token = MessageEncryptor.encrypt(MESSAGE, KEY);

        assertThat(MessageEncryptor.decrypt(token, KeyGenerator.generate("s".repeat(64), "other salt")))
                .isEmpty();
    }

    @Test
    void everyTamperedPartFailsToDecrypt() {
        String token = MessageEncryptor.encrypt(MESSAGE, KEY);
        String[] parts = token.split("\\.");
        for (int part = 1; part < 4; part++) {
            byte[] bytes = Base64.getUrlDecoder().decode(parts[part]);
            bytes[0] ^= 1;
            String[] tampered = parts.clone();
            tampered[part] = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

            assertThat(MessageEncryptor.decrypt(String.join(".", tampered), KEY))
                    .as("part %d", part)
                    .isEmpty();
        }
    }

    @Test
    void changedHeaderFailsToDecrypt() {
        String token = MessageEncryptor.encrypt(MESSAGE, KEY);
        String a128 =
                Base64.getUrlEncoder().withoutPadding().encodeToString("A128GCM".getBytes(StandardCharsets.US_ASCII));

        assertThat(MessageEncryptor.decrypt(a128 + token.substring(token.indexOf('.')), KEY))
                .isEmpty();
    }

    @Test
    void garbageAndSignedTokensFailToDecrypt() {
        String signed = MessageVerifier.sign(MESSAGE, KEY);
        for (String garbage : List.of("", ".", "...", "QTI1NkdDTQ...", "QTI1NkdDTQ.!!.??.%%", "a.b.c.d.e", signed)) {
            assertThat(MessageEncryptor.decrypt(garbage, KEY)).as(garbage).isEmpty();
        }
    }

    @Test
    void keyMustBe32Bytes() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> MessageEncryptor.encrypt(MESSAGE, new byte[16]))
                .withMessageContaining("32 bytes, got 16")
                .withMessageContaining("KeyGenerator.generate");
    }
}
