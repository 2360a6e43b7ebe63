package org.rhomboid.web;

import org.rhomboid.shared.domain.Plural;
import org.rhomboid.shared.domain.Sentences;
import org.springframework.stereotype.Component;

/**
 * Small words for templates, from the same rules as the Java code's text: {@code ${@words.count(n, 'day')}} is
 * "1 day" or "3 days" ({@link Plural}), {@code ${@words.sentence(text)}} ends a typed text with one full stop.
 */
@Component("words")
public class TemplateWords {

    public String count(long count, String noun) {
        return Plural.of(count, noun);
    }

    public String count(long count, String singular, String plural) {
        return Plural.of(count, singular, plural);
    }

    public String noun(long count, String singular) {
        return Plural.noun(count, singular);
    }

    public String sentence(String text) {
        return Sentences.end(text);
    }
}
