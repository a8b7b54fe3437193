CREATE DOMAIN public.posint AS integer CONSTRAINT posint_check CHECK (VALUE > 0);
CREATE DOMAIN public.percent AS public.posint CONSTRAINT percent_check CHECK (VALUE <= 100);
CREATE TABLE public.score (id integer PRIMARY KEY, pct public.percent, pcts public.percent[]);
