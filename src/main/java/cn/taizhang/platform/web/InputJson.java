package cn.taizhang.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string read from JSON into a typed field, at any depth, is checked for characters no input may hold
 * ({@link TextCharacters}); the failure carries the field's path like any other Jackson failure, and
 * {@link ProblemAdvice} answers it as {@code INVALID_CHARACTERS}. Bodies read as trees are checked by
 * {@link JsonTreeCheck}.
 */
@Configuration(proxyBeanMethods = false)
class InputJson {

    @Bean
    JsonMapperBuilderCustomizer checkedStrings() {
        return builder -> builder.addModule(new SimpleModule("checked-strings").addDeserializer(String.class, new CheckedString()));
    }

    /** Thrown for a string holding a forbidden character; Jackson adds where it was. */
    static final class ForbiddenCharacters extends InvalidFormatException {

        ForbiddenCharacters(JsonParser p) {
            super(p, "forbidden characters", null, String.class);
        }
    }

    private static final class CheckedString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String s = super.deserialize(p, ctxt);
            if (s != null && !TextCharacters.allowed(s)) {
                throw new ForbiddenCharacters(p);
            }
            return s;
        }
    }
}
