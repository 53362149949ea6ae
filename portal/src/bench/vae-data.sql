-- Gives every generated worker (portfolio-data.sql) a VAE dossier for RNCP35830 with 5 blocs of 2
-- competences, each bloc linked to 2 of the worker's entries, a narrative and assessments:
-- 100,000 dossiers, 500,000 blocs, 1,000,000 competences and 1,000,000 links for 100,000 workers.
-- Run by portal/src/bench/vae.sh after portfolio-data.sql.
\set ON_ERROR_STOP on
begin;
create temporary table bench_worker on commit drop as
  select id from worker where subject like 'bench-%';

insert into vae_dossier (id, worker_id, certification, certification_title, status, created_at,
                         updated_at, version)
  select gen_random_uuid(), w.id, 'RNCP35830', 'RNCP35830 – MINISTERE DE LA SANTE', 'ACTIVE',
         now(), now(), 1
  from bench_worker w;

insert into vae_dossier_bloc (id, dossier_id, code, position, label, targeted, narrative)
  select gen_random_uuid(), d.id, 'RNCP35830BC0' || b, b - 1, 'Bloc ' || b || ' du DEAS', true,
         repeat('Situation de travail décrite par la personne. ', 30)
  from vae_dossier d join bench_worker w on w.id = d.worker_id cross join generate_series(1, 5) b;

insert into vae_dossier_competence (bloc_id, position, label, assessment)
  select b.id, c - 1, 'Compétence ' || c, case when c = 1 then 'ACQUIRED' else 'PARTLY' end
  from vae_dossier_bloc b join vae_dossier d on d.id = b.dossier_id
  join bench_worker w on w.id = d.worker_id cross join generate_series(1, 2) c;

insert into vae_dossier_link (bloc_id, kind, target)
  select b.id, 'ENTRY', e.id::text
  from vae_dossier_bloc b join vae_dossier d on d.id = b.dossier_id
  join bench_worker w on w.id = d.worker_id
  join lateral (select p.id from portfolio_entry p where p.worker_id = d.worker_id
                order by p.id offset (b.position * 2) limit 2) e on true;
commit;
analyze;
