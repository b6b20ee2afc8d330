-- Fills an H2 database that Flyway has already migrated with generated engagements for scripts/bench-server.
-- ${N} engagements over two years around today, spread over 50 officials, two countries and two topics;
-- plus one official, bench-feed-500, with exactly 500 upcoming engagements, the feed the nginx comparison uses.
insert into official(slug, name, role, country)
  select 'bench-official-' || x, 'Bench Official ' || x, 'Minister of Foreign Affairs', 'NO' from system_range(1, 50);
insert into official(slug, name, role, country) values ('bench-feed-500', 'Bench Feed Five Hundred', 'President', 'CL');

insert into engagement(uid, title, kind, start_date, end_date, date_precision, status, sequence_no, origin,
                       editor_locked, created_at, last_modified, location_name, location_city, location_country, zone)
  select 'bench-' || x || '@diplocal', 'Bench talks number ' || x || ' on trade and energy cooperation', 'meeting',
         dateadd('DAY', mod(x * 7, 730) - 365, current_date), dateadd('DAY', mod(x * 7, 730) - 365, current_date),
         case when mod(x, 5) = 0 then 'WINDOW' else 'DAY' end, 'SCHEDULED', 0, 'EDITOR', true,
         timestamp '2030-01-01 00:00:00', timestamp '2030-01-01 00:00:00', 'Ministry of Foreign Affairs', 'Oslo', 'NO',
         'Europe/Oslo'
  from system_range(1, ${N});
insert into engagement_participant(engagement_id, official_id, position)
  select e.id, o.id, 0 from engagement e
  join official o on o.slug = 'bench-official-' || (mod(e.id, 50) + 1)
  where e.uid like 'bench-%';
insert into engagement_country(engagement_id, iso2) select id, 'NO' from engagement where uid like 'bench-%';
insert into engagement_country(engagement_id, iso2) select id, 'CL' from engagement where uid like 'bench-%' and mod(id, 2) = 0;
insert into engagement_topic(engagement_id, topic) select id, 'trade' from engagement where uid like 'bench-%';
insert into engagement_topic(engagement_id, topic) select id, 'energy' from engagement where uid like 'bench-%' and mod(id, 3) = 0;

insert into engagement(uid, title, kind, start_date, end_date, date_precision, status, sequence_no, origin,
                       editor_locked, created_at, last_modified, location_name, location_city, location_country, zone)
  select 'feed500-' || x || '@diplocal', 'Visit number ' || x || ' to Santiago for talks on trade', 'visit',
         dateadd('DAY', 1 + mod(x, 300), current_date), dateadd('DAY', 1 + mod(x, 300), current_date),
         'DAY', 'SCHEDULED', 0, 'EDITOR', true, timestamp '2030-01-01 00:00:00', timestamp '2030-01-01 00:00:00',
         'La Moneda Palace', 'Santiago', 'CL', 'America/Santiago'
  from system_range(1, 500);
insert into engagement_participant(engagement_id, official_id, position)
  select e.id, o.id, 0 from engagement e join official o on o.slug = 'bench-feed-500' where e.uid like 'feed500-%';
insert into engagement_country(engagement_id, iso2) select id, 'CL' from engagement where uid like 'feed500-%';
