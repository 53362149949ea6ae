-- Guidance feeds: a guidance-service provider (a plugin's provider, named by plugin id and provider
-- name) bound by an administrator to the partner organisation whose offers it publishes, with the
-- report of its last sync. An unbound provider publishes nothing.
create table guidance_feed (
  id          uuid primary key,
  plugin_id   varchar(63) not null,
  provider    varchar(100) not null,
  partner_id  uuid not null references partner_organisation (id) on delete cascade,
  bound_at    timestamp with time zone not null,
  synced_at   timestamp with time zone,
  state       varchar(16),
  reason      varchar(300),
  added       integer default 0 not null,
  updated     integer default 0 not null,
  withdrawn   integer default 0 not null,
  refused     integer default 0 not null,
  refusals    varchar(2000),
  constraint guidance_feed_once unique (plugin_id, provider),
  constraint guidance_feed_state check (state in ('OK', 'UNAVAILABLE', 'UNVETTED'))
);

-- Which catalogue offer a feed published under the provider's reference, and a fingerprint of its
-- content (an unchanged offer is not rewritten). A catalogue offer deleted otherwise (its partner
-- withdrew it) takes its row along, so the next sync publishes it again.
create table guidance_feed_offer (
  offer_id     uuid primary key references catalogue_offer (id) on delete cascade,
  feed_id      uuid not null references guidance_feed (id) on delete cascade,
  reference    varchar(200) not null,
  fingerprint  varchar(64) not null,
  constraint guidance_feed_offer_once unique (feed_id, reference)
);
