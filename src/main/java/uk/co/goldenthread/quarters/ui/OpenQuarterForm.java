package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.quarters.OpenQuarterRequest;

/** The Performance Team's form to open a quarter with its deadlines. */
class OpenQuarterForm extends Section {

    private final Select<Integer> year = new Select<>();
    private final Select<Integer> quarter = new Select<>();
    private final Map<String, DatePicker> dates = Map.of(
            "Submission deadline", date("Submission deadline"), "Review deadline", date("Review deadline"),
            "Sign-off deadline", date("Sign-off deadline"), "Cabinet meeting", date("Cabinet meeting"),
            "Publication date", date("Publication date"));

    OpenQuarterForm(int currentYear, Consumer<OpenQuarterRequest> onOpen) {
        add(new H3("Open a quarter"));
        year.setLabel("Financial year");
        year.setItems(IntStream.rangeClosed(2019, currentYear + 1).boxed().toList().reversed());
        year.setItemLabelGenerator(FinancialQuarter::yearLabel);
        quarter.setLabel("Quarter");
        quarter.setItems(List.of(1, 2, 3, 4));
        quarter.setItemLabelGenerator(q -> "Q" + q);
        var form = new FormLayout(year, quarter);
        List.of("Submission deadline", "Review deadline", "Sign-off deadline", "Cabinet meeting", "Publication date")
                .forEach(label -> form.add(dates.get(label)));
        var open = new Button("Open quarter", e -> request().ifPresent(onOpen));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, open);
    }

    void showErrors(InvalidInputException e) {
        e.fieldErrors().forEach((field, message) -> {
            DatePicker picker = dates.get(field);
            if (picker != null) {
                picker.setInvalid(true);
                picker.setErrorMessage(message);
            }
        });
    }

    private java.util.Optional<OpenQuarterRequest> request() {
        boolean complete = year.getValue() != null && quarter.getValue() != null;
        for (DatePicker picker : dates.values()) {
            picker.setInvalid(picker.getValue() == null);
            picker.setErrorMessage(picker.getValue() == null ? "Choose a date." : null);
            complete &= picker.getValue() != null;
        }
        if (!complete) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new OpenQuarterRequest(new FinancialQuarter(year.getValue(), quarter.getValue()),
                value("Submission deadline"), value("Review deadline"), value("Sign-off deadline"),
                value("Cabinet meeting"), value("Publication date")));
    }

    private LocalDate value(String label) {
        return dates.get(label).getValue();
    }

    private static DatePicker date(String label) {
        return new UkDatePicker(label);
    }
}
