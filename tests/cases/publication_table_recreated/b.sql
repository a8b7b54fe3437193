-- orders.total changes type under the row filter and column list (PostgreSQL refuses
-- ALTER COLUMN TYPE there: the table leaves the publication and joins again); events is
-- re-created as a partitioned table (it leaves both publications with its DROP and joins
-- them again after its CREATE); archive is dropped (and leaves with its DROP).
CREATE TABLE orders (id int PRIMARY KEY, status text, total bigint);
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE PUBLICATION app_pub FOR TABLE orders (id, status, total) WHERE (total > 0),
    TABLE events;
CREATE PUBLICATION other_pub FOR TABLE events;
