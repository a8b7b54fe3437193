CREATE TABLE public.product (id integer PRIMARY KEY, price numeric CONSTRAINT product_price_check CHECK (price >= 0));
COMMENT ON CONSTRAINT product_price_check ON public.product IS 'No negative prices';
