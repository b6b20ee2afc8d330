package org.diplocal.report.source;

import org.diplocal.report.ReportInput;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report kept as a text file. Its first lines may be {@code key: value} headers ({@code published: 2025-10-28},
 * {@code title: ...}, {@code source: https://...}) — the format {@code ../shared/eval/score.py} reads; the text is
 * what follows them. What the headers leave out comes from the folder's {@code index.json}, and a missing date
 * from the text's own dateline when the report is ingested.
 */
public final class ReportFile {

    private static final Pattern HEADER = Pattern.compile("^(?<key>[a-z_]+): (?<value>.*)$");

    private ReportFile() {
    }

    /** The report in {@code file}; {@code indexed} is what {@code index.json} says of it, if anything. */
    public static ReportInput read(Path file, Optional<ReportIndex.Entry> indexed) throws IOException {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
        return parse(content, indexed);
    }

    static ReportInput parse(String content, Optional<ReportIndex.Entry> indexed) throws IOException {
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        Map<String, String> headers = new LinkedHashMap<>();
        int i = 0;
        while (i < lines.length) {
            Matcher m = HEADER.matcher(lines[i]);
            if (!m.matches()) {
                break;
            }
            headers.put(m.group("key"), m.group("value").strip());
            i++;
        }
        String text = String.join("\n", java.util.Arrays.asList(lines).subList(i, lines.length)).strip();
        if (text.isEmpty()) {
            throw new IOException("no report text after the headers");
        }
        LocalDate published = date(headers.get("published"))
                .orElse(indexed.map(ReportIndex.Entry::published).orElse(null));
        String title = Optional.ofNullable(headers.get("title")).orElse(indexed.map(ReportIndex.Entry::title).orElse(null));
        String source = Optional.ofNullable(headers.get("source")).orElse(indexed.map(ReportIndex.Entry::source).orElse(null));
        return new ReportInput(text + "\n", published, httpOrNull(source), clip(title, 500));
    }

    private static Optional<LocalDate> date(String value) throws IOException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeException e) {
            throw new IOException("header 'published: " + value + "' is not a YYYY-MM-DD date");
        }
    }

    static String httpOrNull(String source) {
        return source != null && source.length() <= 2000 && source.matches("https?://\\S+") ? source : null;
    }

    static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
