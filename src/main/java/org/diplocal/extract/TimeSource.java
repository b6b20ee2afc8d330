package org.diplocal.extract;

import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;
import org.diplocal.extract.time.TimeTagger;

/** Where the engine gets its time expressions; tests may hand it fixed ones. */
@FunctionalInterface
interface TimeSource {
    /** The time expressions of {@code text}, whose chars (only read) are {@code chars}. */
    List<TimeMention> tag(String text, char[] chars, LocalDate reference);

    static TimeSource standard() {
        TimeTagger tagger = TimeTagger.standard();
        return tagger::tag;
    }
}
