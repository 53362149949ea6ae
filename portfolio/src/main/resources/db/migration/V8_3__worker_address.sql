-- A push names its recipient by an address or alias that must lead to a worker at once: a push
-- for nobody, or for a worker who blocked the sender, is refused and nothing of it is kept. So the
-- address the identity provider verified is remembered, as its SHA-256, from the worker's sign-in.
create table worker_address (
  address_key  varchar(80) primary key,
  worker_id    uuid not null references worker (id) on delete cascade,
  seen_at      timestamp with time zone not null
);
create index worker_address_by_worker on worker_address (worker_id);

-- Items held for nobody under the earlier rule are dropped: their partner was told "pending", and
-- no worker ever saw them.
delete from inbox_item where worker_id is null;
drop index inbox_item_unclaimed;
alter table inbox_item alter column worker_id set not null;
