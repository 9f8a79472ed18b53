package uk.co.goldenthread.quarters.workflow;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.mail.Email;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.quarters.ReturnSummary;

/** The wording of the reminder and escalation e-mails: plain text, British English, a link to the return. */
@Component
class ReturnEmails {

    private final String baseUrl;

    ReturnEmails(@Value("${goldenthread.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** To the person whose step it is, or (when {@code deputyFor} is named) to their deputy. */
    Email reminder(PersonSummary to, @Nullable PersonSummary deputyFor, ReturnSummary ret, ReturnStep step,
            LocalDate due) {
        String subject = "Reminder: " + step.subjectPrefix() + what(ret) + " is due on " + UkDates.format(due);
        String withWhom = deputyFor == null ? "is with you"
                : "is with " + deputyFor.fullName() + ", and you are told as deputy for " + deputyFor.fullName()
                        + " while your delegation lasts, so you can do it on their behalf";
        String body = "Dear " + to.fullName() + ",\n\n"
                + "The step '" + step.label() + "' of the " + what(ret) + " " + withWhom + ". It is due on "
                + UkDates.formatLong(due) + ". " + action(step) + "\n\n"
                + "Open the return: " + link(ret) + "\n\n"
                + "If the deadline passes with the step not done, it is reported to the next level up.\n\n"
                + "Golden Thread\n";
        return new Email(address(to), subject, body);
    }

    /** To the deputy of the person whose step is overdue: they can still do it on that person's behalf. */
    Email overdueToDeputy(PersonSummary to, PersonSummary late, ReturnSummary ret, ReturnStep step, LocalDate due) {
        String subject = "Overdue: " + step.subjectPrefix() + what(ret) + " was due on " + UkDates.format(due);
        String body = "Dear " + to.fullName() + ",\n\n"
                + "The step '" + step.label() + "' of the " + what(ret) + " was due on " + UkDates.formatLong(due)
                + " and has not been done. It is with " + late.fullName() + " (" + step.doneBy() + ").\n\n"
                + "You are told as deputy for " + late.fullName() + " while your delegation lasts: you can do the "
                + "step on their behalf. It has been reported to the next level up.\n\n"
                + "Open the return: " + link(ret) + "\n\n"
                + "Golden Thread\n";
        return new Email(address(to), subject, body);
    }

    Email escalation(PersonSummary to, String asWho, ReturnSummary ret, ReturnStep step, LocalDate due,
            String withName) {
        String subject = "Overdue: " + step.subjectPrefix() + what(ret) + " was due on " + UkDates.format(due);
        String body = "Dear " + to.fullName() + ",\n\n"
                + "The step '" + step.label() + "' of the " + what(ret) + " was due on " + UkDates.formatLong(due)
                + " and has not been done. It is with " + withName + " (" + step.doneBy() + ").\n\n"
                + "You are told as " + asWho + ", the next level up. The step shows as overdue on your "
                + "Golden Thread dashboard until it is done.\n\n"
                + "Open the return: " + link(ret) + "\n\n"
                + "Golden Thread\n";
        return new Email(address(to), subject, body);
    }

    String link(ReturnSummary ret) {
        return baseUrl + "/returns/" + ret.id();
    }

    private static String what(ReturnSummary ret) {
        return ret.period().label() + " return for " + ret.areaName();
    }

    private static String action(ReturnStep step) {
        return switch (step) {
            case COMPLETE -> "Please enter the values and commentary and submit the return by then.";
            case REVIEW -> "Please review it by then, and approve it or return it to the AD Delivery with a reason.";
            case SIGN_OFF -> "Please sign it off by then, or return it to the AD Commissioning with a reason.";
        };
    }

    private static String address(PersonSummary person) {
        return Objects.requireNonNull(person.email(), "only people with an address are e-mailed");
    }
}
