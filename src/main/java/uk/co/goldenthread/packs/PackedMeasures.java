package uk.co.goldenthread.packs;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.framework.MeasurePacks;
import uk.co.goldenthread.framework.PackUse;
import uk.co.goldenthread.packs.domain.Pack;
import uk.co.goldenthread.packs.domain.PackRepository;

/** The packs module's side of the framework's {@link MeasurePacks} port: the packs a measure appears in. */
@Component
@Transactional(readOnly = true)
class PackedMeasures implements MeasurePacks {

    private final PackRepository packs;

    PackedMeasures(PackRepository packs) {
        this.packs = packs;
    }

    @Override
    public List<PackUse> packsUsing(String measureCode) {
        return packs.findByLineCode(measureCode).stream().map(PackedMeasures::use).toList();
    }

    private static PackUse use(Pack pack) {
        PackSummary summary = pack.toSummary();
        return new PackUse(summary.id(), summary.title(), summary.version(), label(summary.status()), pack.getPeriod(),
                summary.status() == PackStatus.PUBLISHED);
    }

    /** "PUBLISHED" as "Published", as the measure page has always shown it. */
    private static String label(PackStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
