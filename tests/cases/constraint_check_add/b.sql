CREATE TABLE public.product (
    id integer PRIMARY KEY,
    price numeric CONSTRAINT product_price_check CHECK (price >= 0),
    discount numeric,
    sku text,
    CONSTRAINT product_discount_lt_price CHECK (discount IS NULL OR discount < price),
    CONSTRAINT product_sku_format CHECK (sku ~ '^[A-Z]{3}-[0-9]{4}$')
);
