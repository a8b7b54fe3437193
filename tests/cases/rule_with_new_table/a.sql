CREATE TABLE customer (id int PRIMARY KEY, name text);
