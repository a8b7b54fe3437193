CREATE TABLE person (id int PRIMARY KEY, name text);
CREATE VIEW person_v AS SELECT id, name FROM person;
