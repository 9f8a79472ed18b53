package uk.co.goldenthread.quarters.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterRepository extends JpaRepository<Quarter, Long> {

    boolean existsByFinancialYearAndQuarterNumber(int financialYear, int quarterNumber);

    List<Quarter> findAllByOrderByFinancialYearDescQuarterNumberDesc();
}
