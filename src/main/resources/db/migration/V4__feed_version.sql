-- One row that every committed change of what feeds show moves forward, in the changing transaction.
-- Each server instance polls it (diplocal.feeds.sync-interval) and forgets its rendered feeds when it
-- moved, so instances on one database serve the same feeds within that bound.
create table feed_version (
    id       integer primary key,
    version  bigint  not null
);
insert into feed_version (id, version) values (1, 0);
