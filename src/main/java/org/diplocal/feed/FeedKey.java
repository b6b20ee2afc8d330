package org.diplocal.feed;

import java.util.Locale;
import java.util.Optional;

/** Which feed a path names: {@code all}, or one official, country or topic by its slug. */
public record FeedKey(Kind kind, String id) {

    public enum Kind {
        ALL(""), OFFICIAL("officials/"), COUNTRY("countries/"), TOPIC("topics/");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    public static final FeedKey ALL = new FeedKey(Kind.ALL, "all");

    private static final java.util.regex.Pattern SLUG = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    public static FeedKey official(String slug) {
        return new FeedKey(Kind.OFFICIAL, slug);
    }

    public static FeedKey country(String iso2) {
        return new FeedKey(Kind.COUNTRY, iso2.toLowerCase(Locale.ROOT));
    }

    public static FeedKey topic(String slug) {
        return new FeedKey(Kind.TOPIC, slug);
    }

    /** The path below {@code /feeds/}, such as {@code countries/kr.ics}. */
    public String path() {
        return kind.folder + id + ".ics";
    }

    public String fileName() {
        return (kind == Kind.ALL ? "diplocal" : id) + ".ics";
    }

    /** Reads a path below {@code /feeds/}; anything that is not one of the four forms is empty. */
    public static Optional<FeedKey> parse(String path) {
        if (path == null || !path.endsWith(".ics")) {
            return Optional.empty();
        }
        String stem = path.substring(0, path.length() - 4);
        if (stem.equals("all")) {
            return Optional.of(ALL);
        }
        int slash = stem.indexOf('/');
        if (slash < 0 || stem.indexOf('/', slash + 1) >= 0) {
            return Optional.empty();
        }
        String id = stem.substring(slash + 1);
        if (!SLUG.matcher(id).matches()) {
            return Optional.empty();
        }
        return switch (stem.substring(0, slash)) {
            case "officials" -> Optional.of(official(id));
            case "countries" -> id.length() == 2 ? Optional.of(country(id)) : Optional.empty();
            case "topics" -> Optional.of(topic(id));
            default -> Optional.empty();
        };
    }
}
