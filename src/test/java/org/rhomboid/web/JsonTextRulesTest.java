package org.rhomboid.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class JsonTextRulesTest {

    record Note(String title, List<String> lines, Map<String, String> extra) {}

    private static final JsonMapper JSON = JsonMapper.builder().addModule(JsonTextRules.module()).build();

    private static Note read(String json) {
        return JSON.readValue(json, Note.class);
    }

    @Test
    void textAsPeopleWriteItIsRead() {
        Note note = read("{\"title\":\"Zoë 🦴\\tline\\r\\nnext\",\"lines\":[\"a\",null],\"extra\":{\"k\":\"v\"}}");
        assertThat(note.title()).isEqualTo("Zoë 🦴\tline\r\nnext");
        assertThat(note.lines()).containsExactly("a", null);
    }

    @Test
    void aControlCharacterIsRefusedWhereverTheStringIs() {
        assertThatThrownBy(() -> read("{\"title\":\"Val\\u0000id\"}")).isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> assertThat(((InvalidFormatException) e).getOriginalMessage())
                        .isEqualTo("must not contain control characters (found U+0000)"))
                .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getPropertyName())
                        .isEqualTo("title"));
        assertThatThrownBy(() -> read("{\"lines\":[\"ok\",\"\\u001b[31m\"]}"))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"extra\":{\"k\":\"\\u0007\"}}")).isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"extra\":{\"k\\u0000\":\"v\"}}")).isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void aLoneSurrogateIsRefused() {
        assertThatThrownBy(() -> read("{\"title\":\"Quinn\\ud800\"}"))
                .satisfies(e -> assertThat(((InvalidFormatException) e).getOriginalMessage()).contains("surrogate"));
    }

    @Test
    void aNumberOrTrueWhereTextBelongsIsRefusedRatherThanTurnedIntoText() {
        assertThatThrownBy(() -> read("{\"title\":1001}")).isInstanceOf(MismatchedInputException.class)
                .isNotInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> read("{\"lines\":[true]}")).isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> read("{\"title\":{\"a\":1}}")).isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void textLongerThanAnyFieldKeepsIsRefused() {
        assertThatThrownBy(() -> read("{\"title\":\"" + "x".repeat(10_001) + "\"}"))
                .satisfies(e -> assertThat(((InvalidFormatException) e).getOriginalMessage())
                        .isEqualTo("must be at most 10000 characters"));
        assertThat(read("{\"title\":\"" + "x".repeat(10_000) + "\"}").title()).hasSize(10_000);
    }
}
