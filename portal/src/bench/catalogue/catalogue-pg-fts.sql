-- Bench only, not a migration: PostgreSQL full-text search over the catalogue's own rows, for the
-- side-by-side figures of docs/benchmarks.md ("Catalogue (issue 5)"). French configuration, GIN
-- index on the same expression the queries of CatalogueSideBySide.java use.
--   psql -h 127.0.0.1 -U postgres -f portal/src/bench/catalogue/catalogue-pg-fts.sql parcours_bench
-- Drop it afterwards with: drop index if exists catalogue_offer_fts_bench;
\timing on
drop index if exists catalogue_offer_fts_bench;
create index catalogue_offer_fts_bench on catalogue_offer
  using gin (to_tsvector('french', title || ' ' || description));
analyze catalogue_offer;
select pg_size_pretty(pg_relation_size('catalogue_offer_fts_bench')) as gin_index_size,
       pg_size_pretty(pg_total_relation_size('catalogue_offer')) as table_with_indexes,
       (select count(*) from catalogue_offer) as offers;
