-- Identity needs NOT NULL: a nullable column is made NOT NULL first (and back when the
-- identity goes in the other direction only if the target is nullable).
CREATE TABLE public.ticket (id integer, title text);
CREATE TABLE public.comment (id bigint, body text);
CREATE TABLE public.note (id integer NOT NULL, body text);
