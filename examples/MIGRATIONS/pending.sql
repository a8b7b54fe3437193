-- Pending migration: ISBNs for books, and reviews.
ALTER TABLE public.book ADD COLUMN isbn text;
ALTER TABLE public.book ADD CONSTRAINT book_isbn_key UNIQUE (isbn);

CREATE TABLE public.review (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    book_id bigint NOT NULL REFERENCES public.book (id) ON DELETE CASCADE,
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body text
);
CREATE INDEX review_book_idx ON public.review (book_id);
