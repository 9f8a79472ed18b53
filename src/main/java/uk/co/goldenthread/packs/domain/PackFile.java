package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One rendered file of a pack version (pack.html, pack.pdf...), written at compilation; the database refuses changes. */
@Entity
@Immutable
public class PackFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long packId;
    @Column(length = 40)
    private String fileName;
    @Column(length = 120)
    private String mediaType;

    @Column(columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(length = 64)
    private String contentSha256;

    protected PackFile() {
        this.fileName = this.mediaType = this.contentSha256 = "";
        this.content = new byte[0];
    }

    public PackFile(long packId, String fileName, String mediaType, byte[] content, String contentSha256) {
        this.packId = packId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.contentSha256 = contentSha256;
    }

    public long getPackId() {
        return packId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentSha256() {
        return contentSha256;
    }
}
