package org.diplocal.feed;

import jakarta.enterprise.context.ApplicationScoped;
import org.diplocal.config.DiplocalConfig;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The links that subscribe a calendar client to a feed, in the forms each client expects
 * (CONTRACT.md, "Subscribe links"), all built from the public base URL.
 */
@ApplicationScoped
public class FeedLinks {

    static final String GOOGLE_ADD = "https://calendar.google.com/calendar/r?cid=";
    static final String GOOGLE_ADD_BY_URL = "https://calendar.google.com/calendar/r/settings/addbyurl";
    static final String OUTLOOK_COM = "https://outlook.live.com/calendar/0/addfromweb";
    static final String OUTLOOK_365 = "https://outlook.office.com/calendar/0/addfromweb";

    private final String base;

    FeedLinks(DiplocalConfig config) {
        String url = config.publicUrl().strip();
        this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * @param https        the feed over http(s), for copying and for Outlook on the web
     * @param webcal       the same with the webcal scheme, which Apple Calendar, Thunderbird and Outlook desktop open
     * @param google       Google Calendar's add link (it takes the webcal form)
     * @param googleAddByUrl Google's "From URL" settings page, for pasting {@code https} when the add link is refused
     * @param outlook      Outlook.com's add-from-web link
     * @param office365    Outlook on Microsoft 365's add-from-web link
     */
    public record Links(String https, String webcal, String google, String googleAddByUrl, String outlook,
                        String office365) {
    }

    public String baseUrl() {
        return base;
    }

    public Links of(FeedDefinition feed) {
        return of(feed.key(), feed.name());
    }

    public Links of(FeedKey key, String calendarName) {
        String https = base + "/feeds/" + key.path();
        String webcal = "webcal://" + https.substring(https.indexOf("://") + 3);
        String outlookQuery = "?url=" + encode(https) + "&name=" + encode(calendarName);
        return new Links(https, webcal, GOOGLE_ADD + encode(webcal), GOOGLE_ADD_BY_URL,
                OUTLOOK_COM + outlookQuery, OUTLOOK_365 + outlookQuery);
    }

    /** The public page of one engagement. */
    public String engagementPage(String uid) {
        return base + "/engagements/" + URLEncoder.encode(uid, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
