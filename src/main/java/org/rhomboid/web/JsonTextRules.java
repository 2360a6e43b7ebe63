package org.rhomboid.web;

import org.rhomboid.shared.domain.PlainText;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every string the JSON API reads, once, where Jackson reads it: text only where text belongs (a number, true or
 * false is refused, not quietly turned into "1001"), no control characters or halves of surrogate pairs (refused,
 * not stripped: a client that sends them has a bug it should hear about), at most
 * {@link PlainText#MAX_FIELD_LENGTH} characters. The answer is a 400 naming the field ({@link ApiProblemHandler}).
 */
final class JsonTextRules {

    private JsonTextRules() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("rhomboid-json-text");
        module.addDeserializer(String.class, new CheckedString());
        module.addKeyDeserializer(String.class, new CheckedKey());
        return module;
    }

    /** Why the text is refused, or null. */
    static String problem(String text) {
        if (text.length() > PlainText.MAX_FIELD_LENGTH) {
            return "must be at most " + PlainText.MAX_FIELD_LENGTH + " characters";
        }
        return PlainText.problem(text);
    }

    static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getString();
            String problem = problem(text);
            if (problem != null) {
                throw InvalidFormatException.from(parser, problem, "(refused)", String.class);
            }
            return text;
        }
    }

    static final class CheckedKey extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            String problem = problem(key);
            if (problem != null) {
                throw context.weirdKeyException(String.class, "(refused)", "a property name " + problem);
            }
            return key;
        }
    }
}
