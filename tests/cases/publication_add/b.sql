DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA sales;
CREATE TABLE orders (id int PRIMARY KEY, customer text, total numeric, secret text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE sales.invoice (id int PRIMARY KEY, amount numeric);
CREATE TABLE measurement (id int, taken date NOT NULL, value int) PARTITION BY RANGE (taken);
CREATE TABLE measurement_2024 PARTITION OF measurement
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE PUBLICATION everything FOR ALL TABLES WITH (publish = 'insert, update');
-- A column list and a row filter, and a plain table.
CREATE PUBLICATION orders_pub FOR TABLE orders (id, customer, total) WHERE (total > 100),
    TABLE customers;
CREATE PUBLICATION sales_pub FOR TABLES IN SCHEMA sales WITH (publish = 'insert');
CREATE PUBLICATION measurement_pub FOR TABLE measurement
    WITH (publish_via_partition_root = true, publish = 'insert, update, delete');
CREATE PUBLICATION empty_pub;
COMMENT ON PUBLICATION orders_pub IS 'orders for the warehouse';
ALTER PUBLICATION sales_pub OWNER TO schemadiff_owner;
