CREATE SCHEMA sales;
CREATE SCHEMA stock;
CREATE TABLE orders (id int PRIMARY KEY, customer text, total numeric, secret text);
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE products (id int PRIMARY KEY, name text);
CREATE TABLE sales.invoice (id int PRIMARY KEY, amount numeric);
CREATE TABLE stock.level (id int PRIMARY KEY, amount int);

-- Column list widened, row filter changed, one filter removed, one table left, options.
CREATE PUBLICATION app_pub FOR TABLE orders (id, customer, total) WHERE (total > 500),
    TABLE customers
    WITH (publish = 'insert', publish_via_partition_root = true);
-- Another schema joins, and a table.
CREATE PUBLICATION schema_pub FOR TABLES IN SCHEMA sales, stock, TABLE products;
COMMENT ON PUBLICATION app_pub IS 'after';
