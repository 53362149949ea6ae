-- VAE dossiers: one per target RNCP certification and worker, bloc by bloc. The certification's
-- blocs and competences are copied from the RNCP referential at creation, so a dossier reads the
-- same after the referential moves on.
create table vae_dossier (
  id                    uuid primary key,
  worker_id             uuid not null references worker (id) on delete cascade,
  certification         varchar(16) not null,
  certification_title   varchar(600) not null,
  status                varchar(10) not null,
  created_at            timestamp with time zone not null,
  updated_at            timestamp with time zone not null,
  version               bigint not null,
  constraint vae_dossier_status check (status in ('ACTIVE', 'ARCHIVED'))
);
create index vae_dossier_by_worker on vae_dossier (worker_id, updated_at desc);

create table vae_dossier_bloc (
  id           uuid primary key,
  dossier_id   uuid not null references vae_dossier (id) on delete cascade,
  code         varchar(24) not null,
  position     integer not null,
  label        varchar(2000) not null,
  targeted     boolean not null,
  narrative    varchar(10000),
  constraint vae_bloc_unique unique (dossier_id, code)
);

-- The bloc's competences, in the referential's order, each with the worker's self-assessment.
create table vae_dossier_competence (
  bloc_id      uuid not null references vae_dossier_bloc (id) on delete cascade,
  position     integer not null,
  label        varchar(2000) not null,
  assessment   varchar(8),
  primary key (bloc_id, position),
  constraint vae_competence_assessment check (assessment in ('ACQUIRED', 'PARTLY', 'NOT_YET'))
);

-- What supports a bloc: an entry (experience, training), an evidence file, a credential or a
-- skill of the worker's portfolio. Ownership is checked when the link is made; a link whose
-- target is deleted later stops counting (the coverage reads only what still exists).
create table vae_dossier_link (
  bloc_id      uuid not null references vae_dossier_bloc (id) on delete cascade,
  kind         varchar(10) not null,
  target       varchar(320) not null,
  primary key (bloc_id, kind, target),
  constraint vae_link_kind check (kind in ('ENTRY', 'FILE', 'CREDENTIAL', 'SKILL'))
);
