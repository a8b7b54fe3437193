-- Self-referencing tables with serial and bigserial keys, referenced by another table
-- and used by a view, dropped together; one survives and loses only its self reference.
CREATE SCHEMA shop;
CREATE TABLE shop.category (
    id bigserial PRIMARY KEY,
    parent_id bigint REFERENCES shop.category (id) ON DELETE SET NULL
);
CREATE TABLE shop.product (
    id serial PRIMARY KEY,
    category_id bigint REFERENCES shop.category (id),
    replaced_by integer REFERENCES shop.product (id)
);
CREATE VIEW shop.product_names AS SELECT p.id, c.id AS category FROM shop.product p JOIN shop.category c ON c.id = p.category_id;
CREATE TABLE shop.employee (
    id serial PRIMARY KEY,
    manager_id integer REFERENCES shop.employee (id)
);
