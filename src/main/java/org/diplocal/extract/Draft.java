package org.diplocal.extract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * One scheduled engagement as the engine reads it from a report, before it is matched against
 * what is stored. Dates are in the place's own calendar; {@code end} is inclusive.
 *
 * @param kind      what sort of engagement: visit, meeting, summit, talks, conference, ceremony, call ...
 * @param startTime null unless the report gives a time of day; then {@code zone} says where it is read
 * @param location  null for virtual meetings or when no place is known
 * @param evidence  the sentence the engagement rests on, as it stands in the report
 */
public record Draft(
        String title,
        String kind,
        LocalDate start,
        LocalDate end,
        Precision precision,
        LocalTime startTime,
        LocalTime endTime,
        String zone,
        DraftPlace location,
        List<DraftPerson> participants,
        Set<String> countries,
        Set<String> topics,
        DraftStatus status,
        String evidence) {

    public Draft {
        participants = List.copyOf(participants);
        countries = Set.copyOf(countries);
        topics = Set.copyOf(topics);
    }
}
