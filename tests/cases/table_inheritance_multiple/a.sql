CREATE TABLE public.has_name (name text NOT NULL);
CREATE TABLE public.has_price (price numeric(10,2) NOT NULL CHECK (price >= 0));
CREATE TABLE public.product (sku text PRIMARY KEY) INHERITS (public.has_name);
