CREATE TABLE orders (id int PRIMARY KEY, customer text);
CREATE TABLE shipments (id int PRIMARY KEY);
CREATE PUBLICATION app_pub FOR TABLE orders (id, customer);
