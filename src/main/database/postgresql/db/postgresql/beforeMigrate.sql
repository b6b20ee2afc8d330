-- Flyway runs this before every migration on PostgreSQL. The migrations in db/migration are shared with
-- H2 and name their large text columns CLOB, which PostgreSQL lacks; a domain over text gives it one,
-- so the same V1, V2 ... run unchanged (and keep their checksums) on both databases.
do $$
begin
    if not exists (select 1 from pg_type t join pg_namespace n on n.oid = t.typnamespace
                   where t.typname = 'clob' and n.nspname = current_schema()) then
        create domain clob as text;
    end if;
end
$$;
