-- Extended statistics (CREATE STATISTICS) of each kind, on columns and on expressions.
CREATE TABLE public.address (id integer PRIMARY KEY, city text, zip text, country text);
