package uk.co.goldenthread.quarters.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnVisitRepository extends JpaRepository<ReturnVisit, ReturnVisit.Key> {
}
