-- What remains of an erased account: that an erasure happened, and when. Nothing that names or
-- identifies the person (no worker id, no subject), so the record itself is not personal data.
create table erasure_record (
  id         uuid primary key,
  erased_at  timestamp with time zone not null
);
