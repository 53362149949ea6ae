-- Advisers known to Parcours: recorded at their first sign-in, so a worker can name one.
create table adviser (
  id            uuid primary key,
  subject       varchar(255) not null,
  email         varchar(320),
  display_name  varchar(200) not null,
  created_at    timestamp with time zone not null,
  constraint adviser_subject_unique unique (subject)
);
create index adviser_by_email on adviser (email);

-- A worker's act of sharing: who (an adviser, or whoever holds a secret link), what (entries, or
-- entries with chosen skills), why, and when. The link's secret is stored only as its SHA-256.
create table share_grant (
  id              uuid primary key,
  worker_id       uuid not null references worker (id) on delete cascade,
  grantee_kind    varchar(10) not null,
  adviser_id      uuid references adviser (id) on delete cascade,
  link_hash       varchar(64),
  selection_kind  varchar(10) not null,
  purpose         varchar(500) not null,
  starts_at       timestamp with time zone not null,
  ends_at         timestamp with time zone not null,
  revoked_at      timestamp with time zone,
  created_at      timestamp with time zone not null,
  constraint share_grant_grantee check (
    (grantee_kind = 'ADVISER' and adviser_id is not null and link_hash is null)
    or (grantee_kind = 'LINK' and link_hash is not null and adviser_id is null)),
  constraint share_grant_selection check (selection_kind in ('ENTRIES', 'SKILLS')),
  constraint share_grant_period check (ends_at > starts_at),
  constraint share_grant_link_unique unique (link_hash)
);
create index share_grant_by_worker on share_grant (worker_id);
create index share_grant_by_adviser on share_grant (adviser_id);

create table share_grant_entry (
  grant_id  uuid not null references share_grant (id) on delete cascade,
  entry_id  uuid not null references portfolio_entry (id) on delete cascade,
  primary key (grant_id, entry_id)
);

create table share_grant_skill (
  grant_id     uuid not null references share_grant (id) on delete cascade,
  referential  varchar(10) not null,
  code         varchar(300) not null,
  primary key (grant_id, referential, code)
);

-- Every read of a portfolio by someone other than its worker.
create table access_log (
  id         uuid primary key,
  worker_id  uuid not null references worker (id) on delete cascade,
  grant_id   uuid not null references share_grant (id) on delete cascade,
  reader     varchar(200) not null,
  entries    varchar(4000) not null,
  read_at    timestamp with time zone not null
);
create index access_log_by_worker on access_log (worker_id, read_at desc);

-- Append-only, hash-chained: one chain per worker, so an erasure removes a whole chain and leaves
-- every other chain verifiable. hash = SHA-256(prev_hash | seq | at | type | details).
create table audit_event (
  worker_id  uuid not null references worker (id) on delete cascade,
  seq        bigint not null,
  at         timestamp with time zone not null,
  type       varchar(20) not null,
  details    varchar(4000) not null,
  prev_hash  varchar(64) not null,
  hash       varchar(64) not null,
  primary key (worker_id, seq)
);
