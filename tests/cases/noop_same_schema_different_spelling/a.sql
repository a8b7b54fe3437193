-- a and b describe the same schema written differently (order of statements, inline vs ALTER
-- constraints, type aliases, redundant parentheses, quoting). The engine must find no difference.
CREATE TABLE public.author (id int4 PRIMARY KEY, name varchar NOT NULL CHECK (length(name) > 0));
CREATE TABLE public.book (
    id serial8 PRIMARY KEY,
    author_id integer REFERENCES author,
    title text,
    price decimal(10, 2) DEFAULT 0.00,
    published timestamptz
);
CREATE INDEX ON public.book (author_id);
CREATE VIEW public.cheap AS SELECT * FROM public.book WHERE price < 10;
CREATE FUNCTION public.add(a int, b int) RETURNS int AS 'select a + b' LANGUAGE sql;
