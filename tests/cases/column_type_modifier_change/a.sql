CREATE TABLE public.product (
    id integer PRIMARY KEY,
    title varchar(50) NOT NULL,
    price numeric(10,2),
    code char(4),
    flags bit(8),
    seen_at timestamptz(6),
    span interval
);
