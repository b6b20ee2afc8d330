package org.diplocal.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** A news report as received; its id is derived from its text, so the same text is stored once. */
@Entity
@Table(name = "report")
public class Report extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "content_hash", nullable = false, unique = true)
    public String contentHash;

    public String title;

    @Column(name = "source_url")
    public String sourceUrl;

    @Column(nullable = false)
    public LocalDate published;

    @Column(nullable = false)
    public String body;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static Optional<Report> byHash(String contentHash) {
        return find("contentHash", contentHash).firstResultOptional();
    }
}
