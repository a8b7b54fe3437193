CREATE TABLE orders (id int PRIMARY KEY, status text, total integer);
CREATE TABLE events (id int, at date NOT NULL);
CREATE TABLE archive (id int PRIMARY KEY);
CREATE PUBLICATION app_pub FOR TABLE orders (id, status, total) WHERE (total > 0),
    TABLE events, TABLE archive;
CREATE PUBLICATION other_pub FOR TABLE events;
