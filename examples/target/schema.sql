-- The schema the application wants: what pending.sql must produce from production.
CREATE TABLE public.author (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE public.book (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title text NOT NULL,
    author_id bigint REFERENCES public.author (id),
    published date,
    isbn text,
    CONSTRAINT book_isbn_key UNIQUE (isbn)
);
CREATE INDEX book_author_idx ON public.book (author_id);
CREATE VIEW public.book_list AS
    SELECT b.id, b.title, a.name AS author FROM public.book b LEFT JOIN public.author a ON a.id = b.author_id;
COMMENT ON TABLE public.book IS 'Books in the catalogue';
CREATE TABLE public.review (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    book_id bigint NOT NULL REFERENCES public.book (id) ON DELETE CASCADE,
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body text
);
CREATE INDEX review_book_idx ON public.review (book_id);
