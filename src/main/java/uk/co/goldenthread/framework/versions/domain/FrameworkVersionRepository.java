package uk.co.goldenthread.framework.versions.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FrameworkVersionRepository extends JpaRepository<FrameworkVersion, Long> {

    Optional<FrameworkVersion> findFirstByOrderByCutOverDateDescIdDesc();

    List<FrameworkVersion> findAllByOrderByCutOverDateAsc();
}
