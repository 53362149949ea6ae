-- Every item of a portfolio (experience, training, later credentials) is an entry: evidence files,
-- skills and share grants point at entries, whatever their kind, and go when the entry goes.
create table portfolio_entry (
  id          uuid primary key,
  worker_id   uuid not null references worker (id) on delete cascade,
  kind        varchar(20) not null,
  created_at  timestamp with time zone not null,
  updated_at  timestamp with time zone not null,
  version     bigint not null,
  constraint portfolio_entry_kind check (kind in ('EXPERIENCE', 'TRAINING', 'CREDENTIAL'))
);
create index portfolio_entry_by_worker on portfolio_entry (worker_id);

insert into portfolio_entry (id, worker_id, kind, created_at, updated_at, version)
  select id, worker_id, 'EXPERIENCE', created_at, updated_at, version from experience;

drop index experience_by_worker;
alter table experience drop constraint experience_period;
create table experience_v2 (
  id           uuid primary key references portfolio_entry (id) on delete cascade,
  activity     varchar(20) not null,
  title        varchar(200) not null,
  employer     varchar(200),
  place        varchar(200),
  start_date   date not null,
  end_date     date,
  tasks        varchar(5000),
  description  varchar(5000),
  constraint experience_activity check
    (activity in ('PAID_JOB', 'VOLUNTEERING', 'PERSONAL_PROJECT', 'INTERNSHIP')),
  constraint experience_period check (end_date is null or end_date >= start_date)
);
insert into experience_v2 (id, activity, title, employer, start_date, end_date, description)
  select id, 'PAID_JOB', title, employer, start_date, end_date, description from experience;
drop table experience;
alter table experience_v2 rename to experience;

create table training (
  id            uuid primary key references portfolio_entry (id) on delete cascade,
  title         varchar(200) not null,
  organisation  varchar(200),
  place         varchar(200),
  start_date    date not null,
  end_date      date,
  hours         integer,
  outcome       varchar(200),
  description   varchar(5000),
  constraint training_period check (end_date is null or end_date >= start_date),
  constraint training_hours check (hours is null or (hours > 0 and hours <= 100000))
);

-- A skill keeps the referential's own identifier (ESCO URI, ROME code, Pix id, RNCP bloc code)
-- and the label shown when it was picked, so the entry still reads well if a referential changes.
create table entry_skill (
  entry_id     uuid not null references portfolio_entry (id) on delete cascade,
  referential  varchar(10) not null,
  code         varchar(300) not null,
  label        varchar(1000) not null,
  primary key (entry_id, referential, code),
  constraint entry_skill_referential check (referential in ('ESCO', 'ROME', 'PIX', 'RNCP'))
);
create index entry_skill_by_code on entry_skill (referential, code);
