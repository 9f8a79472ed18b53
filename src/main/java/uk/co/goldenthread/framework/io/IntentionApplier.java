package uk.co.goldenthread.framework.io;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.IntentionKind;
import uk.co.goldenthread.framework.intentions.domain.Intention;
import uk.co.goldenthread.framework.intentions.domain.IntentionRepository;
import uk.co.goldenthread.framework.intentions.domain.Milestone;

/** Writes intentions and their milestones within the import's transaction. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class IntentionApplier {

    private final IntentionRepository intentions;

    IntentionApplier(IntentionRepository intentions) {
        this.intentions = intentions;
    }

    void apply(ChangeSet changes, ImportIds ids) {
        Map<String, Intention> byCode = new HashMap<>();
        intentions.findAll().forEach(i -> byCode.put(i.getCode(), i));
        for (FrameworkTables.Entry row : changes.rows(Table.INTENTIONS)) {
            Intention intention = byCode.computeIfAbsent(row.key(),
                    code -> new Intention(code, row.get("title"), IntentionKind.SERVICE));
            intention.setTitle(row.get("title"));
            intention.setKind(Cells.requiredLabel(IntentionKind.class, row.get("kind")));
            intention.setArea(ids.area("", row.get("commissioning area")));
            intention.setOutcome(ids.outcome(row.get("outcome")));
            intention.setOwnerId(ids.person(row.get("owner")));
            intention.setAllAds(row.get("owner").equals(RowFormats.ALL_ADS));
            intention.setMeasureIds(Cells.list(row.get("measures")).stream().map(ids::measureId)
                    .collect(Collectors.toSet()));
            intentions.save(intention);
        }
        milestones(changes.rows(Table.MILESTONES), byCode);
    }

    /** An intention whose milestones change gets its list rebuilt: the ones kept, changed ones updated, new ones added. */
    private void milestones(List<FrameworkTables.Entry> rows, Map<String, Intention> byCode) {
        Map<String, List<FrameworkTables.Entry>> byIntention = rows.stream()
                .collect(Collectors.groupingBy(r -> r.get("intention"), LinkedHashMap::new, Collectors.toList()));
        byIntention.forEach((code, changed) -> {
            Intention intention = byCode.get(code);
            if (intention == null) {
                throw new IllegalStateException("The milestones' intention " + code + " passed the reference checks but"
                        + " is not known");
            }
            Map<String, java.time.LocalDate> dues = new LinkedHashMap<>();
            for (Milestone m : intention.getMilestones()) {
                dues.put(m.getTitle(), m.getDue());
            }
            changed.forEach(r -> dues.put(r.get("milestone"), Cells.date(r.get("due"))));
            intention.clearMilestones();
            intentions.flush();
            dues.forEach(intention::addMilestone);
        });
    }
}
