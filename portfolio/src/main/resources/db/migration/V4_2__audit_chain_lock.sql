-- The row each worker's audit chain is locked by while an event is appended. Not the worker row:
-- every insert that references a worker takes a key-share lock on it, and upgrading such a lock
-- to "for update" deadlocks two concurrent readers on PostgreSQL.
create table audit_chain (
  worker_id  uuid primary key references worker (id) on delete cascade
);
