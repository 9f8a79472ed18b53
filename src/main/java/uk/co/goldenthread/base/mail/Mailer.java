package uk.co.goldenthread.base.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends e-mail through the SMTP server in {@code spring.mail.*}, only once the work that caused it has committed: a
 * mail server that is down or slow never rolls back a workflow step, and failures are logged. Without
 * {@code spring.mail.host} there is no mail server, and the e-mail is logged instead.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> mailServer;
    private final String from;

    Mailer(ObjectProvider<JavaMailSender> mailServer, @Value("${goldenthread.mail.from}") String from) {
        this.mailServer = mailServer;
        this.from = from;
    }

    /** Sends when the current transaction commits, or at once outside one; a rollback sends nothing. Never throws. */
    public void sendAfterCommit(Email email) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send(email);
                }
            });
        } else {
            send(email);
        }
    }

    private void send(Email email) {
        JavaMailSender server = mailServer.getIfAvailable();
        if (server == null) {
            // The body names people, so it is logged only at DEBUG
            log.info("E-mail not sent, as no spring.mail.host is set: {}", email.subject());
            log.debug("Body of '{}':\n{}", email.subject(), email.body());
            return;
        }
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(email.to());
        message.setSubject(email.subject());
        message.setText(email.body());
        try {
            server.send(message);
        } catch (RuntimeException e) {
            log.warn("E-mail '{}' could not be sent: {}", email.subject(), e.toString());
        }
    }
}
