package org.diplocal.web;

import org.diplocal.feed.FeedLinks;

/**
 * A feed as the pages list it: an official, a country, a topic, or everything.
 *
 * @param code   the slug or lower-case ISO code in the feed's path
 * @param id     unique on a page, for element ids ("official-pete-hegseth")
 * @param title  the calendar's name in calendar clients ("diplocal — Diana Mondino")
 * @param detail a role, demonym or description, or null
 */
public record FeedEntry(String id, String code, String name, String title, String detail, long count, String href,
                        FeedLinks.Links links, String search) {
}
