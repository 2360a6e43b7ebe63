package org.rhomboid.mail.domain;

/** A message as it will be sent: a one-line subject and a plain-text body. */
public record OutgoingMessage(String subject, String text) {
}
