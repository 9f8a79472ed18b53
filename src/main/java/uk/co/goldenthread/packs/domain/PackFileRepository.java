package uk.co.goldenthread.packs.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PackFileRepository extends JpaRepository<PackFile, Long> {

    Optional<PackFile> findByPackIdAndFileName(long packId, String fileName);

    List<PackFile> findByPackIdOrderByFileName(long packId);

    /** What a stored file is, without its bytes. */
    interface Stored {
        String getMediaType();

        String getContentSha256();
    }

    Optional<Stored> findStoredByPackIdAndFileName(long packId, String fileName);
}
