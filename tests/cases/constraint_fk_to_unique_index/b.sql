CREATE TABLE public.currency (id integer PRIMARY KEY, code char(3) NOT NULL, name text);
CREATE UNIQUE INDEX currency_code_key ON public.currency (code) INCLUDE (name);
CREATE TABLE public.price (id integer PRIMARY KEY, currency char(3) CONSTRAINT price_currency_fkey REFERENCES public.currency (code));
