CREATE TYPE public.size AS ENUM ('s', 'm', 'l');
CREATE FUNCTION public.size_rank(sz public.size) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT AS 'SELECT array_position(enum_range(NULL::public.size), sz)';
CREATE CAST (public.size AS integer) WITH FUNCTION public.size_rank(public.size) AS ASSIGNMENT;
CREATE TABLE public.shirt (
    id integer PRIMARY KEY,
    size public.size NOT NULL,
    size_rank integer DEFAULT 'm'::public.size::integer
);
CREATE VIEW public.shirt_rank AS SELECT id, size::integer AS rank FROM public.shirt;
