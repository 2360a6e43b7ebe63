package org.rhomboid.mail;

import java.time.Duration;
import java.util.Properties;
import org.rhomboid.mail.domain.MailSettings;
import org.rhomboid.mail.domain.SmtpSecurity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Builds a sender for one clinic from its stored settings, each time it is needed: nothing comes from application
 * properties but the time-outs, so two clinics never share a server or a password.
 */
@Component
class SmtpSenders {

    private final Duration timeout;

    SmtpSenders(@Value("${rhomboid.mail.timeout:15s}") Duration timeout) {
        this.timeout = timeout;
    }

    JavaMailSenderImpl sender(MailSettings settings, String password) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        String protocol = settings.security() == SmtpSecurity.SMTPS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setDefaultEncoding("UTF-8");
        boolean auth = settings.username() != null && password != null;
        if (auth) {
            sender.setUsername(settings.username());
            sender.setPassword(password);
        }
        Properties p = new Properties();
        String prefix = "mail." + protocol + ".";
        String millis = String.valueOf(timeout.toMillis());
        p.setProperty(prefix + "connectiontimeout", millis);
        p.setProperty(prefix + "timeout", millis);
        p.setProperty(prefix + "writetimeout", millis);
        p.setProperty(prefix + "auth", String.valueOf(auth));
        switch (settings.security()) {
            case STARTTLS -> {
                p.setProperty(prefix + "starttls.enable", "true");
                p.setProperty(prefix + "starttls.required", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case SMTPS -> {
                p.setProperty(prefix + "ssl.enable", "true");
                p.setProperty(prefix + "ssl.checkserveridentity", "true");
            }
            case NONE -> p.setProperty(prefix + "starttls.enable", "false");
        }
        sender.setJavaMailProperties(p);
        return sender;
    }
}
