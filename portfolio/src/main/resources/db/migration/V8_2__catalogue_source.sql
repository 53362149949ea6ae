-- This database's identity for the catalogue index: the index records which database it was built
-- from, and is rebuilt when opened against another one (a restored backup, a test suite switching
-- databases). One row, written by the portal at first start.
create table catalogue_source (
  id  varchar(36) primary key
);
