-- Advisers belong to an organisation (a CEP operator, a France Travail agency, a training body).
-- Membership is by the e-mail address the identity provider vouches for, so an administrator can
-- enrol an adviser before their first sign-in.
create table adviser_organisation (
  id          uuid primary key,
  name        varchar(200) not null,
  kind        varchar(20) not null,
  created_at  timestamp with time zone not null,
  constraint adviser_organisation_name unique (name),
  constraint adviser_organisation_kind check (kind in ('CEP', 'FRANCE_TRAVAIL', 'TRAINING_BODY',
    'MISSION_LOCALE', 'OTHER'))
);

create table adviser_membership (
  email            varchar(320) primary key,
  organisation_id  uuid not null references adviser_organisation (id) on delete cascade
);

-- A grant made in person names the organisation the worker saw, and may cover the whole
-- portfolio or one dossier (co-editable only if the worker said so).
alter table share_grant add column organisation_id uuid references adviser_organisation (id)
  on delete cascade;
alter table share_grant add column dossier_id uuid references vae_dossier (id) on delete cascade;
alter table share_grant add column co_edit boolean default false not null;
-- The name the worker let the adviser see, as their identity provider gives it; Parcours keeps no
-- worker names otherwise.
alter table share_grant add column client_name varchar(200);
alter table share_grant drop constraint share_grant_selection;
alter table share_grant add constraint share_grant_selection
  check (selection_kind in ('ENTRIES', 'SKILLS', 'WHOLE', 'DOSSIER'));
alter table share_grant add constraint share_grant_dossier
  check ((selection_kind = 'DOSSIER') = (dossier_id is not null));

-- The one-time code an adviser shows; only its SHA-256 is kept. Used once, for a few minutes.
create table consent_request (
  id               uuid primary key,
  adviser_id       uuid not null references adviser (id) on delete cascade,
  organisation_id  uuid not null references adviser_organisation (id) on delete cascade,
  code_hash        varchar(64) not null,
  created_at       timestamp with time zone not null,
  expires_at       timestamp with time zone not null,
  grant_id         uuid references share_grant (id) on delete set null,
  confirmed_at     timestamp with time zone,
  constraint consent_request_code unique (code_hash)
);
create index consent_request_by_adviser on consent_request (adviser_id, created_at desc);

-- Wrong codes a worker typed, to slow down guessing.
create table consent_attempt (
  id         uuid primary key,
  worker_id  uuid not null references worker (id) on delete cascade,
  at         timestamp with time zone not null
);
create index consent_attempt_by_worker on consent_attempt (worker_id, at);

-- Notes and recommendations an adviser leaves in a worker's portfolio under a consent. They stay
-- with the worker after the consent ends (grants are revoked, never deleted); the names are kept
-- as they were when written.
create table adviser_note (
  id                 uuid primary key,
  worker_id          uuid not null references worker (id) on delete cascade,
  grant_id           uuid not null references share_grant (id) on delete cascade,
  adviser_name       varchar(200) not null,
  organisation_name  varchar(200) not null,
  body               varchar(4000) not null,
  offer_id           varchar(36),
  offer_title        varchar(300),
  created_at         timestamp with time zone not null
);
create index adviser_note_by_worker on adviser_note (worker_id, created_at desc);
