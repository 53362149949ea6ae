-- Evidence files: the bytes live outside the database, encrypted with the worker's key and named
-- by the SHA-256 of their content; these rows say which entry each belongs to and what it is.
create table evidence_file (
  id           uuid primary key,
  entry_id     uuid not null references portfolio_entry (id) on delete cascade,
  worker_id    uuid not null references worker (id) on delete cascade,
  sha256       varchar(64) not null,
  size_bytes   bigint not null,
  media_type   varchar(200) not null,
  name         varchar(255) not null,
  uploaded_at  timestamp with time zone not null,
  constraint evidence_file_size check (size_bytes > 0)
);
create index evidence_file_by_entry on evidence_file (entry_id);
create index evidence_file_by_worker on evidence_file (worker_id, sha256);

-- Each worker's data key, wrapped by the instance's master key. Erasing the worker deletes this
-- row: whatever copy of the encrypted files survives anywhere can no longer be read.
create table worker_key (
  worker_id    uuid primary key references worker (id) on delete cascade,
  wrapped_key  varchar(200) not null,
  created_at   timestamp with time zone not null
);
