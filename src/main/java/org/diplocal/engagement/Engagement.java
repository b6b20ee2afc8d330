package org.diplocal.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.diplocal.directory.Official;
import org.diplocal.extract.Precision;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** A scheduled diplomatic engagement, one VEVENT in every feed it belongs to. */
@Entity
@Table(name = "engagement")
public class Engagement extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Also the iCalendar UID: it never changes, so subscribed calendars update the event in place. */
    @Column(nullable = false, unique = true)
    public String uid;

    @Column(nullable = false)
    public String title;

    public String kind;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Inclusive. */
    @Column(name = "end_date", nullable = false)
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public Precision precision;

    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    /** IANA zone of the place; needed when a time is known. */
    public String zone;

    @Column(name = "location_name")
    public String locationName;

    @Column(name = "location_city")
    public String locationCity;

    @Column(name = "location_country")
    public String locationCountry;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EngagementStatus status;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    /** Set once an editor has corrected the engagement: reports never overwrite it after that. */
    @Column(name = "editor_locked", nullable = false)
    public boolean editorLocked;

    /** Set when an editor merged this engagement into another: it stays cancelled, and reports of it go there. */
    @Column(name = "merged_into")
    public Long mergedInto;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_modified", nullable = false)
    public Instant lastModified;

    @ManyToMany
    @JoinTable(name = "engagement_participant",
            joinColumns = @JoinColumn(name = "engagement_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    @OrderColumn(name = "position")
    public List<Official> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "engagement_country", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "iso2")
    public Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "engagement_topic", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "topic")
    public Set<String> topics = new TreeSet<>();

    @OneToMany(mappedBy = "engagement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<EngagementSource> sources = new ArrayList<>();

    /**
     * The UID an engagement gets from what identifies it (a report and its draft, a curated key): the same
     * seed always gives the same UID, so loading the same data into an empty database gives subscribers
     * the same events again.
     */
    public static String uidFor(String identitySeed) {
        return UUID.nameUUIDFromBytes(identitySeed.getBytes(StandardCharsets.UTF_8)) + "@diplocal";
    }

    public static Optional<Engagement> byUid(String uid) {
        return find("uid", uid).firstResultOptional();
    }

    public boolean hasLocation() {
        return locationName != null || locationCity != null || locationCountry != null;
    }

    /** Where an engagement came from first. */
    public enum Origin {
        /** Drawn from a report by the engine. */
        REPORT,
        /** Entered in the curated files of {@code calendars/}. */
        CURATED,
        /** Entered by an editor through the API. */
        EDITOR
    }
}
