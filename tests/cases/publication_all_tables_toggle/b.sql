CREATE TABLE orders (id int PRIMARY KEY, total numeric);
CREATE TABLE customers (id int PRIMARY KEY, name text);
-- FOR ALL TABLES cannot be switched in place: both are dropped and re-created.
CREATE PUBLICATION replicate_all FOR TABLE orders, customers WITH (publish = 'insert, update');
CREATE PUBLICATION orders_only FOR ALL TABLES;
COMMENT ON PUBLICATION replicate_all IS 'all of it';
