package org.diplocal.report.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A feed item already taken in: the report it gave, or why it gave none. */
@Entity
@Table(name = "source_item")
public class SourceItem extends PanacheEntityBase {

    @Id
    @Column(name = "item_key")
    public String key;

    @Column(name = "feed_url", nullable = false)
    public String feedUrl;

    @Column(name = "item_id", nullable = false)
    public String itemId;

    @Column(name = "report_id")
    public String reportId;

    public String note;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;

    static SourceItem of(String feedUrl, String itemId, String reportId, String note) {
        SourceItem item = new SourceItem();
        item.key = key(feedUrl, itemId);
        item.feedUrl = ReportFile.clip(feedUrl, 2000);
        item.itemId = ReportFile.clip(itemId, 2000);
        item.reportId = reportId;
        item.note = ReportFile.clip(note, 500);
        item.seenAt = Instant.now();
        return item;
    }

    static boolean known(String feedUrl, String itemId) {
        return findByIdOptional(key(feedUrl, itemId)).isPresent();
    }

    /** Fixed-length key, since ids and URLs may be longer than an index allows. */
    static String key(String feedUrl, String itemId) {
        return sha256(feedUrl + "\n" + itemId);
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
