CREATE DOMAIN public.money_amount AS numeric(14,4) CHECK (VALUE >= 0);
CREATE TABLE public.payment (id integer PRIMARY KEY, amount public.money_amount);
