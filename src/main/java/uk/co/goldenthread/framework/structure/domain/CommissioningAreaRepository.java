package uk.co.goldenthread.framework.structure.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissioningAreaRepository extends JpaRepository<CommissioningArea, Long> {

    Optional<CommissioningArea> findByNameAndDirectorateName(String name, String directorateName);
}
