CREATE SCHEMA shop;
CREATE TABLE shop.employee (
    id serial PRIMARY KEY,
    manager_id integer
);
