package org.diplocal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.Slugs;

import java.util.Optional;

/** Finds the official a report or an editor names, entering new ones so they get a feed of their own. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class OfficialDirectory {

    public Official resolve(DraftPerson person) {
        String slug = Slugs.of(person.name());
        Official official = Official.bySlug(slug).or(() -> byAlias(person.name())).orElse(null);
        if (official == null) {
            official = new Official();
            official.slug = slug;
            official.name = person.name().strip();
            official.role = person.role();
            official.country = person.country();
            official.persist();
            return official;
        }
        if (official.role == null && person.role() != null) {
            official.role = person.role();
        }
        if (official.country == null && person.country() != null) {
            official.country = person.country();
        }
        return official;
    }

    private static Optional<Official> byAlias(String name) {
        return Official.find("select o from Official o join o.aliases a where lower(a) = ?1", name.strip().toLowerCase())
                .firstResultOptional();
    }
}
