-- A new table joins an existing publication and a new one; a new schema joins too.
CREATE SCHEMA archive;
CREATE SCHEMA reporting;
CREATE TABLE orders (id int PRIMARY KEY);
CREATE TABLE refunds (id int PRIMARY KEY, order_id int REFERENCES orders, amount numeric);
CREATE TABLE reporting.summary (day date PRIMARY KEY, total numeric);
CREATE PUBLICATION app_pub FOR TABLE orders, TABLE refunds (id, amount) WHERE (amount > 0);
CREATE PUBLICATION reporting_pub FOR TABLES IN SCHEMA reporting, archive, TABLE refunds;
