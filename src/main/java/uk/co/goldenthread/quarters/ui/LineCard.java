package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.ui.ErrorSummary;
import uk.co.goldenthread.base.ui.Facts;
import uk.co.goldenthread.base.ui.Markup;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.performance.Observation;
import uk.co.goldenthread.performance.Polarity;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.performance.RagAssessment;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;

/** One measure of a return: its definition, baseline and target, and its value and commentary (editable or not). */
class LineCard extends Section {

    private final LineDetails line;
    private final Span rag = new Span();
    private final Span direction = new Span();
    // Fields exist only where the person can type in them (a return is open in many tabs at once, and every field is
    // kept for each): the AD Delivery's form when filling it in, the commissioning commentary when reviewing a KBM
    private @Nullable Form form;
    private @Nullable TextArea commissioningCommentary;
    private @Nullable LinePerformance performance;

    /** How a person sees the line: filling it in, reviewing it as AD Commissioning, or reading it. */
    enum Mode { EDIT, REVIEW, READ }

    LineCard(LineDetails line, Mode mode) {
        this.line = line;
        MeasureSummary m = line.measure();
        addClassName("measure-card");
        add(new H3(m.code() + " " + m.title()));
        var about = Markup.of("line-facts");
        if (!m.definition().isBlank()) {
            about.paragraph(m.definition());
        }
        add(about.facts(new Facts().fact("Unit", m.unit().label()).fact("Polarity", m.polarityLabel())
                .fact("Baseline", m.baselineValue() == null ? "Not set"
                        : m.format(m.baselineValue()) + (m.baselinePeriod() == null ? "" : " (" + m.baselinePeriod() + ")"))
                .fact("Target", target(line))
                .fact("Previous quarters", line.lastFourQuarters().isEmpty() ? "None reported"
                        : String.join(", ", line.lastFourQuarters().stream()
                                .map(v -> v.period().label() + ": " + m.format(v.value())).toList()))
                .fact("Same quarter last year", line.sameQuarterLastYear() == null ? "Not reported"
                        : m.format(line.sameQuarterLastYear().value()))).build());
        direction.addClassName("direction");
        rag.addClassName("rag");
        showRag(line.rating());
        showDirection(line.value());
        if (!line.due()) {
            add(Markup.of("line-value").facts(new Facts()
                    .fact("Not due this period", "shown with its latest value, read-only")
                    .fact("Latest value", line.value() == null ? "None reported yet" : m.format(line.value())
                            + (line.dataAsAt() == null ? "" : " (data as at " + line.dataAsAt() + ")"))).build(), rag);
        } else if (mode == Mode.EDIT) {
            performance = new LinePerformance(line);
            form = new Form();
        } else {
            var shown = new LinePerformance(line);
            performance = shown;
            add(Markup.of("line-value").fact("Value", line.value() == null ? "No value" : line.valueText()
                    + (line.dataAsAt() == null ? "" : " (data as at " + line.dataAsAt() + ")")).build(), rag, direction,
                    shown);
            var reported = Markup.of("line-commentary");
            if (line.count() != null) {
                reported.fact("Count behind the value", line.count().stripTrailingZeros().toPlainString());
            }
            if (line.noDataReason() != null) {
                reported.fact("No data this period", line.noDataReason());
            }
            reported.paragraph(line.commentary() == null ? "No commentary." : line.commentary());
            line.remedialActions().forEach(a -> reported.fact("Remedial action", a.describe()));
            boolean reviewing = mode == Mode.REVIEW && m.kind() == MeasureKind.KBM;
            if (!reviewing && line.commissioningCommentary() != null) {
                reported.fact("Commissioning commentary", line.commissioningCommentary());
            }
            add(reported.build());
            if (reviewing) {
                var typed = new TextArea("Commissioning commentary");
                typed.setValue(line.commissioningCommentary() == null ? "" : line.commissioningCommentary());
                typed.setWidthFull();
                commissioningCommentary = typed;
                add(typed);
            }
        }
    }

    /**
     * What the AD Delivery fills in: value, flags, commentary and remedial actions, each a labelled field. "Data as at"
     * and "No data this period", rarely needed, come when asked for (or when the line already uses them).
     */
    private final class Form {
        private final TextField value = new TextField("Value");
        private final TextArea commentary = new TextArea("Commentary");
        private final Checkbox provisional = new Checkbox("Provisional value");
        private final @Nullable TextField count; // only for a measure rated on a minimum count
        private @Nullable NoDataOrEarlier noDataOrEarlier;
        private @Nullable Button askForNoDataOrEarlier;
        private final RemedialActionsEditor remedialActions;

        Form() {
            MeasureSummary m = line.measure();
            value.setValue(line.value() == null ? "" : line.value().toPlainString());
            value.setHelperText(hint(m));
            value.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            value.addValueChangeListener(e -> previewRag());
            provisional.setValue(line.provisional());
            provisional.setHelperText("The value may still change: it is shown flagged, and never rated red until it is final");
            provisional.addValueChangeListener(e -> previewRag());
            if (m.minimumCount() == null) {
                count = null;
            } else {
                count = new TextField("Count behind the value");
                count.setValue(line.count() == null ? "" : line.count().stripTrailingZeros().toPlainString());
                count.setHelperText("The count or denominator the value is based on: below "
                        + m.minimumCount().stripTrailingZeros().toPlainString() + " the value is not rated (small number)");
                count.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
                count.addValueChangeListener(e -> previewRag());
            }
            commentary.setValue(line.commentary() == null ? "" : line.commentary());
            commentary.setHelperText("The story behind the number: required when the measure is amber or red");
            commentary.setWidthFull();
            remedialActions = new RemedialActionsEditor(m.code(), line.remedialActions());
            add(new Div(value, rag, direction), provisional);
            if (count != null) {
                add(count);
            }
            add(performance());
            if (line.dataAsAt() != null || line.noDataReason() != null) {
                noDataOrEarlier();
            } else {
                var ask = new Button("No data, or data for an earlier period", e -> noDataOrEarlier().dataAsAt.focus());
                ask.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                ask.setAriaLabel("No data, or data for an earlier period, for " + m.code());
                askForNoDataOrEarlier = ask;
                add(ask);
            }
            add(commentary, remedialActions);
        }

        /** The two fields, in place of the button that asks for them, the first time they are needed. */
        private NoDataOrEarlier noDataOrEarlier() {
            if (noDataOrEarlier == null) {
                var fields = new NoDataOrEarlier();
                Element card = LineCard.this.getElement();
                int at = askForNoDataOrEarlier == null ? card.indexOfChild(performance().getElement()) + 1
                        : card.indexOfChild(askForNoDataOrEarlier.getElement());
                if (askForNoDataOrEarlier != null) {
                    askForNoDataOrEarlier.getElement().removeFromParent();
                    askForNoDataOrEarlier = null;
                }
                card.insertChild(at, fields.dataAsAt.getElement(), fields.noData.getElement());
                noDataOrEarlier = fields;
                if (line.noDataReason() != null) {
                    fields.reason().setValue(line.noDataReason());
                }
            }
            return noDataOrEarlier;
        }

        /** "Data as at" and "No data this period" with its reason, which comes once the box is ticked. */
        private final class NoDataOrEarlier {
            private final TextField dataAsAt = new TextField("Data as at");
            private final Checkbox noData = new Checkbox("No data this period");
            private @Nullable TextField reason;

            NoDataOrEarlier() {
                dataAsAt.setValue(line.dataAsAt() == null ? "" : line.dataAsAt());
                dataAsAt.setHelperText("The period the value relates to, e.g. Q2 2019/20; leave blank when it is this "
                        + "quarter");
                noData.setValue(line.noDataReason() != null);
                value.setEnabled(!noData.getValue());
                noData.addValueChangeListener(e -> {
                    if (e.getValue()) {
                        reason().setVisible(true);
                        value.clear();
                    } else if (reason != null) {
                        reason.setVisible(false);
                    }
                    value.setEnabled(!e.getValue());
                });
            }

            /** The reason field, placed under its tick box the first time it is needed. */
            TextField reason() {
                if (reason == null) {
                    var field = new TextField("Reason for no data");
                    field.setWidthFull();
                    Element card = LineCard.this.getElement();
                    card.insertChild(card.indexOfChild(noData.getElement()) + 1, field.getElement());
                    reason = field;
                }
                return reason;
            }

            boolean none() {
                return noData.getValue();
            }

            String reasonText() {
                return reason == null ? "" : reason.getValue();
            }
        }

        LineEntry entry() {
            NoDataOrEarlier asked = noDataOrEarlier;
            boolean none = asked != null && asked.none();
            return new LineEntry(line.lineId(), none ? "" : value.getValue(), commentary.getValue(),
                    asked != null && none ? asked.reasonText() : null, remedialActions.entries(),
                    asked == null ? "" : asked.dataAsAt.getValue(), provisional.getValue(),
                    count == null ? countAsRead() : count.getValue());
        }

        List<ErrorSummary.Item> showErrors(Map<String, String> errors) {
            String code = line.measure().code();
            List<ErrorSummary.Item> items = new ArrayList<>();
            String valueError = errors.getOrDefault(code, errors.get(code + " no data"));
            showError(valueError);
            if (valueError != null) {
                // the message may say to tick "No data this period": the box is shown with it
                @Nullable TextField reason = noDataOrEarlier().reason;
                items.add(new ErrorSummary.Item(code + " value: " + valueError,
                        reason != null && reason.isVisible() ? reason : value));
            }
            if (count != null) {
                mark(count, errors.get(code + " count"), code + " count", items);
            } else if (errors.containsKey(code + " count")) {
                items.add(new ErrorSummary.Item(code + " count: " + errors.get(code + " count"), null));
            }
            String dataAsAtError = errors.get(code + " data as at");
            if (dataAsAtError != null || noDataOrEarlier != null) {
                mark(noDataOrEarlier().dataAsAt, dataAsAtError, code + " data as at", items);
            }
            mark(commentary, errors.get(code + " commentary"), code + " commentary", items);
            String actionsError = errors.get(code + " remedial actions");
            remedialActions.showError(actionsError);
            if (actionsError != null) {
                items.add(new ErrorSummary.Item(code + " remedial actions: " + actionsError,
                        remedialActions.focusTarget()));
            }
            return items;
        }

        void showError(@Nullable String message) {
            value.setInvalid(message != null);
            value.setErrorMessage(message);
        }

        private void previewRag() {
            MeasureSummary m = line.measure();
            try {
                BigDecimal typed = m.unit().parse(value.getValue(), m.decimalPlaces(), m.code());
                showError(null);
                BigDecimal typedCount = countTyped();
                showRag(m.ratingSettings().rate(new Observation(LinePerformance.THIS_QUARTER, typed,
                        provisional.getValue() && typed != null, typedCount), line.target()));
                showDirection(typed);
                performance().update(typed, provisional.getValue(), typedCount);
            } catch (InvalidInputException e) {
                showError(e.fieldErrors().get(m.code()));
                rag.setText(Rag.GREY.label());
                rag.getElement().setAttribute("title", Rag.GREY.meaning());
                rag.getElement().setAttribute("data-rag", "grey");
            }
        }

        private @Nullable BigDecimal countTyped() {
            if (count == null) {
                return null;
            }
            try {
                return MeasureUnit.NUMBER.parse(count.getValue(), 0, "count");
            } catch (InvalidInputException e) {
                return null;
            }
        }
    }

    /** The target as a person reads it: a figure, or for a band measure the band it must stay within. */
    private static String target(LineDetails line) {
        MeasureSummary m = line.measure();
        if (line.target() != null) {
            return m.format(line.target());
        }
        if (m.polarity() == Polarity.WITHIN_BAND && m.bandLower() != null && m.bandUpper() != null) {
            return "between " + m.format(m.bandLower().min(m.bandUpper())) + " and "
                    + m.format(m.bandLower().max(m.bandUpper()));
        }
        return "Not set";
    }

    /** What to type, in words: "A percentage, with up to 1 decimal place, e.g. 42.5". */
    private static String hint(MeasureSummary m) {
        String what = switch (m.unit()) {
            case PERCENT -> "A percentage";
            case NUMBER -> m.decimalPlaces() == 0 ? "A whole number" : "A number";
            case POUNDS -> "An amount in pounds";
            case RATE_PER_1000 -> "A rate per 1,000";
            case RATIO -> "A ratio";
            case DAYS -> m.decimalPlaces() == 0 ? "A whole number of days" : "A number of days";
            case KG -> "A weight in kg";
            case SQUARE_METRES -> "An area in m²";
            case MILESTONE -> "The % complete";
        };
        int places = m.decimalPlaces();
        if (places == 0) {
            return what.startsWith("A whole") ? what + ", e.g. 42" : what + ", with no decimal places, e.g. 42";
        }
        return what + ", with up to " + places + " decimal place" + (places == 1 ? "" : "s") + ", e.g. 42."
                + "5".repeat(places);
    }

    /** What the AD Delivery typed; a card without their form gives the line as it was read. */
    LineEntry entry() {
        if (form != null) {
            return form.entry();
        }
        return new LineEntry(line.lineId(), line.value() == null ? "" : line.value().toPlainString(),
                line.commentary() == null ? "" : line.commentary(), line.noDataReason(), line.remedialActions(),
                line.dataAsAt() == null ? "" : line.dataAsAt(), line.provisional(), countAsRead());
    }

    private String countAsRead() {
        return line.count() == null ? "" : line.count().stripTrailingZeros().toPlainString();
    }

    /** Whether the line takes a value this quarter; a line not due is read-only. */
    boolean isDue() {
        return line.due();
    }

    long lineId() {
        return line.lineId();
    }

    /** The commissioning commentary typed during review, or null when this card has none to give. */
    @Nullable String commissioningCommentary() {
        return line.due() && commissioningCommentary != null ? commissioningCommentary.getValue() : null;
    }

    /**
     * Shows the messages meant for this measure beside their fields (keys as the return service gives them), clears
     * the others, and gives them back for the error summary, each naming its field and measure.
     */
    List<ErrorSummary.Item> showErrors(Map<String, String> errors) {
        String code = line.measure().code();
        String commissioningKey = code + " commissioning commentary";
        List<ErrorSummary.Item> items = new ArrayList<>();
        if (form != null) {
            items.addAll(form.showErrors(errors));
        } else {
            // no field on this card for them: listed in the summary, naming the measure
            errors.forEach((key, message) -> {
                if (!key.equals(commissioningKey) && (key.equals(code) || key.startsWith(code + " "))) {
                    String name = key.equals(code) || key.equals(code + " no data") ? code + " value" : key;
                    items.add(new ErrorSummary.Item(name + ": " + message, null));
                }
            });
        }
        if (commissioningCommentary != null) {
            mark(commissioningCommentary, errors.get(commissioningKey), commissioningKey, items);
        } else if (errors.containsKey(commissioningKey)) {
            items.add(new ErrorSummary.Item(commissioningKey + ": " + errors.get(commissioningKey), null));
        }
        return items;
    }

    private static <F extends HasValidation & Focusable<?>> void mark(F field, @Nullable String message, String name,
            List<ErrorSummary.Item> items) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
        if (message != null) {
            items.add(new ErrorSummary.Item(name + ": " + message, field));
        }
    }

    String code() {
        return line.measure().code();
    }

    private LinePerformance performance() {
        if (performance == null) {
            throw new IllegalStateException("Only a line that is due shows its performance");
        }
        return performance;
    }

    private void showRag(RagAssessment rating) {
        rag.setText(rating.label());
        rag.getElement().setAttribute("title", rating.flag() == null ? rating.rag().meaning() : rating.explanation());
        rag.getElement().setAttribute("data-rag", rating.rag().name().toLowerCase());
    }

    private void showDirection(@Nullable BigDecimal current) {
        direction.setText(line.directionOnPreviousQuarter(current).label() + " on last quarter; "
                + line.directionOnLastYear(current).label() + " on the same quarter last year");
    }
}
