package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.ActionWithReason;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.quarters.OpenQuarterRequest;
import uk.co.goldenthread.quarters.Timetable;

/** The Performance Team's form to open a quarter: the timetable is proposed from the Cabinet meeting, then edited. */
class OpenQuarterForm extends Section {

    private static final String CABINET = "Cabinet meeting";
    private static final List<String> DEADLINES = List.of("Submission deadline", "Review deadline",
            "Sign-off deadline", "Pack compile deadline", "Cabinet papers published");

    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Map<String, UkDatePicker> dates = new LinkedHashMap<>();
    private final ErrorSummary errors = new ErrorSummary();
    private final Function<FinancialQuarter, Optional<String>> whyNotOpen;
    private final ActionWithReason openAction;

    /** {@code whyNotOpen} says why a quarter cannot be opened (it was opened already), or nothing when it can. */
    OpenQuarterForm(int currentYear, Function<LocalDate, Timetable> proposer,
            Function<FinancialQuarter, Optional<String>> whyNotOpen, Consumer<OpenQuarterRequest> onOpen) {
        this.whyNotOpen = whyNotOpen;
        add(new H3("Open a quarter"), errors);
        year.setLabel("Financial year");
        year.setItems(IntStream.rangeClosed(2019, currentYear + 1).boxed().toList().reversed());
        year.setItemLabelGenerator(FinancialQuarter::yearLabel);
        quarter.setLabel("Quarter");
        quarter.setItems(List.of(1, 2, 3, 4));
        quarter.setItemLabelGenerator(q -> "Q" + q);
        dates.put(CABINET, date(CABINET));
        DEADLINES.forEach(label -> dates.put(label, date(label)));
        // each deadline on or after the one before it (QuarterOpening checks the same)
        for (int i = 1; i < DEADLINES.size(); i++) {
            UkDatePicker next = picker(DEADLINES.get(i));
            picker(DEADLINES.get(i - 1)).addValueChangeListener(e -> next.allowOnly(e.getValue(), null));
        }
        var propose = new Button("Propose timetable", e -> propose(proposer));
        var form = new FormLayout(year, quarter, dates.get(CABINET), propose);
        DEADLINES.forEach(label -> form.add(dates.get(label)));
        var open = new Button("Open quarter", e -> request().ifPresent(onOpen));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        openAction = new ActionWithReason(open);
        year.addValueChangeListener(e -> recheck());
        quarter.addValueChangeListener(e -> recheck());
        add(new Paragraph("Give the date of the Cabinet meeting and propose the timetable: it counts back in working "
                + "days, skipping weekends and bank holidays. Every date can still be changed."), form, openAction);
    }

    /** Open quarter is enabled unless the quarter chosen was opened already. */
    void recheck() {
        openAction.canAct(year.getValue() == null || quarter.getValue() == null ? null
                : whyNotOpen.apply(new FinancialQuarter(year.getValue(), quarter.getValue())).orElse(null));
    }

    /** Each refusal beside its date and in the error summary at the top of the form; nothing was opened. */
    void showErrors(InvalidInputException e) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        e.fieldErrors().forEach((field, message) -> {
            UkDatePicker picker = dates.get(field);
            if (picker != null) {
                picker.setInvalid(true);
                picker.setErrorMessage(message);
            }
            items.add(new ErrorSummary.Item(field + ": " + message, picker));
        });
        errors.show(items);
    }

    /** A refusal that belongs to no one field, in the error summary. */
    void showError(String message) {
        errors.show(List.of(new ErrorSummary.Item(message, null)));
    }

    void clearErrors() {
        errors.clear();
    }

    private void propose(Function<LocalDate, Timetable> proposer) {
        UkDatePicker cabinet = picker(CABINET);
        if (cabinet.hasUnreadableText()) {
            return; // the field already says why it cannot read the date
        }
        if (cabinet.getValue() == null) {
            cabinet.setInvalid(true);
            cabinet.setErrorMessage("Choose the date of the Cabinet meeting first.");
            return;
        }
        Timetable t = proposer.apply(cabinet.getValue());
        List<LocalDate> proposed = List.of(t.submissionDue(), t.reviewDue(), t.signOffDue(), t.packCompileDue(),
                t.publicationDate());
        for (int i = 0; i < DEADLINES.size(); i++) {
            UkDatePicker picker = picker(DEADLINES.get(i));
            picker.setValue(proposed.get(i));
            picker.setInvalid(false);
        }
    }

    private Optional<OpenQuarterRequest> request() {
        boolean complete = year.getValue() != null && quarter.getValue() != null;
        for (UkDatePicker picker : dates.values()) {
            picker.setInvalid(picker.getValue() == null);
            picker.setErrorMessage(picker.getValue() != null ? null
                    : picker.hasUnreadableText() ? UkDates.UNREADABLE : "Choose a date.");
            complete &= picker.getValue() != null;
        }
        if (!complete) {
            List<ErrorSummary.Item> items = new ArrayList<>();
            dates.forEach((label, picker) -> {
                if (picker.isInvalid()) {
                    items.add(new ErrorSummary.Item(label + ": " + picker.getErrorMessage(), picker));
                }
            });
            errors.show(items);
            return Optional.empty();
        }
        return Optional.of(new OpenQuarterRequest(new FinancialQuarter(year.getValue(), quarter.getValue()),
                value("Submission deadline"), value("Review deadline"), value("Sign-off deadline"),
                value("Pack compile deadline"), value("Cabinet papers published"), value(CABINET)));
    }

    /** The quarter chosen, marking the fields when none is. */
    Optional<FinancialQuarter> period() {
        year.setInvalid(year.getValue() == null);
        year.setErrorMessage(year.getValue() == null ? "Choose the financial year." : null);
        quarter.setInvalid(quarter.getValue() == null);
        quarter.setErrorMessage(quarter.getValue() == null ? "Choose the quarter." : null);
        return year.getValue() == null || quarter.getValue() == null ? Optional.empty()
                : Optional.of(new FinancialQuarter(year.getValue(), quarter.getValue()));
    }

    private LocalDate value(String label) {
        return picker(label).getValue();
    }

    private UkDatePicker picker(String label) {
        UkDatePicker picker = dates.get(label);
        if (picker == null) {
            throw new IllegalArgumentException("The form has no date called " + label);
        }
        return picker;
    }

    private static UkDatePicker date(String label) {
        return new UkDatePicker(label);
    }
}
