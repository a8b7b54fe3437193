CREATE TABLE public.region (country text NOT NULL, code text NOT NULL, PRIMARY KEY (country, code));
CREATE TABLE public.office (id integer PRIMARY KEY, country text, region text,
    CONSTRAINT office_region_fkey FOREIGN KEY (country, region) REFERENCES public.region (country, code));
