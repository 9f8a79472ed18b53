package uk.co.goldenthread.quarters;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;
import uk.co.goldenthread.base.calendar.WorkingDays;

/**
 * The working-day gaps of a quarter's timetable (properties {@code goldenthread.timetable.*}): the timetable is
 * proposed backwards from the Cabinet meeting, and the Cabinet papers are published a number of clear working days
 * before it.
 */
@Component
@ConfigurationProperties("goldenthread.timetable")
public class TimetableRules {

    private int submissionBeforeCabinet = 20;
    private int reviewAfterSubmission = 5;
    private int signOffAfterReview = 3;
    private int packCompileAfterSignOff = 2;
    private int clearDaysBeforeCabinet = 5;
    private int reminderDaysBeforeDeadline = 3;
    private int lateReturnGraceDays = 2;

    /** Submission counted back from the meeting, then each step forwards from it; papers as late as allowed. */
    public Timetable propose(LocalDate cabinetDate) {
        LocalDate submission = WorkingDays.before(cabinetDate, submissionBeforeCabinet);
        LocalDate review = WorkingDays.after(submission, reviewAfterSubmission);
        LocalDate signOff = WorkingDays.after(review, signOffAfterReview);
        LocalDate packCompile = WorkingDays.after(signOff, packCompileAfterSignOff);
        return new Timetable(submission, review, signOff, packCompile, latestPublication(cabinetDate), cabinetDate);
    }

    /** The last day the Cabinet papers can be published and still leave the clear working days before the meeting. */
    public LocalDate latestPublication(LocalDate cabinetDate) {
        return WorkingDays.before(cabinetDate, clearDaysBeforeCabinet + 1);
    }

    public boolean leavesClearDays(LocalDate publicationDate, LocalDate cabinetDate) {
        return WorkingDays.clearDaysBetween(publicationDate, cabinetDate) >= clearDaysBeforeCabinet;
    }

    public int getSubmissionBeforeCabinet() {
        return submissionBeforeCabinet;
    }

    public void setSubmissionBeforeCabinet(int days) {
        this.submissionBeforeCabinet = days;
    }

    public int getReviewAfterSubmission() {
        return reviewAfterSubmission;
    }

    public void setReviewAfterSubmission(int days) {
        this.reviewAfterSubmission = days;
    }

    public int getSignOffAfterReview() {
        return signOffAfterReview;
    }

    public void setSignOffAfterReview(int days) {
        this.signOffAfterReview = days;
    }

    public int getPackCompileAfterSignOff() {
        return packCompileAfterSignOff;
    }

    public void setPackCompileAfterSignOff(int days) {
        this.packCompileAfterSignOff = days;
    }

    public int getClearDaysBeforeCabinet() {
        return clearDaysBeforeCabinet;
    }

    public void setClearDaysBeforeCabinet(int days) {
        this.clearDaysBeforeCabinet = days;
    }

    /** Reminders go out this many working days before a step's deadline. */
    public int getReminderDaysBeforeDeadline() {
        return reminderDaysBeforeDeadline;
    }

    public void setReminderDaysBeforeDeadline(int days) {
        this.reminderDaysBeforeDeadline = days;
    }

    /**
     * Working days a step has when it comes back (sent back with a reason, or reopened by a referral) after its
     * deadline has passed: it escalates again only once these have passed too ({@code late-return-grace-days}).
     */
    public int getLateReturnGraceDays() {
        return lateReturnGraceDays;
    }

    public void setLateReturnGraceDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("goldenthread.timetable.late-return-grace-days cannot be negative");
        }
        this.lateReturnGraceDays = days;
    }
}
