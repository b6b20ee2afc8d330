package org.diplocal.feed;

import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TextList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.diplocal.config.DiplocalConfig;
import org.diplocal.directory.Country;
import org.diplocal.directory.Official;
import org.diplocal.engagement.Engagement;
import org.diplocal.engagement.EngagementFilter;
import org.diplocal.engagement.EngagementQuery;
import org.diplocal.engagement.EngagementSource;
import org.diplocal.engagement.EngagementStatus;
import org.diplocal.extract.Precision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a feed with iCal4j. Every timestamp in it comes from the engagements' last change, never from the
 * clock, so the same data gives the same bytes and the same ETag.
 */
@ApplicationScoped
public class FeedRenderer {

    static final String PRODID = "-//diplocal//diplocal feeds 1.0//EN";
    /** Room kept for the calendar's own lines and time zones when counting a feed's size. */
    private static final int HEADER_RESERVE = 16_384;
    /** The lines that open and close a VEVENT, with their line ends. */
    private static final int EVENT_FRAME_OCTETS = 26;
    /** Engagements read from the database at a time while a feed fills up. */
    private static final int BATCH = 500;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FeedRenderer.class);

    @Inject
    FeedCatalog catalog;

    @Inject
    EngagementQuery query;

    @Inject
    FeedLinks links;

    @Inject
    DiplocalConfig config;

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();

    @Transactional(Transactional.TxType.SUPPORTS)
    @ActivateRequestContext
    public RenderedFeed render(FeedKey key, LocalDate today) {
        Optional<FeedDefinition> definition = catalog.find(key);
        if (definition.isEmpty()) {
            return RenderedFeed.missing(key, today);
        }
        Map<String, String> countryNames = new HashMap<>();
        Country.<Country>listAll().forEach(c -> countryNames.put(c.iso2, c.name));
        List<VEvent> events = new ArrayList<>();
        Set<String> zoneIds = new LinkedHashSet<>();
        Instant lastModified = Instant.EPOCH;
        for (Item item : select(definition.get().filter(), today, countryNames)) {
            events.add(item.event());
            if (timed(item.engagement())) {
                zoneIds.add(item.engagement().zone);
            }
            lastModified = item.engagement().lastModified.isAfter(lastModified) ? item.engagement().lastModified : lastModified;
        }
        byte[] bytes = write(calendar(definition.get(), zoneIds, events));
        return RenderedFeed.of(key, bytes, gzip(bytes), etag(bytes), lastModified, today, events.size());
    }

    /**
     * An engagement, its VEVENT, and about the octets that will take: counted from the property values
     * rather than by writing the event twice, with room for escapes and folding.
     */
    private record Item(Engagement engagement, VEvent event, long octets) {
        static Item of(Engagement e, VEvent event) {
            long octets = EVENT_FRAME_OCTETS;
            for (var property : event.getProperties()) {
                octets += property.getName().length() + 3 + utf8Length(property.getValue());
                for (var parameter : property.getParameters()) {
                    octets += parameter.getName().length() + 2 + utf8Length(parameter.getValue());
                }
            }
            return new Item(e, event, octets * 11 / 10 + (octets / 72 + 1) * 3L);
        }

        private static long utf8Length(String text) {
            long n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
            }
            return n;
        }
    }

    /**
     * Keeps every engagement that has not ended, the soonest first, then past ones from the most recent
     * back, while the feed stays under the size limit: a small calendar keeps its whole history, a large
     * one its recent past, and a huge one is read from the database only as far as it fits.
     */
    private List<Item> select(EngagementFilter filter, LocalDate today, Map<String, String> countryNames) {
        long budget = (long) config.feeds().maxBytes() - HEADER_RESERVE;
        List<Item> kept = new ArrayList<>();
        EngagementQuery.Position after = null;
        do {
            EngagementQuery.Page upcoming = query.page(filter.notEndedBefore(today), after, BATCH);
            for (Engagement e : upcoming.items()) {
                Item item = Item.of(e, event(e, countryNames));
                if (item.octets() > budget) {
                    LOG.warnf("feed over %d bytes with upcoming engagements alone; the furthest are left out",
                            config.feeds().maxBytes());
                    return sorted(kept);
                }
                budget -= item.octets();
                kept.add(item);
            }
            after = upcoming.next();
        } while (after != null);
        for (int offset = 0; ; offset += BATCH) {
            List<Engagement> past = query.endedBefore(filter, today, offset, BATCH);
            for (Engagement e : past) {
                Item item = Item.of(e, event(e, countryNames));
                if (item.octets() > budget) {
                    return sorted(kept);
                }
                budget -= item.octets();
                kept.add(item);
            }
            if (past.size() < BATCH) {
                return sorted(kept);
            }
        }
    }

    private static List<Item> sorted(List<Item> items) {
        items.sort(Comparator.comparing((Item i) -> i.engagement().startDate).thenComparing(i -> i.engagement().id));
        return items;
    }

    private Calendar calendar(FeedDefinition definition, Set<String> zoneIds, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODID));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", CalendarText.line(definition.name())));
        calendar.add(new XProperty("X-WR-CALDESC", CalendarText.line(definition.description())));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), config.feeds().refreshInterval()));
        calendar.add(new XProperty("X-PUBLISHED-TTL", config.feeds().refreshInterval().toString()));
        for (String zoneId : zoneIds) {
            net.fortuna.ical4j.model.TimeZone zone = zones.getTimeZone(zoneId);
            if (zone == null) {
                throw new IllegalStateException("iCal4j has no time-zone definition for " + zoneId);
            }
            calendar.add(vtimezone(zone.getVTimeZone(), zoneId));
        }
        events.forEach(calendar::add);
        return calendar;
    }

    private VEvent event(Engagement e, Map<String, String> countryNames) {
        VEvent event = new VEvent(false);
        event.add(new Uid(e.uid));
        event.add(new DtStamp(e.lastModified));
        event.add(new Created(e.createdAt));
        event.add(new LastModified(e.lastModified));
        event.add(new Sequence(e.sequence));
        if (timed(e)) {
            ZoneId zone = ZoneId.of(e.zone);
            ZonedDateTime start = ZonedDateTime.of(e.startDate, e.startTime, zone);
            ZonedDateTime end = e.endTime != null
                    ? ZonedDateTime.of(e.endDate, e.endTime, zone)
                    : start.plusHours(1);
            event.add(new DtStart<>(start));
            event.add(new DtEnd<>(end.isAfter(start) ? end : start.plusHours(1)));
        } else {
            event.add(new DtStart<>(e.startDate));
            event.add(new DtEnd<>(e.endDate.plusDays(1)));
        }
        event.add(new Summary(CalendarText.line(summary(e))));
        event.add(status(e));
        event.add(ImmutableTransp.TRANSPARENT);
        String location = location(e, countryNames);
        if (location != null) {
            event.add(new Location(CalendarText.line(location)));
        }
        if (e.latitude != null && e.longitude != null) {
            event.add(new Geo(BigDecimal.valueOf(e.latitude), BigDecimal.valueOf(e.longitude)));
        }
        if (!e.topics.isEmpty()) {
            event.add(new Categories(new TextList(e.topics.stream().map(CalendarText::line).toList())));
        }
        event.add(new Description(CalendarText.lines(description(e))));
        event.add(new Url(URI.create(links.engagementPage(e.uid))));
        return event;
    }

    /** A time of day is shown only when the day is fixed; a windowed engagement stays all-day. */
    private static boolean timed(Engagement e) {
        return e.startTime != null && e.zone != null && e.precision == Precision.DAY;
    }

    /**
     * iCal4j answers a linked zone (Africa/Accra) with its target's definition (Africa/Abidjan); the copy
     * carries the TZID the events use, so every TZID has its VTIMEZONE.
     */
    private static VTimeZone vtimezone(VTimeZone definition, String tzid) {
        if (definition.getTimeZoneId().getValue().equals(tzid)) {
            return definition;
        }
        VTimeZone copy = definition.copy();
        copy.replace(new TzId(tzid));
        return copy;
    }

    static String summary(Engagement e) {
        String title = e.title;
        if (e.status == EngagementStatus.POSTPONED) {
            title = "Postponed: " + title;
        } else if (e.status == EngagementStatus.CANCELLED) {
            title = "Cancelled: " + title;
        }
        return e.precision == Precision.WINDOW ? title + " (date TBC)" : title;
    }

    private static net.fortuna.ical4j.model.property.Status status(Engagement e) {
        if (e.status == EngagementStatus.CANCELLED) {
            return ImmutableStatus.VEVENT_CANCELLED;
        }
        if (e.status == EngagementStatus.SCHEDULED && e.precision == Precision.DAY) {
            return ImmutableStatus.VEVENT_CONFIRMED;
        }
        return ImmutableStatus.VEVENT_TENTATIVE;
    }

    private static String location(Engagement e, Map<String, String> countryNames) {
        List<String> parts = new ArrayList<>(3);
        for (String part : new String[]{e.locationName, e.locationCity,
                e.locationCountry == null ? null : countryNames.getOrDefault(e.locationCountry, e.locationCountry)}) {
            if (part != null && !part.isBlank() && parts.stream().noneMatch(p -> p.equalsIgnoreCase(part))) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String description(Engagement e) {
        StringBuilder text = new StringBuilder();
        if (!e.participants.isEmpty()) {
            text.append("Participants:\n");
            for (Official o : e.participants) {
                text.append("- ").append(o.name);
                if (o.role != null) {
                    text.append(", ").append(o.role);
                }
                if (o.country != null) {
                    text.append(" (").append(o.country).append(')');
                }
                text.append('\n');
            }
        }
        if (e.precision == Precision.WINDOW) {
            text.append("\nThe reports only bound the date: it falls on one day between ")
                    .append(e.startDate).append(" and ").append(e.endDate).append(".\n");
        }
        for (EngagementSource s : e.sources) {
            if (s.evidence != null) {
                text.append("\n\u201C").append(s.evidence).append("\u201D");
                if (s.url != null) {
                    text.append("\n").append(s.url);
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static byte[] write(Calendar calendar) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (OctetFoldingWriter writer = new OctetFoldingWriter(bytes)) {
            // Validated by iCal4j in the tests; here it would only double the cost of every rendering.
            new CalendarOutputter(false).output(calendar, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("iCal4j refused the feed it was given: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
