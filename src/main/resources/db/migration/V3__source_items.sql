-- Items of polled news feeds already taken in, so a restart does not fetch them again.
-- Portable SQL: runs on H2 and PostgreSQL.
create table source_item (
    item_key    varchar(64)   primary key,   -- SHA-256 (hex) of the feed URL and the item's id
    feed_url    varchar(2000) not null,
    item_id     varchar(2000) not null,      -- guid, Atom id or link
    report_id   varchar(16)   references report(id),
    note        varchar(500),                -- why no report came of it, when none did
    seen_at     timestamp     not null
);

-- Each polled feed's validators from its last full answer, sent back as If-None-Match / If-Modified-Since.
create table source_feed (
    feed_key       varchar(64)   primary key,   -- SHA-256 (hex) of the feed URL
    feed_url       varchar(2000) not null,
    etag           varchar(1000),
    last_modified  varchar(100),
    polled_at      timestamp     not null
);
