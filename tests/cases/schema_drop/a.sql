CREATE SCHEMA archive;
CREATE SCHEMA scratch;
CREATE TABLE archive.old_orders (id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);
