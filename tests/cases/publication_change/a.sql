CREATE SCHEMA sales;
CREATE SCHEMA stock;
CREATE TABLE orders (id int PRIMARY KEY, customer text, total numeric, secret text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE products (id int PRIMARY KEY, name text);
CREATE TABLE sales.invoice (id int PRIMARY KEY, amount numeric);
CREATE TABLE stock.level (id int PRIMARY KEY, amount int);

CREATE PUBLICATION app_pub FOR TABLE orders (id, customer) WHERE (total > 100),
    TABLE customers WHERE (name IS NOT NULL), TABLE products
    WITH (publish = 'insert, update, delete, truncate');
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA sales WITH (publish_via_partition_root = false);
COMMENT ON PUBLICATION app_pub IS 'before';
