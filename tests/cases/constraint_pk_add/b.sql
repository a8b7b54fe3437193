CREATE TABLE public.country (code char(2) NOT NULL, name text NOT NULL, CONSTRAINT country_pkey PRIMARY KEY (code));
CREATE TABLE public.region (country char(2) NOT NULL, code text NOT NULL, name text, PRIMARY KEY (country, code));
