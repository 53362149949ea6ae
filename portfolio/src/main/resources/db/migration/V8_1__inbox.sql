-- Certificates partners push to workers. Nothing enters a portfolio until its worker accepts.

-- A partner names a worker by the address their identity provider verified (kept here only as
-- its SHA-256, on the items addressed to it) or by an alias the worker made and gave them.
create table worker_alias (
  alias       varchar(20) primary key,
  worker_id   uuid not null references worker (id) on delete cascade,
  created_at  timestamp with time zone not null,
  constraint worker_alias_one unique (worker_id)
);

-- A partner's API clients: the subject of a client-credentials token (the provider's service
-- account) bound by an administrator to the organisation it pushes for.
create table partner_api_client (
  subject     varchar(255) primary key,
  partner_id  uuid not null references partner_organisation (id) on delete cascade,
  created_at  timestamp with time zone not null
);

-- One row per push. An item is the worker's once the recipient is known: at once for an alias,
-- when the worker next opens their inbox for an address. An item for nobody, or for a worker who
-- blocked the sender, stays without a worker: the partner's view of it reads like any pending one.
create table inbox_item (
  id               uuid primary key,
  partner_id       uuid not null references partner_organisation (id) on delete cascade,
  idempotency_key  varchar(100) not null,
  recipient        varchar(80) not null,
  worker_id        uuid references worker (id) on delete cascade,
  kind             varchar(12) not null,
  title            varchar(300) not null,
  media_type       varchar(200),
  content          bytea not null,
  status           varchar(10) not null,
  received_at      timestamp with time zone not null,
  decided_at       timestamp with time zone,
  constraint inbox_item_once unique (partner_id, idempotency_key),
  constraint inbox_item_kind check (kind in ('CREDENTIAL', 'ATTESTATION')),
  constraint inbox_item_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED'))
);
create index inbox_item_by_worker on inbox_item (worker_id, received_at desc);
create index inbox_item_unclaimed on inbox_item (recipient, worker_id);
create index inbox_item_by_partner on inbox_item (partner_id, received_at desc);

create table blocked_sender (
  id          uuid primary key,
  worker_id   uuid not null references worker (id) on delete cascade,
  partner_id  uuid not null references partner_organisation (id) on delete cascade,
  blocked_at  timestamp with time zone not null,
  constraint blocked_sender_once unique (worker_id, partner_id)
);
