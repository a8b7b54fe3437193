CREATE TABLE public.ticket (id integer NOT NULL, title text);
CREATE TABLE public.comment (id bigint NOT NULL, body text);
