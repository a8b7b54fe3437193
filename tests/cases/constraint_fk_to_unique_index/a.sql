-- The foreign key references a unique index, not a constraint. In b that index changes (INCLUDE column),
-- so the foreign key must be dropped before and re-added after it.
CREATE TABLE public.currency (id integer PRIMARY KEY, code char(3) NOT NULL, name text);
CREATE UNIQUE INDEX currency_code_key ON public.currency (code);
CREATE TABLE public.price (id integer PRIMARY KEY, currency char(3) CONSTRAINT price_currency_fkey REFERENCES public.currency (code));
