package org.diplocal.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A report as sent to {@code POST /api/reports}. */
public record ReportInput(
        @NotBlank(message = "must hold the report's text") String text,
        LocalDate published,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be the report's http(s) URL") String source,
        @Size(max = 500) String title) {
}
