package uk.co.goldenthread.people.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DelegationRepository extends JpaRepository<Delegation, Long> {

    List<Delegation> findByPersonIdOrderByStartsOnDesc(long personId);

    List<Delegation> findByDeputyIdOrderByStartsOnDesc(long deputyId);
}
