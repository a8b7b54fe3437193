CREATE TABLE orders (id int PRIMARY KEY, total numeric);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE PUBLICATION replicate_all FOR ALL TABLES WITH (publish = 'insert, update');
CREATE PUBLICATION orders_only FOR TABLE orders (id, total) WHERE (total > 0);
COMMENT ON PUBLICATION replicate_all IS 'all of it';
