package uk.co.goldenthread.framework.structure.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilRepository extends JpaRepository<Council, Long> {
}
