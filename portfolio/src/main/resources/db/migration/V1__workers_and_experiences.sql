-- Written in the SQL both PostgreSQL and H2 (PostgreSQL mode) accept: one set of migrations.
create table worker (
  id          uuid primary key,
  subject     varchar(255) not null,
  created_at  timestamp with time zone not null,
  constraint worker_subject_unique unique (subject)
);

create table experience (
  id           uuid primary key,
  worker_id    uuid not null references worker (id) on delete cascade,
  title        varchar(200) not null,
  employer     varchar(200),
  start_date   date not null,
  end_date     date,
  description  varchar(5000),
  created_at   timestamp with time zone not null,
  updated_at   timestamp with time zone not null,
  version      bigint not null,
  constraint experience_period check (end_date is null or end_date >= start_date)
);

create index experience_by_worker on experience (worker_id, start_date desc);
