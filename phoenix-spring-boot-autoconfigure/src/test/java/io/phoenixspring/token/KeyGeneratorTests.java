package io.phoenixspring.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyGeneratorTests {

    @Test
    void matchesThePbkdf2HmacSha256TestVectorOfRfc7914() {
        byte[] key = KeyGenerator.generate("passwd", "salt", 1, 64);

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
    }

    @Test
    void matchesTheManyIterationsTestVectorOfRfc7914() {
        byte[] key = KeyGenerator.generate("Password", "NaCl", 80000, 64);

        assertThat(HexFormat.of().formatHex(key))
                .isEqualTo("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                        + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    @Test
    void defaultKeyIs32BytesOf1000Iterations() {
        byte[] key = KeyGenerator.generate("secret", "salt");

        assertThat(key).hasSize(32).isEqualTo(KeyGenerator.generate("secret", "salt", 1000, 32));
        assertThat(key).isNotEqualTo(KeyGenerator.generate("secret", "salt", 999, 32));
    }

    @Test
    void sameInputsGiveTheSameKey() {
        assertThat(KeyGenerator.generate("a secret key base", "signing salt"))
                .isEqualTo(KeyGenerator.generate("a secret key base", "signing salt"));
    }

    @Test
    void differentSecretsOrSaltsGiveDifferentKeys() {
        byte[] key = KeyGenerator.generate("secret", "salt");

        assertThat(KeyGenerator.generate("secret2", "salt")).isNotEqualTo(key);
        assertThat(KeyGenerator.generate("secret", "salt2")).isNotEqualTo(key);
    }

    @Test
    void secretsWithTheSameHashCodeGiveDifferentKeys() {
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode());

        assertThat(KeyGenerator.generate("AaAa", "salt")).isNotEqualTo(KeyGenerator.generate("BBBB", "salt"));
    }

    @Test
    void changingAReturnedKeyDoesNotChangeTheNextOne() {
        byte[] first = KeyGenerator.generate("secret", "mutable");
        byte[] copy = first.clone();
        first[0] ^= 1;

        assertThat(KeyGenerator.generate("secret", "mutable")).isEqualTo(copy);
    }
}
