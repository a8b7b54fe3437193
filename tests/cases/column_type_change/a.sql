CREATE TABLE public.item (
    id integer PRIMARY KEY,
    qty integer NOT NULL,
    price real,
    code text,
    happened_at timestamp without time zone,
    payload json
);
