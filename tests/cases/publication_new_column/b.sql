-- The column list and the row filter use columns the same migration adds: the table
-- joins the publication again after them (and leaves before they are dropped, in B -> A).
CREATE TABLE orders (id int PRIMARY KEY, customer text, region text, priority int);
CREATE TABLE shipments (id int PRIMARY KEY, carrier text);
CREATE PUBLICATION app_pub FOR TABLE orders (id, customer, region) WHERE (priority > 1),
    TABLE shipments (id, carrier) WHERE (carrier IS NOT NULL);
