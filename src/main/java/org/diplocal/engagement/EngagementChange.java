package org.diplocal.engagement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;

/** One entry of an engagement's history: what changed, when, and which report or editor changed it. */
@Entity
@Table(name = "engagement_change")
public class EngagementChange extends PanacheEntityBase {

    public enum Action {
        /** First stored. */
        CREATED,
        /** A report or an editor changed what subscribers see. */
        UPDATED,
        /** A report said otherwise than an editor's correction, which was kept. */
        OVERRULED,
        /** An editor merged another engagement into this one, or this one into another. */
        MERGED,
        /** An editor split part of this engagement off into a new one. */
        SPLIT
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "engagement_id")
    public Engagement engagement;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Column(name = "sequence_no", nullable = false)
    public int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @Column(name = "report_id")
    public String reportId;

    @Column(name = "by_editor", nullable = false)
    public boolean byEditor;

    /** JSON of the fields as they were; only the ones that changed. */
    @Column(name = "before_state")
    public String before;

    @Column(name = "after_state")
    public String after;

    public static List<EngagementChange> of(Engagement e) {
        return list("engagement = ?1 order by id", e);
    }
}
