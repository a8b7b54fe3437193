-- a and b describe the same schema written differently (order of statements, inline vs ALTER
-- constraints, type aliases, redundant parentheses, quoting). The engine must find no difference.
CREATE FUNCTION "public"."add"("a" integer, "b" integer) RETURNS integer LANGUAGE 'sql' VOLATILE CALLED ON NULL INPUT AS $body$select a + b$body$;
CREATE SEQUENCE public.book_id_seq AS bigint;
CREATE TABLE public.book (
    id bigint NOT NULL DEFAULT nextval('book_id_seq'),
    author_id integer,
    title text,
    price numeric(10,2) DEFAULT 0.00,
    published timestamp with time zone
);
ALTER SEQUENCE public.book_id_seq OWNED BY public.book.id;
CREATE TABLE public.author (id integer NOT NULL, name character varying NOT NULL);
ALTER TABLE public.author ADD CONSTRAINT author_pkey PRIMARY KEY (id);
ALTER TABLE public.author ADD CONSTRAINT author_name_check CHECK ((length((name)::text) > 0));
ALTER TABLE ONLY public.book ADD CONSTRAINT book_pkey PRIMARY KEY (id);
ALTER TABLE public.book ADD CONSTRAINT book_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.author(id);
CREATE INDEX book_author_id_idx ON public.book USING btree (author_id);
CREATE VIEW public.cheap AS SELECT book.id, book.author_id, book.title, book.price, book.published FROM public.book WHERE (book.price < (10)::numeric);
