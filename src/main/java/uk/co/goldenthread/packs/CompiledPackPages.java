package uk.co.goldenthread.packs;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.co.goldenthread.base.NoSuchRecordException;
import uk.co.goldenthread.packs.domain.PackFile;
import uk.co.goldenthread.packs.domain.PackFileRepository;

/**
 * The rendered HTML of any compiled version, published or not, for the staff who read the pack before the public do:
 * the Performance Team, Cabinet members and Strategic Directors. Never public: the public site serves published
 * versions only.
 */
@Service
@Transactional(readOnly = true)
public class CompiledPackPages {

    private final PackFileRepository files;

    CompiledPackPages(PackFileRepository files) {
        this.files = files;
    }

    /** The version's stored pack.html, byte for byte as compiled; for the Performance Team, Cabinet and Directors. */
    @PreAuthorize("hasAnyRole('PERFORMANCE_TEAM', 'CABINET', 'STRATEGIC_DIRECTOR')")
    public byte[] html(long packId) {
        return files.findByPackIdAndFileName(packId, "pack.html").map(PackFile::getContent)
                .orElseThrow(() -> new NoSuchRecordException("There is no compiled pack with that number."));
    }
}
