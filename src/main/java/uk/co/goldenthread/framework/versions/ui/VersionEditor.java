package uk.co.goldenthread.framework.versions.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.IntStream;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.framework.ui.LabelledSelect;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;

/** A new framework version: its name, the date it takes effect and the first quarter reported under it. */
class VersionEditor extends RecordEditor<FrameworkVersionForm> {

    private final FrameworkVersionService versions;

    VersionEditor(FrameworkVersionService versions, int currentYear) {
        super(FrameworkVersionForm.class, "Add version");
        this.versions = versions;
        var name = new TextField("Name");
        name.setHelperText("e.g. Commissioning Intentions Performance Framework 2019");
        var cutOver = new UkDatePicker("Cut-over date");
        cutOver.setHelperText("The day the changed measures apply from, e.g. 1 Oct 2019");
        var year = new LabelledSelect<>("Financial year first reported", IntStream.rangeClosed(currentYear - 8,
                currentYear + 3).boxed().toList().reversed().toArray(Integer[]::new), FinancialQuarter::yearLabel, "Not set");
        var quarter = new LabelledSelect<>("First reported quarter", new Integer[] {1, 2, 3, 4}, q -> "Q" + q, "Not set");
        binder().forField(name).asRequired("Give the version a name.").bind("name");
        binder().forField(cutOver).asRequired("Give the cut-over date.").bind("cutOverDate");
        binder().forField(year).bind("firstReportedYear");
        binder().forField(quarter).bind("firstReportedQuarter");
        addFields(name, cutOver, year, quarter);
    }

    void addNew() {
        open("New version", new FrameworkVersionForm("", null, null, null), versions::addVersion, "Version added.");
    }
}
