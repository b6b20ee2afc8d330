package org.diplocal.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** A person whose engagements are followed; every official has a feed of their own under their slug. */
@Entity
@Table(name = "official")
public class Official extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String slug;

    @Column(nullable = false)
    public String name;

    public String role;

    /** ISO 3166-1 alpha-2. */
    public String country;

    @ElementCollection
    @CollectionTable(name = "official_alias", joinColumns = @JoinColumn(name = "official_id"))
    @Column(name = "alias")
    public Set<String> aliases = new LinkedHashSet<>();

    public static Optional<Official> bySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
