-- The row each worker's evidence files are locked by while one is added, deleted or swept, so that
-- the quota is counted and blobs are moved in or out one transaction at a time. Not the worker row,
-- for the reason given in V4_2 (a key-share lock upgraded to "for update" deadlocks on PostgreSQL).
create table evidence_lock (
  worker_id  uuid primary key references worker (id) on delete cascade
);
