package org.diplocal.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.diplocal.extract.Gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Brings the countries (from the gazetteer, itself generated from maintained packages) and the topics
 * (from {@code topics.tsv}) into the database; running it again changes only what the data changed.
 */
@ApplicationScoped
@Transactional
public class DirectoryLoader {

    static final String TOPICS = "/org/diplocal/directory/topics.tsv";

    public void load() {
        for (Gazetteer.CountryInfo info : Gazetteer.standard().countries()) {
            Country c = Country.findById(info.iso2());
            boolean fresh = c == null;
            if (fresh) {
                c = new Country();
                c.iso2 = info.iso2();
            }
            c.name = info.name();
            c.demonym = info.demonym();
            c.capital = info.capital();
            c.capitalZone = info.capitalZone();
            if (fresh) {
                c.persist();
            }
        }
        try (InputStream in = Objects.requireNonNull(getClass().getResourceAsStream(TOPICS), TOPICS);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(DirectoryLoader::topic);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void topic(String line) {
        String[] f = line.split("\t");
        if (f.length < 2) {
            throw new IllegalStateException(TOPICS + ": a line needs slug and label: " + line);
        }
        Topic t = Topic.findById(f[0]);
        boolean fresh = t == null;
        if (fresh) {
            t = new Topic();
            t.slug = f[0];
        }
        t.label = f[1];
        t.description = f.length > 2 ? f[2] : null;
        if (fresh) {
            t.persist();
        }
    }
}
