CREATE TABLE public.author (id integer PRIMARY KEY);
CREATE TABLE public.book (id integer PRIMARY KEY, author_id integer, pages integer);
ALTER TABLE public.book ADD CONSTRAINT book_author_fkey FOREIGN KEY (author_id) REFERENCES public.author (id) NOT VALID;
ALTER TABLE public.book ADD CONSTRAINT book_pages_check CHECK (pages > 0) NOT VALID;
