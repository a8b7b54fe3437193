CREATE TABLE public.author (id integer PRIMARY KEY);
CREATE TABLE public.book (
    id integer PRIMARY KEY,
    author_id integer CONSTRAINT book_author_fkey REFERENCES public.author (id),
    editor_id integer CONSTRAINT book_editor_fkey REFERENCES public.author (id) ON DELETE SET NULL
);
