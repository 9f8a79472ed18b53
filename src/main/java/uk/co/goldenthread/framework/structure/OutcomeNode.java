package uk.co.goldenthread.framework.structure;

import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import uk.co.goldenthread.framework.OutcomeLevel;

/** An outcome with the outcomes under it: the tree from the vision down to commissioning objectives. */
@NamedInterface("structure")
public record OutcomeNode(long id, String code, String title, OutcomeLevel level, @Nullable Long parentId,
        List<OutcomeNode> children) {

    /** This outcome and every outcome under it, depth first. */
    public Stream<OutcomeNode> withDescendants() {
        return Stream.concat(Stream.of(this), children.stream().flatMap(OutcomeNode::withDescendants));
    }

    public OutcomeForm toForm() {
        return new OutcomeForm(code, title, level, parentId);
    }
}
