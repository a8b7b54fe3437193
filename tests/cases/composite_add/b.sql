CREATE TYPE public.address AS (street text, city text, zip varchar(10), country char(2));
CREATE TYPE public.money_pair AS (amount numeric(12,2), currency char(3) COLLATE "C");
CREATE TABLE public.shop (id integer PRIMARY KEY, location public.address);
