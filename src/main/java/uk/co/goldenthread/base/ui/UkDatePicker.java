package uk.co.goldenthread.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Locale;

/** A date picker that shows and reads dates as a UK council writes them: 22 Nov 2026, weeks from Monday. */
public class UkDatePicker extends DatePicker {

    public UkDatePicker(String label) {
        super(label);
        setLocale(Locale.UK);
        setI18n(new DatePickerI18n().setDateFormat("d MMM yyyy").setFirstDayOfWeek(1));
    }
}
