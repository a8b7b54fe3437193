CREATE TABLE public.product (id integer PRIMARY KEY, price numeric CONSTRAINT product_price_check CHECK (price >= 0));
COMMENT ON CONSTRAINT product_price_check ON public.product IS 'Zero allowed for free items';
COMMENT ON CONSTRAINT product_pkey ON public.product IS 'Surrogate key';
