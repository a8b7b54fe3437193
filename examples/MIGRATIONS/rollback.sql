-- Rollback of pending.sql: what a deploy runs to undo it (checked by schemadiff_rollback_restores).
DROP TABLE public.review;
ALTER TABLE public.book DROP CONSTRAINT book_isbn_key;
ALTER TABLE public.book DROP COLUMN isbn;
