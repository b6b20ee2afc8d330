package org.diplocal.extract;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.diplocal.extract.time.TimeMention;

/**
 * Where the engine gets its time expressions: {@code TimeTagger.standard().tag(text, reference)}
 * from package {@code time}. Bound by name until that tagger is on this branch, so the engine
 * builds on its own; a missing tagger yields no times, hence no drafts.
 */
@FunctionalInterface
interface TimeSource {
    List<TimeMention> tag(String text, LocalDate reference);

    @SuppressWarnings("unchecked")
    static TimeSource standard() {
        try {
            Class<?> tagger = Class.forName("org.diplocal.extract.time.TimeTagger");
            Object instance = tagger.getMethod("standard").invoke(null);
            Method tag = tagger.getMethod("tag", String.class, LocalDate.class);
            return (text, reference) -> {
                try {
                    return (List<TimeMention>) tag.invoke(instance, text, reference);
                } catch (ReflectiveOperationException e) {
                    return List.of();
                }
            };
        } catch (ReflectiveOperationException | LinkageError e) {
            return (text, reference) -> List.of();
        }
    }
}
