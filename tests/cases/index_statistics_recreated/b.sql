-- The index is re-created (its definition changes) and its target set again; a column the
-- index uses changes type (PostgreSQL rebuilds the index, keeping the target).
CREATE TABLE public.doc (id integer PRIMARY KEY, title text, body text);
CREATE INDEX doc_title ON public.doc ((lower(title)));
ALTER INDEX public.doc_title ALTER COLUMN 1 SET STATISTICS 500;
CREATE INDEX doc_body ON public.doc ((md5(body))) WHERE id > 0;
ALTER INDEX public.doc_body ALTER COLUMN 1 SET STATISTICS 50;
