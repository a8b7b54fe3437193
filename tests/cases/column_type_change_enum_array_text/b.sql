CREATE SCHEMA app;
CREATE TYPE app.color AS ENUM ('red', 'green');
CREATE TYPE app.hue AS ENUM ('green', 'red', 'blue');
CREATE DOMAIN app.label AS text;
CREATE TABLE app.paint (
    id integer,
    colors app.hue[] DEFAULT '{red}',
    name app.hue,
    shade app.label
);
