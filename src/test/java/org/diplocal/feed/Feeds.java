package org.diplocal.feed;

import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Test helpers: fetch a feed as a client does and parse it back with iCal4j. */
final class Feeds {

    private Feeds() {
    }

    static byte[] fetch(String path) {
        Response response = identity().when().get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + response.asString());
        }
        return response.asByteArray();
    }

    /** A request that asks for the feed uncompressed, as RestAssured otherwise asks for gzip and unzips quietly. */
    static io.restassured.specification.RequestSpecification identity() {
        return given().config(io.restassured.RestAssured.config().decoderConfig(
                io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders()));
    }

    static Calendar parse(byte[] bytes) {
        try {
            return new CalendarBuilder().build(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserException e) {
            throw new AssertionError("iCal4j cannot parse the feed: " + e.getMessage(), e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT");
    }

    static String text(VEvent event, String property) {
        return event.getProperty(property).map(p -> p.getValue()).orElse(null);
    }
}
