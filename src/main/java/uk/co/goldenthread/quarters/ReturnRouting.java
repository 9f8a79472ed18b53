package uk.co.goldenthread.quarters;

import org.springframework.stereotype.Component;
import uk.co.goldenthread.framework.AreaView;
import uk.co.goldenthread.framework.FrameworkService;
import uk.co.goldenthread.quarters.domain.QuarterlyReturn;
import uk.co.goldenthread.quarters.domain.QuarterlyReturnRepository;

/**
 * Who does each step of a return: called by the BPMN (processes/quarterly-return.bpmn20.xml) when a task is
 * created, so tasks go to the actual people of the return, not to anyone holding a role.
 */
@Component("returnRouting")
@org.springframework.transaction.annotation.Transactional
public class ReturnRouting {

    private final QuarterlyReturnRepository returns;
    private final FrameworkService framework;
    private final ReturnAssembler assembler;

    ReturnRouting(QuarterlyReturnRepository returns, FrameworkService framework, ReturnAssembler assembler) {
        this.returns = returns;
        this.framework = framework;
        this.assembler = assembler;
    }

    public String adDelivery(Long returnId) {
        return assembler.usernameOf(find(returnId).getAdDeliveryId());
    }

    public String adCommissioning(Long returnId) {
        return assembler.usernameOf(area(returnId).adCommissioningId());
    }

    public String strategicDirector(Long returnId) {
        return assembler.usernameOf(area(returnId).strategicDirectorId());
    }

    private AreaView area(Long returnId) {
        return framework.area(find(returnId).getAreaId());
    }

    private QuarterlyReturn find(Long returnId) {
        return returns.findById(returnId).orElseThrow(() -> new IllegalStateException("No return " + returnId));
    }
}
