package org.diplocal.extract;

import java.util.ArrayList;
import java.util.List;
import org.diplocal.extract.time.TimeMention;

/** Everything the engine found in one sentence, with token positions. */
final class SentenceFacts {
    final Sentence sentence;
    final TokenList tokens;
    final PlaceFinder.Found places;
    List<PersonMention> persons = List.of();
    List<Trigger> triggers = List.of();
    /** tokens inside a clause about the past ("since October 2017", "who previously met ...") */
    final boolean[] background;
    /** date mentions usable for a planned event, with their first token */
    final List<Dated> dates = new ArrayList<>();
    final List<Anchor> anchors = new ArrayList<>();
    /** whether the sentence dates something to a month or a day before the report ("planned for June 2020") */
    boolean pastDate;
    /** whether the sentence dates anything before the report, however long ago ("the parade in 1971") */
    boolean pastTime;
    boolean future;
    boolean virtual;
    DraftStatus status = DraftStatus.SCHEDULED;
    int tentativeAt = -1;
    /** where the words that postpone end ("rescheduled", "pushed back"), when the sentence has them */
    int postponedEnd = -1;
    /** the town of the programme heading this line sits under ("WEDNESDAY 21 MAY – SUVA"), if any */
    PlaceMention headingPlace;
    /** whether the sentence is a programme's line opening with its hour ("14:30 Ministerial Session ...") */
    boolean timedLine;
    /** the place an item of a diary opens with ("- NEW YORK: Summit of the Future ..."), if any */
    PlaceMention itemPlace;
    /** whose schedule this line is part of ("PETR NOVAK, Prime Minister" above it), if any */
    Person principal;
    /** topic slugs of the sentence's words outside background clauses, in text order; read when first asked */
    List<String> topics;

    record Dated(int token, TimeMention mention) {
    }

    /** A date told relative to another event: arrival, stay, trip, after, following-day. */
    record Anchor(int token, String type, PlaceMention place, int refFrom, int refTo) {
    }

    SentenceFacts(Sentence sentence, PlaceFinder.Found places) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        this.places = places;
        this.background = new boolean[tokens.size()];
    }

    /** The first token ending after {@code offset}: a binary search, token ends ascend. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.end(mid) > offset) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
