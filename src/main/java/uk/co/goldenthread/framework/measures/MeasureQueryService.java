package uk.co.goldenthread.framework.measures;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.DomainException;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.framework.MeasurePacks;
import uk.co.goldenthread.framework.MeasureReturns;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.framework.ReportedValue;
import uk.co.goldenthread.framework.measures.domain.ComparatorRepository;
import uk.co.goldenthread.framework.measures.domain.Measure;
import uk.co.goldenthread.framework.measures.domain.MeasureRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureTargetRepository;
import uk.co.goldenthread.framework.measures.domain.MeasureValueRepository;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersion;
import uk.co.goldenthread.framework.versions.domain.FrameworkVersionRepository;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;

/** Reading measures: the searchable list, a measure's form, and everything about one measure along its revisions. */
@Service
@Transactional(readOnly = true)
@NamedInterface("measures")
public class MeasureQueryService {

    private final MeasureRepository measures;
    private final MeasureTargetRepository targets;
    private final MeasureValueRepository pastValues;
    private final ComparatorRepository comparators;
    private final FrameworkVersionRepository versions;
    private final MeasureReturns returns;
    private final MeasurePacks packs;
    private final PeopleService people;

    MeasureQueryService(MeasureRepository measures, MeasureTargetRepository targets, MeasureValueRepository pastValues,
            ComparatorRepository comparators, FrameworkVersionRepository versions, MeasureReturns returns,
            MeasurePacks packs, PeopleService people) {
        this.measures = measures;
        this.targets = targets;
        this.pastValues = pastValues;
        this.comparators = comparators;
        this.versions = versions;
        this.returns = returns;
        this.packs = packs;
        this.people = people;
    }

    /** One page of the measures matching the filter, ordered by code. */
    @PreAuthorize("isAuthenticated()")
    public List<MeasureSummary> findMeasures(MeasureFilter filter, int page, int pageSize) {
        return measures.search(filter.pattern(), filter.kind(), filter.status(), filter.directorateId(),
                filter.improvementCategory(), PageRequest.of(page, pageSize, Sort.by("code")))
                .stream().map(Measure::toSummary).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public long countMeasures(MeasureFilter filter) {
        return measures.countMatching(filter.pattern(), filter.kind(), filter.status(), filter.directorateId(),
                filter.improvementCategory());
    }

    @PreAuthorize("isAuthenticated()")
    public MeasureForm measureForm(long measureId) {
        return find(measureId).toForm();
    }

    /** Everything about a measure, including where it has been reported and published. */
    @PreAuthorize("isAuthenticated()")
    public MeasureDetails measureDetails(String code) {
        Measure m = measures.findByCode(code)
                .orElseThrow(() -> new NoSuchRecordException("There is no measure with the code " + code + "."));
        return new MeasureDetails(m.toSummary(), name(m.getOwnerId()), name(m.getImprovementLeadId()),
                versionName(m.getIntroducedInVersionId()), versionName(m.getRetiredInVersionId()),
                targets.findByMeasureIdOrderByFinancialYearAscQuarterAsc(m.getId()).stream()
                        .map(t -> new MeasureDetails.Target(t.getFinancialYear(), t.getQuarter(), t.getValue())).toList(),
                comparators.findByMeasureIdOrderByPeriodDesc(m.getId()).stream()
                        .map(c -> new MeasureDetails.Comparison(c.getKind(), c.getPeriod(), c.getValue())).toList(),
                historyAcrossTheChain(m), packs.packsUsing(m.getCode()),
                pastValues.findByMeasureIdOrderByFinancialYearAscQuarterAsc(m.getId()).stream()
                        .map(v -> new MeasureDetails.PastValue(v.getFinancialYear(), v.getQuarter(), v.getValue(),
                                v.isProvisional(), v.getSource(), v.getCount())).toList(), chain(m));
    }

    /**
     * What a pack copies about each of these measures (by code; unknown codes are left out), read for all of them
     * together: a handful of statements for a pack of any size, not several per measure.
     */
    @PreAuthorize("isAuthenticated()")
    public Map<String, MeasureFacts> factsForPack(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<Measure> found = measures.findByCodeIn(codes);
        Map<Measure, List<Long>> chains = new java.util.LinkedHashMap<>();
        Set<Long> ids = new LinkedHashSet<>();
        for (Measure m : found) {
            List<Long> chain = comparableChain(m);
            chains.put(m, chain);
            ids.addAll(chain);
        }
        Map<Long, List<ReportedValue>> values = returns.reportedValues(ids).stream()
                .collect(Collectors.groupingBy(ReportedValue::measureId));
        Map<Long, List<MeasureDetails.Comparison>> benchmarks = comparators
                .findByMeasureIdInOrderByPeriodDescKindAsc(found.stream().map(Measure::getId).toList()).stream()
                .collect(Collectors.groupingBy(c -> c.getMeasureId(), Collectors.mapping(
                        c -> new MeasureDetails.Comparison(c.getKind(), c.getPeriod(), c.getValue()),
                        Collectors.toList())));
        Map<String, MeasureFacts> facts = new HashMap<>();
        for (Map.Entry<Measure, List<Long>> chain : chains.entrySet()) {
            Measure m = chain.getKey();
            List<ReportedValue> history = new java.util.ArrayList<>();
            chain.getValue().forEach(id -> history.addAll(values.getOrDefault(id, List.of())));
            history.sort(Comparator.comparing((ReportedValue v) -> v.quarter().firstDay()).reversed());
            facts.put(m.getCode(), new MeasureFacts(benchmarks.getOrDefault(m.getId(), List.of()),
                    name(m.getImprovementLeadId()), history));
        }
        return facts;
    }

    /** The measure and its comparable predecessors, nearest first: whose values are its history. */
    private List<Long> comparableChain(Measure m) {
        List<Long> chain = new java.util.ArrayList<>(List.of(m.getId()));
        Measure current = m;
        while (current.isComparableWithPredecessor() && current.getReplacesMeasureId() != null) {
            Measure predecessor = measures.findById(current.getReplacesMeasureId()).orElse(null);
            if (predecessor == null || chain.contains(predecessor.getId())) {
                break;
            }
            chain.add(predecessor.getId());
            current = predecessor;
        }
        return chain;
    }

    /** The measure's reported values and those of its comparable predecessors, latest quarter first. */
    private List<ReportedValue> historyAcrossTheChain(Measure m) {
        List<ReportedValue> values = new java.util.ArrayList<>(returns.reportedValues(m.getId()));
        Measure current = m;
        java.util.Set<Long> seen = new java.util.HashSet<>();
        while (current.isComparableWithPredecessor() && current.getReplacesMeasureId() != null
                && seen.add(current.getId())) {
            Measure predecessor = measures.findById(current.getReplacesMeasureId()).orElse(null);
            if (predecessor == null) {
                break;
            }
            values.addAll(returns.reportedValues(predecessor.getId()));
            current = predecessor;
        }
        values.sort(Comparator.comparing((ReportedValue v) -> v.quarter().firstDay()).reversed());
        return values;
    }

    /** The measures before this one (nearest first) and after it, along its revisions. */
    private List<MeasureDetails.ChainLink> chain(Measure m) {
        List<MeasureDetails.ChainLink> links = new java.util.ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>(List.of(m.getId()));
        Measure current = m;
        while (current.getReplacesMeasureId() != null) {
            Measure predecessor = measures.findById(current.getReplacesMeasureId()).orElse(null);
            if (predecessor == null || !seen.add(predecessor.getId())) {
                break;
            }
            FrameworkVersion version = version(current.getIntroducedInVersionId());
            links.add(new MeasureDetails.ChainLink(MeasureDetails.ChainLink.Relation.REPLACES, predecessor.getId(),
                    predecessor.getCode(), predecessor.getTitle(), version == null ? null : version.getName(),
                    version == null ? null : version.getCutOverDate(), current.isComparableWithPredecessor()));
            current = predecessor;
        }
        List<Measure> next = measures.findByReplacesMeasureId(m.getId());
        while (!next.isEmpty()) {
            Measure successor = next.getFirst();
            if (!seen.add(successor.getId())) {
                break;
            }
            FrameworkVersion version = version(successor.getIntroducedInVersionId());
            links.add(new MeasureDetails.ChainLink(MeasureDetails.ChainLink.Relation.REPLACED_BY, successor.getId(),
                    successor.getCode(), successor.getTitle(), version == null ? null : version.getName(),
                    version == null ? null : version.getCutOverDate(), successor.isComparableWithPredecessor()));
            next = measures.findByReplacesMeasureId(successor.getId());
        }
        return links;
    }

    private @Nullable FrameworkVersion version(@Nullable Long versionId) {
        return versionId == null ? null : versions.findById(versionId).orElse(null);
    }

    private Measure find(long measureId) {
        return measures.findById(measureId)
                .orElseThrow(() -> new DomainException("There is no measure with id " + measureId + "."));
    }

    private @Nullable String name(@Nullable Long personId) {
        return personId == null ? null : people.findById(personId).map(PersonSummary::fullName).orElse(null);
    }

    private @Nullable String versionName(@Nullable Long versionId) {
        return versionId == null ? null : versions.findById(versionId).map(FrameworkVersion::getName).orElse(null);
    }
}
