CREATE TABLE public.product (id integer PRIMARY KEY, price numeric CONSTRAINT product_price_check CHECK (price >= 0), stock integer CHECK (stock >= 0));
