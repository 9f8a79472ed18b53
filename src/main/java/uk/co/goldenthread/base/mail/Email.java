package uk.co.goldenthread.base.mail;

/** A plain-text e-mail to one person. */
public record Email(String to, String subject, String body) {
}
