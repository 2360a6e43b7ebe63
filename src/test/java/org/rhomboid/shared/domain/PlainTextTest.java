package org.rhomboid.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void whatPeopleTypeIsKeptAsItIs() {
        String typed = "Zoë Ōtani-Müller 🦴\tline one\r\nline two — 25 % ~*:^";
        assertThat(PlainText.problem(typed)).isNull();
        assertThat(PlainText.clean(typed)).isSameAs(typed);
    }

    @Test
    void controlCharactersAreNamedAndTakenOut() {
        assertThat(PlainText.problem("Ash\u0000worth")).isEqualTo("must not contain control characters (found U+0000)");
        assertThat(PlainText.problem("bell\u0007")).contains("U+0007");
        assertThat(PlainText.problem("del\u007f")).contains("U+007F");
        assertThat(PlainText.problem("c1\u0085")).contains("U+0085");
        assertThat(PlainText.clean("Ash\u0000wo\u001brth\u007f\u0085")).isEqualTo("Ashworth");
    }

    @Test
    void halfOfASurrogatePairIsNamedAndTakenOutButAWholePairStays() {
        assertThat(PlainText.problem("Quinn\ud800")).contains("surrogate").contains("U+D800");
        assertThat(PlainText.problem("\udc00Quinn")).contains("U+DC00");
        assertThat(PlainText.clean("\udc00Qu\ud83e\uddb4inn\ud800")).isEqualTo("Qu\ud83e\uddb4inn");
    }

    @Test
    void fieldNamesAreThoseAFormCouldHave() {
        assertThat(PlainText.isFieldName("psfs.0.activity")).isTrue();
        assertThat(PlainText.isFieldName("ex.1.safetyNote")).isTrue();
        assertThat(PlainText.isFieldName("go\u0000als")).isFalse();
        assertThat(PlainText.isFieldName("\ud800")).isFalse();
        assertThat(PlainText.isFieldName("\u0378")).as("unassigned").isFalse();
    }
}
