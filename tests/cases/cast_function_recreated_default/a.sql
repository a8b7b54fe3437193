-- The function of a cast is re-created (its argument name changes): the cast is dropped and
-- re-created around it, and the column default and the view that apply the cast (they
-- record its function) let go of it and take it back.
CREATE TYPE public.size AS ENUM ('s', 'm', 'l');
CREATE FUNCTION public.size_rank(s public.size) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT array_position(enum_range(NULL::public.size), s)';
CREATE CAST (public.size AS integer) WITH FUNCTION public.size_rank(public.size) AS ASSIGNMENT;
CREATE TABLE public.shirt (
    id integer PRIMARY KEY,
    size public.size NOT NULL,
    size_rank integer DEFAULT 'm'::public.size::integer
);
CREATE VIEW public.shirt_rank AS SELECT id, size::integer AS rank FROM public.shirt;
