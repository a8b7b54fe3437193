-- The base type of a domain cannot be altered: the domain and the column using it are rebuilt.
CREATE DOMAIN public.money_amount AS numeric(10,2) CHECK (VALUE >= 0);
CREATE TABLE public.payment (id integer PRIMARY KEY, amount public.money_amount);
