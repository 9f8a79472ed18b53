package uk.co.goldenthread.quarters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import uk.co.goldenthread.base.FinancialQuarter;
import uk.co.goldenthread.framework.AreaSummary;
import uk.co.goldenthread.framework.IntentionSummary;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureUnit;
import uk.co.goldenthread.framework.MeasureSummary;
import uk.co.goldenthread.people.PeopleService;
import uk.co.goldenthread.people.PersonSummary;
import uk.co.goldenthread.people.Role;

/**
 * Which returns hold each measure and intention of a quarter. A return belongs to one AD Delivery in one commissioning
 * area. "All ADs" goes to every return; a KBI or intention with an owner goes to the owner's return in whatever role
 * the owner holds (their own as AD Delivery, their area's as AD Commissioning or Strategic Director); anything else
 * goes to the returns of its area.
 */
final class RoutePlanner {

    static final String NOT_DUE = "not due this period: shown with latest value";
    static final String NO_AD_DELIVERY = "no AD Delivery in area";
    static final String AD_COMMISSIONING_ONLY = "owner is AD Commissioning only";
    static final String MILESTONE = "milestone: reported as progress on its intention";

    /** The return of one AD Delivery in one commissioning area. */
    record ReturnKey(long areaId, long adDeliveryId) {
    }

    private final List<AreaSummary> areas;
    private final Function<Long, Optional<PersonSummary>> people;

    RoutePlanner(List<AreaSummary> areas, Function<Long, Optional<PersonSummary>> people) {
        this.areas = areas;
        this.people = people;
    }

    /**
     * A planner over the council's areas that looks people up in one query of everyone, made the first time a person
     * is needed, rather than one query per person (a plan names every return's AD Delivery).
     */
    static RoutePlanner of(List<AreaSummary> areas, PeopleService people) {
        var everyone = new AtomicReference<Map<Long, PersonSummary>>();
        return new RoutePlanner(areas, id -> Optional.ofNullable(everyone.updateAndGet(known -> known != null ? known
                : people.everyone().stream().collect(Collectors.toMap(PersonSummary::id, p -> p))).get(id)));
    }

    OpeningPlan plan(FinancialQuarter period, List<MeasureSummary> measures, List<IntentionSummary> intentions) {
        var plan = new OpeningPlan();
        for (MeasureSummary m : measures) {
            Routed routed = m.allAds() ? everyReturn()
                    : m.kind() == MeasureKind.KBI || m.areaId() == null ? byOwner(m.areaId(), m.ownerId())
                    : byArea(m.areaId());
            boolean due = m.frequency().isDueIn(period.quarter());
            String note = routed.reason != null ? routed.reason
                    : m.unit() == MeasureUnit.MILESTONE ? MILESTONE : due ? null : NOT_DUE;
            plan.add(new MeasureRoute(m.code(), m.title(), m.kind().label(), labels(routed.keys), note));
            if (m.unit() != MeasureUnit.MILESTONE) {
                routed.keys.forEach(key -> plan.addLine(key, m.id(), due));
            }
        }
        for (IntentionSummary i : intentions) {
            Routed routed = i.allAds() ? everyReturn() : i.ownerId() != null ? byOwner(i.areaId(), i.ownerId())
                    : i.areaId() != null ? byArea(i.areaId()) : Routed.nowhere("no owner and no commissioning area");
            plan.add(new MeasureRoute(i.code(), i.title(), "Intention", labels(routed.keys), routed.reason));
            routed.keys.forEach(key -> plan.addProgress(key, i.id()));
        }
        return plan;
    }

    private Routed everyReturn() {
        List<ReturnKey> keys = new ArrayList<>();
        areas.forEach(a -> a.adDeliveryIds().forEach(d -> keys.add(new ReturnKey(a.id(), d))));
        return keys.isEmpty() ? Routed.nowhere("no AD Delivery in any area") : new Routed(keys, null);
    }

    private Routed byArea(long areaId) {
        return areas.stream().filter(a -> a.id() == areaId).findFirst().map(RoutePlanner::deliveryOf)
                .orElse(Routed.nowhere("no such commissioning area"));
    }

    private Routed byOwner(@Nullable Long areaId, @Nullable Long ownerId) {
        if (ownerId == null) {
            return areaId == null ? Routed.nowhere("no owner and no commissioning area") : byArea(areaId);
        }
        List<AreaSummary> inScope = areas.stream().filter(a -> areaId == null || a.id() == areaId).toList();
        List<ReturnKey> own = inScope.stream().filter(a -> a.adDeliveryIds().contains(ownerId))
                .map(a -> new ReturnKey(a.id(), ownerId)).toList();
        if (!own.isEmpty()) {
            return new Routed(own, null);
        }
        List<AreaSummary> led = inScope.stream().filter(a -> ownerId.equals(a.adCommissioningId())
                || ownerId.equals(a.strategicDirectorId())).toList();
        if (!led.isEmpty()) {
            List<ReturnKey> keys = led.stream().flatMap(a -> deliveryOf(a).keys.stream()).toList();
            return keys.isEmpty() ? Routed.nowhere(NO_AD_DELIVERY) : new Routed(keys, null);
        }
        return Routed.nowhere(whyNotOwner(ownerId, areaId));
    }

    private String whyNotOwner(long ownerId, @Nullable Long areaId) {
        Optional<PersonSummary> owner = people.apply(ownerId);
        if (owner.isEmpty()) {
            return "owner is not a known person";
        }
        var roles = owner.get().roles();
        if (roles.contains(Role.AD_COMMISSIONING) && !roles.contains(Role.AD_DELIVERY)) {
            return AD_COMMISSIONING_ONLY;
        }
        String where = areaId == null ? "any commissioning area"
                : areas.stream().filter(a -> a.id() == areaId).findFirst().map(AreaSummary::name).orElse("its area");
        return "owner is not an AD of " + where;
    }

    private static Routed deliveryOf(AreaSummary area) {
        List<ReturnKey> keys = area.adDeliveryIds().stream().sorted().map(d -> new ReturnKey(area.id(), d)).toList();
        return keys.isEmpty() ? Routed.nowhere(NO_AD_DELIVERY) : new Routed(keys, null);
    }

    private List<String> labels(List<ReturnKey> keys) {
        Map<Long, String> areaNames = new java.util.HashMap<>();
        areas.forEach(a -> areaNames.put(a.id(), a.name()));
        return keys.stream().map(k -> areaNames.get(k.areaId()) + " ("
                + people.apply(k.adDeliveryId()).map(PersonSummary::fullName).orElse("unknown person") + ")").toList();
    }

    private record Routed(List<ReturnKey> keys, @Nullable String reason) {

        static Routed nowhere(String reason) {
            return new Routed(List.of(), reason);
        }
    }
}
