package org.diplocal.engagement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.diplocal.extract.Draft;
import org.diplocal.extract.DraftPerson;
import org.diplocal.extract.DraftPlace;
import org.diplocal.extract.DraftStatus;
import org.diplocal.extract.Precision;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What an editor sends to enter or correct an engagement. */
public record EngagementInput(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 40) String kind,
        @NotNull LocalDate start,
        LocalDate end,
        Precision precision,
        LocalTime startTime,
        LocalTime endTime,
        @Size(max = 64) String timezone,
        @Valid LocationInput location,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull ParticipantInput> participants,
        @Size(max = 50) List<@NotNull @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String> countries,
        @Size(max = 20) List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,40}", message = "must be a topic slug such as defence") String> topics,
        DraftStatus status,
        @Size(max = 4000) String evidence) {

    public record LocationInput(@Size(max = 300) String name, @Size(max = 200) String city,
                                @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as KR") String country,
                                Double latitude, Double longitude) {
    }

    public record ParticipantInput(@NotBlank @Size(max = 200) String name, @Size(max = 200) String role,
                                   @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as US") String country) {
    }

    public Draft toDraft() {
        List<DraftPerson> people = participants.stream()
                .map(p -> new DraftPerson(p.name().strip(), p.role(), upper(p.country()))).toList();
        Set<String> countrySet = new LinkedHashSet<>();
        if (countries != null) {
            countries.forEach(c -> countrySet.add(upper(c)));
        }
        DraftPlace place = location == null ? null
                : new DraftPlace(location.name(), location.city(), upper(location.country()), timezone,
                location.latitude(), location.longitude());
        return new Draft(title.strip(), kind, start, end == null ? start : end,
                precision == null ? Precision.DAY : precision, startTime, endTime, timezone, place, people,
                countrySet, topics == null ? Set.of() : Set.copyOf(topics),
                status == null ? DraftStatus.SCHEDULED : status, evidence);
    }

    private static String upper(String iso2) {
        return iso2 == null ? null : iso2.toUpperCase(Locale.ROOT);
    }
}
