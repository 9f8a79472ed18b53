package uk.co.goldenthread.quarters.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.InvalidInputException;
import uk.co.goldenthread.base.ui.Fact;
import uk.co.goldenthread.framework.MeasureView;
import uk.co.goldenthread.performance.Rag;
import uk.co.goldenthread.quarters.LineDetails;
import uk.co.goldenthread.quarters.LineEntry;

/** One measure of a return: its definition, baseline and target, and its value and commentary (editable or not). */
class LineCard extends Section {

    private final LineDetails line;
    private final TextField value = new TextField("Value");
    private final TextArea commentary = new TextArea("Commentary");
    private final Span rag = new Span();

    LineCard(LineDetails line, boolean editable) {
        this.line = line;
        MeasureView m = line.measure();
        addClassName("measure-card");
        add(new H3(m.code() + " " + m.title()));
        if (!m.definition().isBlank()) {
            add(new Paragraph(m.definition()));
        }
        add(new Fact("Unit", m.unit().label()), new Fact("Polarity", m.polarityLabel()),
                new Fact("Baseline", m.baselineValue() == null ? "Not set"
                        : m.format(m.baselineValue()) + (m.baselinePeriod() == null ? "" : " (" + m.baselinePeriod() + ")")),
                new Fact("Target", line.target() == null ? "Not set" : m.format(line.target())));
        rag.addClassName("rag");
        showRag(line.rag());
        if (editable) {
            value.setValue(line.value() == null ? "" : line.value().toPlainString());
            value.setHelperText("A number in " + m.unit().label() + ", up to " + m.decimalPlaces() + " decimal places");
            value.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
            value.addValueChangeListener(e -> previewRag());
            commentary.setValue(line.commentary() == null ? "" : line.commentary());
            commentary.setHelperText("The story behind the number: what happened and what is being done");
            commentary.setWidthFull();
            add(new Div(value, rag), commentary);
        } else {
            add(new Fact("Value", line.value() == null ? "No value" : m.format(line.value())), rag,
                    new Paragraph(line.commentary() == null ? "No commentary." : line.commentary()));
        }
    }

    LineEntry entry() {
        return new LineEntry(line.lineId(), value.getValue(), commentary.getValue());
    }

    String code() {
        return line.measure().code();
    }

    void showError(@Nullable String message) {
        value.setInvalid(message != null);
        value.setErrorMessage(message);
    }

    private void previewRag() {
        MeasureView m = line.measure();
        try {
            BigDecimal typed = m.unit().parse(value.getValue(), m.decimalPlaces(), m.code());
            showError(null);
            showRag(m.ragRule().rate(typed, line.target()));
        } catch (InvalidInputException e) {
            showError(e.fieldErrors().get(m.code()));
            showRag(Rag.GREY);
        }
    }

    private void showRag(Rag value) {
        rag.setText(value.label());
        rag.getElement().setAttribute("title", value.meaning());
        rag.getElement().setAttribute("data-rag", value.name().toLowerCase());
    }
}
