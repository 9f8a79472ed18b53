package uk.co.goldenthread.framework.measures.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.MeasureDetails;
import uk.co.goldenthread.framework.MeasureSummary;

/** The values reported for a measure, quarter by quarter, and the packs it appeared in. */
class MeasureHistory extends Section {

    MeasureHistory(MeasureDetails details) {
        MeasureSummary m = details.measure();
        var values = new Grid<ReportedValue>();
        values.addColumn(v -> v.quarter().label()).setHeader("Quarter").setKey("quarter").setAutoWidth(true);
        if (details.values().stream().anyMatch(v -> v.measureId() != m.id())) {
            java.util.Map<Long, String> codes = new java.util.HashMap<>();
            details.chain().forEach(link -> codes.put(link.measureId(), link.code()));
            values.addColumn(v -> v.measureId() == m.id() ? m.code()
                    : codes.getOrDefault(v.measureId(), "") + " (comparable predecessor)").setHeader("Measure")
                    .setKey("measure").setAutoWidth(true);
        }
        values.addColumn(ReportedValue::areaName).setHeader("Commissioning area").setKey("area");
        values.addColumn(ReportedValue::reportedBy).setHeader("AD Delivery").setKey("reportedBy");
        values.addColumn(v -> v.value() == null ? "No value" : m.format(v.value())).setHeader("Value").setKey("value");
        values.addColumn(ReportedValue::returnStatus).setHeader("Return status").setKey("status");
        values.setItems(details.values());
        values.setAllRowsVisible(true);
        values.setAriaLabel("Reported values");
        values.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var packs = new Grid<PackUse>();
        packs.addComponentColumn(p -> new Anchor("packs/" + p.packId(), p.title())).setHeader("Pack").setKey("title")
                .setFlexGrow(1);
        packs.addColumn(PackUse::version).setHeader("Version").setKey("version").setAutoWidth(true);
        packs.addColumn(PackUse::status).setHeader("Status").setKey("status").setAutoWidth(true);
        packs.setItems(details.packs());
        packs.setAllRowsVisible(true);
        packs.setAriaLabel("Packs");
        packs.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        add(new H3("Values reported"), details.values().isEmpty() ? new Paragraph("No return has held "
                + m.code() + " yet.") : values, new H3("Packs"),
                details.packs().isEmpty() ? new Paragraph(m.code() + " has not been in a pack yet.") : packs);
    }
}
