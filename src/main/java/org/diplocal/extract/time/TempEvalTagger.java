package org.diplocal.extract.time;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * TempEval-3 command: tags the TEXT of every TimeML input file with {@link TimeTagger}, using the DCT as the
 * reference date, and writes the same document with {@code <TIMEX3>} elements inserted. Not one character of the
 * text changes: the tagger sees the XML-unescaped text and the tags are inserted at the mapped raw offsets.
 *
 * <pre>java org.diplocal.extract.time.TempEvalTagger INPUT_DIR OUTPUT_DIR</pre>
 */
public final class TempEvalTagger {

    private static final Pattern DCT = Pattern.compile(
            "<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", Pattern.DOTALL);
    private static final String OPEN = "<TEXT>";
    private static final String CLOSE = "</TEXT>";

    private final TimeTagger tagger;

    public TempEvalTagger(TimeTagger tagger) {
        this.tagger = tagger;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TempEvalTagger INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        TempEvalTagger te = new TempEvalTagger(TimeTagger.standard());
        int files = 0;
        int timexes = 0;
        try (Stream<Path> list = Files.list(in)) {
            for (Path p : (Iterable<Path>) list.sorted()::iterator) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".TE3input") && !name.endsWith(".tml")) {
                    continue;
                }
                String annotated = te.annotate(Files.readString(p, StandardCharsets.UTF_8));
                timexes += count(annotated) - 1;
                Files.writeString(out.resolve(name.replace(".TE3input", "")), annotated, StandardCharsets.UTF_8);
                files++;
            }
        }
        System.out.printf("tagged %d documents, %d TIMEX3 in TEXT -> %s%n", files, timexes, out);
    }

    /** The TimeML document with TIMEX3 tags inserted into its TEXT, resolved against its DCT. */
    public String annotate(String timeml) {
        Matcher dct = DCT.matcher(timeml);
        if (!dct.find()) {
            throw new IllegalArgumentException("no DCT with a date value");
        }
        LocalDate reference = LocalDate.parse(dct.group(1));
        int open = timeml.indexOf(OPEN);
        int close = timeml.indexOf(CLOSE, open);
        if (open < 0 || close < 0) {
            throw new IllegalArgumentException("no <TEXT> element");
        }
        int from = open + OPEN.length();
        String raw = timeml.substring(from, close);
        int[] rawOffset = new int[raw.length() + 1];
        String plain = unescape(raw, rawOffset);
        List<TimeMention> mentions = tagger.tag(plain, reference);
        StringBuilder sb = new StringBuilder(timeml.length() + mentions.size() * 60);
        sb.append(timeml, 0, from);
        int copied = 0;
        int tid = 1;
        for (TimeMention m : mentions) {
            int s = rawOffset[m.start()];
            int e = rawOffset[m.end()];
            sb.append(raw, copied, s);
            sb.append("<TIMEX3 tid=\"t").append(tid++).append("\" type=\"").append(m.type())
                    .append("\" value=\"").append(escape(m.value())).append("\">");
            sb.append(raw, s, e).append("</TIMEX3>");
            copied = e;
        }
        sb.append(raw, copied, raw.length());
        sb.append(timeml, close, timeml.length());
        return sb.toString();
    }

    /** Decodes XML character references; {@code rawOffset[i]} is where plain character i starts in {@code raw}. */
    static String unescape(String raw, int[] rawOffset) {
        StringBuilder plain = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            rawOffset[plain.length()] = i;
            char c = raw.charAt(i);
            int semi = c == '&' ? raw.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String entity = raw.substring(i + 1, semi);
                String decoded = switch (entity) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> entity.startsWith("#x") ? new String(Character.toChars(Integer.parseInt(entity.substring(2), 16)))
                            : entity.startsWith("#") ? new String(Character.toChars(Integer.parseInt(entity.substring(1))))
                            : null;
                };
                if (decoded != null && decoded.length() == 1) {
                    plain.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        rawOffset[plain.length()] = raw.length();
        return plain.toString();
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static int count(String s) {
        int n = 0;
        for (int i = s.indexOf("<TIMEX3"); i >= 0; i = s.indexOf("<TIMEX3", i + 1)) {
            n++;
        }
        return n;
    }
}
