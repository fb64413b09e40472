package io.phoenixspring.conn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigInteger;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParamTests {

    enum Status {
        ACTIVE,
        ON_HOLD
    }

    record User(Long id, String name) {}

    @ParamKey("username")
    record Member(long id, String username) {}

    record Article(long id, String slug) implements ToParam {
        @Override
        public String toParam() {
            return id + "-" + slug;
        }
    }

    static final class Bean {
        private final int id;

        Bean(int id) {
            this.id = id;
        }

        public int getId() {
            return id;
        }
    }

    static class FieldOnly {
        @SuppressWarnings("unused")
        private final String id;

        FieldOnly(String id) {
            this.id = id;
        }
    }

    static final class InheritedField extends FieldOnly {
        InheritedField(String id) {
            super(id);
        }
    }

    record NoId(String name) {}

    @Test
    void stringsAndIntegersAreTheirText() {
        assertThat(Param.toParam("hello world")).isEqualTo("hello world");
        assertThat(Param.toParam(42)).isEqualTo("42");
        assertThat(Param.toParam(-7L)).isEqualTo("-7");
        assertThat(Param.toParam((short) 3)).isEqualTo("3");
        assertThat(Param.toParam(new BigInteger("123456789012345678901234567890")))
                .isEqualTo("123456789012345678901234567890");
    }

    @Test
    void booleansAreTrueAndFalse() {
        assertThat(Param.toParam(true)).isEqualTo("true");
        assertThat(Param.toParam(false)).isEqualTo("false");
    }

    @Test
    void uuidIsItsCanonicalText() {
        UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

        assertThat(Param.toParam(id)).isEqualTo("123e4567-e89b-12d3-a456-426614174000");
    }

    @Test
    void enumIsItsLowerCaseName() {
        assertThat(Param.toParam(Status.ACTIVE)).isEqualTo("active");
        assertThat(Param.toParam(Status.ON_HOLD)).isEqualTo("on_hold");
    }

    @Test
    void toParamTypesChooseTheirOwnText() {
        assertThat(Param.toParam(new Article(13, "hello"))).isEqualTo("13-hello");
    }

    @Test
    void recordIsPutByItsIdComponent() {
        assertThat(Param.toParam(new User(7L, "jane"))).isEqualTo("7");
    }

    @Test
    void paramKeyNamesAnotherProperty() {
        assertThat(Param.toParam(new Member(1, "jane"))).isEqualTo("jane");
    }

    @Test
    void beanIsPutByItsIdGetter() {
        assertThat(Param.toParam(new Bean(99))).isEqualTo("99");
    }

    @Test
    void plainObjectIsPutByItsIdField() {
        assertThat(Param.toParam(new FieldOnly("abc"))).isEqualTo("abc");
        assertThat(Param.toParam(new InheritedField("def"))).isEqualTo("def");
    }

    @Test
    void nullCannotBeAParam() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Param.toParam(null))
                .withMessageContaining("cannot convert nil to param");
    }

    @Test
    void mapsAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Param.toParam(Map.of("id", 1)))
                .withMessageContaining("maps cannot be converted to_param");
    }

    @Test
    void floatingPointNumbersAreRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Param.toParam(1.5))
                .withMessageContaining("cannot convert Double 1.5 to param");
    }

    @Test
    void nullIdIsRejectedNamingTheKey() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Param.toParam(new User(null, "jane")))
                .withMessageContaining("cannot convert User to param")
                .withMessageContaining("key id contains a nil value");
    }

    @Test
    void typeWithoutTheKeyPropertyIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Param.toParam(new NoId("x")))
                .withMessageContaining("has no \"id\" property")
                .withMessageContaining("@ParamKey");
    }
}
