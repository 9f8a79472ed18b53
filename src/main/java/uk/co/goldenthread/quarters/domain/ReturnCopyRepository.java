package uk.co.goldenthread.quarters.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReturnCopyRepository extends JpaRepository<ReturnCopy, Long> {

    List<ReturnCopy> findByQuarterIdOrderByReturnId(long quarterId);

    void deleteByQuarterId(long quarterId);
}
