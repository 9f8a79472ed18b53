package uk.co.goldenthread.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A one-time link to set a password: its token's SHA-256, what it is for, when it expires and when it was used. */
@Entity
public class PasswordToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long personId;
    @Column(length = 64, name = "token_sha256")
    private String tokenSha256 = "";
    @Column(length = 20)
    private String purpose = "";
    private LocalDateTime createdAt = LocalDateTime.MIN;
    private LocalDateTime expiresAt = LocalDateTime.MIN;
    private @Nullable LocalDateTime usedAt;

    protected PasswordToken() {
    }

    public PasswordToken(long personId, String tokenSha256, String purpose, LocalDateTime createdAt,
            LocalDateTime expiresAt) {
        this.personId = personId;
        this.tokenSha256 = tokenSha256;
        this.purpose = purpose;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPurpose() {
        return purpose;
    }

    /** Whether the link still works at this moment: not used, not expired. */
    public boolean usableAt(LocalDateTime now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    public void markUsed(LocalDateTime at) {
        usedAt = at;
    }
}
