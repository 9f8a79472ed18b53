package uk.co.goldenthread.framework.versions.ui;

import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.base.UkDates;
import uk.co.goldenthread.base.ui.RecordEditor;
import uk.co.goldenthread.base.ui.UkDatePicker;
import uk.co.goldenthread.framework.ui.LabelledSelect;
import uk.co.goldenthread.framework.versions.FrameworkVersionForm;
import uk.co.goldenthread.framework.versions.FrameworkVersionService;
import uk.co.goldenthread.framework.versions.FrameworkVersionSummary;

/** A new framework version: its name, the date it takes effect and the first quarter reported under it. */
class VersionEditor extends RecordEditor<FrameworkVersionForm> {

    private final FrameworkVersionService versions;
    private final UkDatePicker cutOver = new UkDatePicker("Cut-over date");

    VersionEditor(FrameworkVersionService versions, int currentYear) {
        super(FrameworkVersionForm.class, "Add version");
        this.versions = versions;
        var name = new TextField("Name");
        name.setHelperText("e.g. Commissioning Intentions Performance Framework 2019");
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
        // the next cut-over comes after the latest one's (FrameworkVersionService checks the same)
        versions.versions().stream().max(Comparator.comparing(FrameworkVersionSummary::cutOverDate)).ifPresentOrElse(
                latest -> {
                    LocalDate first = latest.cutOverDate().plusDays(1);
                    cutOver.allowOnly(first, null);
                    cutOver.setI18n(cutOver.getI18n().setMinErrorMessage("Give " + UkDates.format(first)
                            + " or a later date: the latest version, " + latest.name() + ", cuts over on "
                            + UkDates.format(latest.cutOverDate()) + "."));
                }, () -> cutOver.allowOnly(null, null));
        open("New version", new FrameworkVersionForm("", null, null, null), versions::addVersion, "Version added.");
    }
}
