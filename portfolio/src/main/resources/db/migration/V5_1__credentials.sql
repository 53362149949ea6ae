-- Credentials brought in by connectors: the normalized record, the verification report (one row
-- per check) and, apart, the original exactly as the worker gave it.
create table credential (
  id              uuid primary key,
  worker_id       uuid not null references worker (id) on delete cascade,
  connector       varchar(130) not null,
  format          varchar(100) not null,
  title           varchar(500) not null,
  description     varchar(4000),
  issuer_name     varchar(500) not null,
  issuer_id       varchar(2000),
  issuer_url      varchar(2000),
  issued_on       timestamp with time zone,
  valid_from      timestamp with time zone,
  valid_until     timestamp with time zone,
  subject         varchar(2000),
  verdict         varchar(16) not null,
  verified_at     timestamp with time zone not null,
  imported_at     timestamp with time zone not null,
  original_sha256 varchar(64) not null,
  constraint credential_once unique (worker_id, original_sha256)
);
create index credential_by_worker on credential (worker_id, imported_at);
create index credential_by_verification on credential (verified_at);

create table credential_original (
  credential_id uuid primary key references credential (id) on delete cascade,
  media_type    varchar(200),
  bytes         bytea not null
);

create table credential_check (
  credential_id uuid not null references credential (id) on delete cascade,
  position      integer not null,
  aspect        varchar(16) not null,
  outcome       varchar(16) not null,
  code          varchar(100) not null,
  detail        varchar(1000) not null,
  primary key (credential_id, position)
);

create table credential_skill (
  credential_id uuid not null references credential (id) on delete cascade,
  position      integer not null,
  name          varchar(500) not null,
  framework     varchar(100),
  code          varchar(200),
  skill_level   varchar(100),
  primary key (credential_id, position)
);
