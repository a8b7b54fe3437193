-- More type changes with no cast but text: arrays of one enum to another, an enum in a
-- non-public schema, text to an enum and an enum to a domain over text.
CREATE SCHEMA app;
CREATE TYPE app.color AS ENUM ('red', 'green');
CREATE TYPE app.hue AS ENUM ('green', 'red', 'blue');
CREATE DOMAIN app.label AS text;
CREATE TABLE app.paint (
    id integer,
    colors app.color[] DEFAULT '{red}',
    name text,
    shade app.color
);
