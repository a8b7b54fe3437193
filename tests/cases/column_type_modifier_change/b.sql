CREATE TABLE public.product (
    id integer PRIMARY KEY,
    title varchar(200) NOT NULL,
    price numeric(12,4),
    code char(6),
    flags bit varying(16),
    seen_at timestamptz(0),
    span interval day to second(3)
);
