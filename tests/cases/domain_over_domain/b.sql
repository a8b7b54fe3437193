CREATE DOMAIN public.posint AS integer CONSTRAINT posint_check CHECK (VALUE >= 0);
CREATE DOMAIN public.percent AS public.posint DEFAULT 0 CONSTRAINT percent_check CHECK (VALUE <= 100);
CREATE DOMAIN public.small_percent AS public.percent CONSTRAINT small_check CHECK (VALUE <= 10);
CREATE TABLE public.score (id integer PRIMARY KEY, pct public.percent, pcts public.percent[], small public.small_percent);
