CREATE TABLE public.product (id integer PRIMARY KEY, price numeric CONSTRAINT product_price_check CHECK (price > 0 AND price < 1000000));
