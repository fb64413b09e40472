package io.phoenixspring.socket.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class VersionRequirementTests {

    private static boolean matches(String version, String requirement) {
        VersionRequirement.Version parsed = VersionRequirement.parseVersion(version);
        assertThat(parsed).as(version).isNotNull();
        return VersionRequirement.parse(requirement).matches(parsed);
    }

    @Test
    void pessimisticWithThreePartsAllowsPatchesOnly() {
        assertThat(matches("2.0.0", "~> 2.0.0")).isTrue();
        assertThat(matches("2.0.9", "~> 2.0.0")).isTrue();
        assertThat(matches("2.1.0", "~> 2.0.0")).isFalse();
        assertThat(matches("1.9.9", "~> 2.0.0")).isFalse();
        assertThat(matches("2.1.0-rc.1", "~> 2.0.0")).isFalse();
    }

    @Test
    void pessimisticWithTwoPartsAllowsMinors() {
        assertThat(matches("2.7.1", "~> 2.0")).isTrue();
        assertThat(matches("3.0.0", "~> 2.0")).isFalse();
        assertThat(matches("3.0.0-alpha", "~> 2.0")).isFalse();
    }

    @Test
    void comparisonsAndOrAndAnd() {
        assertThat(matches("1.5.0", ">= 1.0.0 and < 2.0.0")).isTrue();
        assertThat(matches("2.0.0", ">= 1.0.0 and < 2.0.0")).isFalse();
        assertThat(matches("2.0.0", "== 1.0.0 or ~> 2.0.0")).isTrue();
        assertThat(matches("1.0.0", "1.0.0")).isTrue();
        assertThat(matches("1.0.1", "!= 1.0.0")).isTrue();
        assertThat(matches("1.0.0", "> 1.0.0-rc.2")).isTrue();
        assertThat(matches("1.0.0-rc.10", "> 1.0.0-rc.2")).isTrue();
        assertThat(matches("1.0.0-beta", "<= 1.0.0-alpha")).isFalse();
    }

    @Test
    void versionsNeedThreeParts() {
        assertThat(VersionRequirement.parseVersion("2")).isNull();
        assertThat(VersionRequirement.parseVersion("2.0")).isNull();
        assertThat(VersionRequirement.parseVersion("2.0.0+build.5")).isNotNull();
        assertThat(VersionRequirement.parseVersion("02.0.0")).isNull();
    }

    @Test
    void badRequirementsSayWhatIsExpected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> VersionRequirement.parse("about 2"))
                .withMessageContaining("invalid version requirement \"about 2\"")
                .withMessageContaining("~> 2.0.0");
        assertThatIllegalArgumentException().isThrownBy(() -> VersionRequirement.parse(">= 2.0"));
    }
}
