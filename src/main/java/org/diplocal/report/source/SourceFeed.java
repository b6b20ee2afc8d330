package org.diplocal.report.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A polled feed's validators from its last full answer, kept so a restart still gets a 304 from an unchanged feed. */
@Entity
@Table(name = "source_feed")
public class SourceFeed extends PanacheEntityBase {

    @Id
    @Column(name = "feed_key")
    public String key;

    @Column(name = "feed_url", nullable = false)
    public String feedUrl;

    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "polled_at", nullable = false)
    public Instant polledAt;
}
