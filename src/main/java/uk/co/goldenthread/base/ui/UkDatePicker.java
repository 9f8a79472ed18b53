package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.data.binder.Result;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.UkDates;

/**
 * The one date field: shows 22 Nov 2026 and reads 27/02/2020, 27-02-2020, 27 Feb 2020 and 27 February 2020, in the
 * browser (date-fns formats) and, for anything the browser cannot read, on the server through the same rules as
 * {@link UkDates#parse}. Weeks start on Monday. A message set on the field by a refused save lasts until the day is
 * changed.
 */
public class UkDatePicker extends DatePicker {

    /** What the field says under it, unless a screen says more (and then ends with this). */
    public static final String EXAMPLE = "For example, 27 Feb 2020 or 27/02/2020";

    public UkDatePicker(String label) {
        super(label);
        setLocale(Locale.UK);
        setI18n(new DatePickerI18n()
                .setDateFormats("d MMM yyyy", "d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d MMMM yyyy", "d-MMM-yyyy")
                .setFirstDayOfWeek(1)
                .setBadInputErrorMessage(UkDates.UNREADABLE));
        setFallbackParser(text -> UkDates.parse(text).map(Result::ok).orElseGet(() -> Result.error(UkDates.UNREADABLE)));
        setHelperText(EXAMPLE);
        // A refused save's message (ErrorSummary) is about the day given then. DatePicker keeps a message set from
        // outside over its own when it checks a new day, so that message would stand in for "Give 7 Dec 2026 or an
        // earlier date." or "Enter a date..." under a day it no longer describes: once the day changes, the field's
        // own checks speak again.
        addValueChangeListener(e -> {
            setErrorMessage(null);
            validate();
        });
    }

    /**
     * Offers only the days from first to last (a null bound: none that way), and says which if another is typed. The
     * service that takes the date still checks it.
     */
    public void allowOnly(@Nullable LocalDate first, @Nullable LocalDate last) {
        setMin(first);
        setMax(last);
        DatePickerI18n i18n = getI18n();
        i18n.setMinErrorMessage(first == null ? null : "Give " + UkDates.format(first) + " or a later date.");
        i18n.setMaxErrorMessage(last == null ? null : "Give " + UkDates.format(last) + " or an earlier date.");
        setI18n(i18n);
    }

    /** Whether the field holds text that is not a date (its value is then empty, and it says so under the field). */
    public boolean hasUnreadableText() {
        return isInputUnparsable();
    }
}
