CREATE TABLE public.author (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE public.book (
    id integer PRIMARY KEY,
    author_id integer CONSTRAINT book_author_fkey REFERENCES public.author (id),
    author_code text CONSTRAINT book_author_code_fkey REFERENCES public.author (code) ON UPDATE CASCADE ON DELETE RESTRICT
);
