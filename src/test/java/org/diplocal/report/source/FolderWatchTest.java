package org.diplocal.report.source;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.diplocal.config.DiplocalConfig;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(FolderWatchTest.WatchedTempFolder.class)
class FolderWatchTest {

    /** Watches a fresh temporary folder besides {@code calendars/reports}. */
    public static class WatchedTempFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("diplocal.sources.folder", Files.createTempDirectory("diplocal-watch").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    FolderWatch watch;

    @Inject
    DiplocalConfig config;

    private Path folder() {
        return config.sources().folder().orElseThrow();
    }

    /** Writes a file as if it had been there a while, past the watch's settling time. */
    private Path write(String name, String content) throws IOException {
        Path file = Files.writeString(folder().resolve(name), content);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
        return file;
    }

    private FolderWatch.FileResult resultFor(Path file, List<FolderWatch.FileResult> results) {
        return results.stream().filter(r -> r.file().equals(file.toAbsolutePath().normalize())).findFirst().orElseThrow();
    }

    private static int engagementCount() {
        return given().get("/api/engagements?limit=500").jsonPath().getList("engagements").size();
    }

    @Test
    void reportWrittenIntoTheWatchedFolderIsIngestedAndServed() throws IOException {
        write("braze-quito.txt", "published: 2024-05-06\ntitle: Braze to visit Quito\nsource: https://news.example/braze\n"
                + "Latvian Foreign Minister Baiba Braze will visit Quito next Monday for talks with Ecuadorian "
                + "Foreign Minister Gabriela Sommerfeld on trade, the ministry said on Monday.\n");

        watch.scanAll();

        String uid = given().get("/api/engagements?official=baiba-braze").then().statusCode(200)
                .body("engagements[0].start", org.hamcrest.Matchers.equalTo("2024-05-13"))
                .extract().path("engagements[0].uid");
        given().get("/feeds/all.ics").then().statusCode(200).body(containsString("UID:" + uid));
    }

    @Test
    void fileSeenAgainIsIngestedOnce() throws IOException {
        Path file = write("sommerfeld-riga.txt", "published: 2024-06-03\nEcuadorian Foreign Minister Gabriela Sommerfeld "
                + "will visit Riga next Thursday to meet Latvian Prime Minister Evika Silina, the ministry said.\n");
        assertTrue(resultFor(file, watch.scan(folder())).created());
        int engagements = engagementCount();

        FolderWatch.FileResult unchanged = resultFor(file, watch.scan(folder()));
        assertFalse(unchanged.read(), "an unchanged file is not read again");

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(30)));
        FolderWatch.FileResult touched = resultFor(file, watch.scan(folder()));
        assertTrue(touched.read());
        assertFalse(touched.created(), "the same text is known by its hash");
        assertEquals(engagements, engagementCount());
    }

    @Test
    void fileWithoutDateIsLeftUntilItChanges() throws IOException {
        String text = "Namibian President Netumbo Nandi-Ndaitwah will visit Dakar next week, her office said.\n";
        Path file = write("nandi-dakar.txt", text);
        FolderWatch.FileResult first = resultFor(file, watch.scan(folder()));
        assertNull(first.reportId());
        assertTrue(first.problem().contains("published"), first.problem());

        assertFalse(resultFor(file, watch.scan(folder())).read(), "not retried while unchanged");

        write("nandi-dakar.txt", "published: 2024-07-01\n" + text);
        FolderWatch.FileResult fixed = resultFor(file, watch.scan(folder()));
        assertNotNull(fixed.reportId());
        assertNull(fixed.problem());
    }

    @Test
    void indexJsonGivesTheDateOfAFileWithoutHeaders() throws IOException {
        write("index.json", "{\"reports\": [{\"file\": \"silina-windhoek.txt\", \"published\": \"2024-08-05\", "
                + "\"title\": \"Silina to Windhoek\"}]}");
        Path file = write("silina-windhoek.txt", "Latvian Prime Minister Evika Silina will travel to Windhoek next "
                + "Tuesday for talks with Namibian President Netumbo Nandi-Ndaitwah.\n");
        String id = resultFor(file, watch.scan(folder())).reportId();
        given().get("/api/reports/" + id).then().statusCode(200)
                .body("published", org.hamcrest.Matchers.equalTo("2024-08-05"));
    }

    @Test
    void fileStillBeingWrittenWaitsForTheNextScan() throws IOException {
        Path file = Files.writeString(folder().resolve("rinkevics-lima.txt"), "published: 2024-09-02\nLatvian President "
                + "Edgars Rinkevics will visit Lima next Tuesday to meet Peruvian President Dina Boluarte.\n");

        FolderWatch.FileResult fresh = resultFor(file, watch.scan(folder()));
        assertFalse(fresh.read());
        assertNull(fresh.reportId());

        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(10)));
        assertTrue(resultFor(file, watch.scan(folder())).created());
    }
}
