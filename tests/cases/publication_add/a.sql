DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE SCHEMA sales;
CREATE TABLE orders (id int PRIMARY KEY, customer text, total numeric, secret text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE sales.invoice (id int PRIMARY KEY, amount numeric);
CREATE TABLE measurement (id int, taken date NOT NULL, value int) PARTITION BY RANGE (taken);
CREATE TABLE measurement_2024 PARTITION OF measurement
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
