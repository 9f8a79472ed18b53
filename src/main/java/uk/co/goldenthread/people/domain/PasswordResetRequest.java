package uk.co.goldenthread.people.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** One request for a password reset link, known account or not: the keyed hash of the address it came from, and when. */
@Entity
public class PasswordResetRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "address_sha256", length = 64)
    private String addressSha256 = "";
    private LocalDateTime requestedAt = LocalDateTime.MIN;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(String addressSha256, LocalDateTime requestedAt) {
        this.addressSha256 = addressSha256;
        this.requestedAt = requestedAt;
    }
}
