package org.diplocal.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/** Keeps reports by the hash of their text, so the same report sent twice is stored once. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReportStore {

    Clock clock = Clock.systemUTC();

    /** The stored report with this text, if any. */
    public Optional<Report> find(String text) {
        return Report.byHash(hash(text));
    }

    public Report store(String text, LocalDate published, String title, String sourceUrl) {
        String hash = hash(text);
        Report report = new Report();
        report.contentHash = hash;
        report.id = hash.substring(0, 12);
        report.body = text;
        report.published = published;
        report.title = title;
        report.sourceUrl = sourceUrl;
        report.receivedAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        report.persist();
        return report;
    }

    /** SHA-256 of the text with line ends and surrounding white space made uniform. */
    static String hash(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
