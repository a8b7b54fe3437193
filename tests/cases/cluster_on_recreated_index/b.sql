-- The clustered index is re-created (its definition changes) and a clustered column's
-- type changes (which rebuilds the index and keeps the mark); a dropped clustered index.
CREATE TABLE public.post (id integer PRIMARY KEY, author integer, at date);
CREATE INDEX post_author ON public.post (author, at);
ALTER TABLE public.post CLUSTER ON post_author;
CREATE TABLE public.tag (id integer, name varchar(100));
CREATE INDEX tag_name ON public.tag (name);
ALTER TABLE public.tag CLUSTER ON tag_name;
CREATE TABLE public.gone (id integer);
