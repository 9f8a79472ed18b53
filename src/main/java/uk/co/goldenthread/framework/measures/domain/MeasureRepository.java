package uk.co.goldenthread.framework.measures.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.co.goldenthread.framework.ImprovementCategory;
import uk.co.goldenthread.framework.MeasureKind;
import uk.co.goldenthread.framework.MeasureStatus;

public interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findByStatusOrderByCode(MeasureStatus status);

    List<Measure> findByStatusNotOrderByCode(MeasureStatus status);

    Optional<Measure> findByCode(String code);

    /**
     * Measures by id with their area (its directorate and AD Deliveries), directorate and outcome, in one query. Read
     * on every step and page of a return: fetch joins rather than an {@code @EntityGraph}, for which Spring Data first
     * asks Hibernate for a named graph, which throws (and is caught) before it builds the graph afresh at every call.
     */
    @Query("""
            select m from Measure m left join fetch m.area a left join fetch a.directorate left join fetch a.adDeliveryIds
              left join fetch m.directorate left join fetch m.outcome
            where m.id in :ids""")
    List<Measure> findWithPlacesByIdIn(Collection<Long> ids);

    List<Measure> findByCodeIn(Collection<String> codes);

    /** Every measure's code and id, without loading the measures (an import's references to them). */
    @Query("select m.code, m.id from Measure m")
    List<Object[]> findCodesAndIds();

    boolean existsByCode(String code);

    long countByIntroducedInVersionId(long versionId);

    long countByRetiredInVersionId(long versionId);

    /** The measures that replace this one in a revision. */
    List<Measure> findByReplacesMeasureId(long measureId);

    /** Measures still active though a version has scheduled their replacement or retirement. */
    List<Measure> findByStatusAndRetiredInVersionIdIsNotNull(MeasureStatus status);

    /** Measures matching every filter given; {@code text} is a lower-case LIKE pattern on code or title. */
    String MATCHING = """
             from Measure m left join m.area a left join a.directorate ad left join m.directorate d
            where (:text is null or lower(m.code) like :text or lower(m.title) like :text)
              and (:kind is null or m.kind = :kind)
              and (:status is null or m.status = :status)
              and (:directorateId is null or ad.id = :directorateId or (a is null and d.id = :directorateId))
              and (:category is null or m.improvementCategory = :category)
            """;

    @Query("select m" + MATCHING)
    List<Measure> search(@Nullable String text, @Nullable MeasureKind kind, @Nullable MeasureStatus status,
            @Nullable Long directorateId, @Nullable ImprovementCategory category, Pageable page);

    @Query("select count(m)" + MATCHING)
    long countMatching(@Nullable String text, @Nullable MeasureKind kind, @Nullable MeasureStatus status,
            @Nullable Long directorateId, @Nullable ImprovementCategory category);
}
