package org.diplocal.directory;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A country as the directory lists it; rows are refreshed at start from the gazetteer. */
@Entity
@Table(name = "country")
public class Country extends PanacheEntityBase {

    /** ISO 3166-1 alpha-2, upper case. */
    @Id
    public String iso2;

    @Column(nullable = false)
    public String name;

    public String demonym;

    public String capital;

    @Column(name = "capital_zone")
    public String capitalZone;
}
