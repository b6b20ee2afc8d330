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
