-- Fills a Parcours PostgreSQL database (schema already migrated) with :workers generated workers,
-- each with 20 experiences, 10 trainings, 2 skills per entry, 20 evidence file rows (metadata
-- only), 3 link grants and 100 audit events. Run by portal/src/bench/portfolio.sh:
--   psql -v workers=100000 -f portal/src/bench/portfolio-data.sql parcours_bench
-- Audit events are filler rows (their hashes do not chain): bin/audit-verify fails on this data.
\set ON_ERROR_STOP on
begin;
insert into worker (id, subject, created_at)
  select gen_random_uuid(), 'bench-' || g, now() from generate_series(1, :workers) g;

create temporary table bench_worker on commit drop as
  select id, row_number() over () as n from worker where subject like 'bench-%';

insert into portfolio_entry (id, worker_id, kind, created_at, updated_at, version)
  select gen_random_uuid(), w.id, case when e <= 20 then 'EXPERIENCE' else 'TRAINING' end,
         now() - (e || ' days')::interval, now() - (e || ' days')::interval, 1
  from bench_worker w cross join generate_series(1, 30) e;

insert into experience (id, activity, title, employer, place, start_date, end_date, tasks, description)
  select p.id, 'PAID_JOB', 'Agent de production ' || left(p.id::text, 8), 'Entreprise ' || left(p.id::text, 4),
         'Lyon', date '2015-01-01' + (abs(hashtext(p.id::text)) % 3000),
         null, 'Réglage des machines' || chr(10) || 'Contrôle qualité',
         'Travail en équipe postée sur une ligne de conditionnement.'
  from portfolio_entry p join bench_worker w on w.id = p.worker_id where p.kind = 'EXPERIENCE';

insert into training (id, title, organisation, place, start_date, end_date, hours, outcome, description)
  select p.id, 'Formation sécurité ' || left(p.id::text, 8), 'AFPA', 'Villeurbanne',
         date '2016-01-01' + (abs(hashtext(p.id::text)) % 3000), null, 35, 'Attestation', null
  from portfolio_entry p join bench_worker w on w.id = p.worker_id where p.kind = 'TRAINING';

insert into entry_skill (entry_id, referential, code, label)
  select p.id, 'ROME', (100000 + s)::text, 'Compétence de référence ' || s
  from portfolio_entry p join bench_worker w on w.id = p.worker_id cross join generate_series(1, 2) s;

insert into evidence_file (id, entry_id, worker_id, sha256, size_bytes, media_type, name, uploaded_at)
  select gen_random_uuid(), p.id, p.worker_id, encode(sha256(convert_to(p.id::text || f, 'UTF8')), 'hex'),
         150000, 'application/pdf', 'bulletin-' || f || '.pdf', now()
  from portfolio_entry p join bench_worker w on w.id = p.worker_id
  cross join generate_series(1, 2) f
  where p.kind = 'EXPERIENCE' and p.created_at > now() - interval '11 days';

insert into share_grant (id, worker_id, grantee_kind, adviser_id, link_hash, selection_kind, purpose,
                         starts_at, ends_at, revoked_at, created_at)
  select gen_random_uuid(), w.id, 'LINK', null, encode(sha256(convert_to(w.id::text || g, 'UTF8')), 'hex'),
         'ENTRIES', 'Candidature ' || g, now() - interval '1 day', now() + interval '29 days', null, now()
  from bench_worker w cross join generate_series(1, 3) g;

insert into audit_event (worker_id, seq, at, type, details, prev_hash, hash)
  select w.id, s, now() - ((100 - s) || ' hours')::interval, 'READ', '{"bench":true}',
         repeat('0', 64), repeat('0', 64)
  from bench_worker w cross join generate_series(1, 100) s;
commit;
analyze;
