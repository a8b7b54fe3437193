CREATE TABLE public.box (
    id integer PRIMARY KEY,
    w numeric NOT NULL,
    h numeric NOT NULL,
    d numeric NOT NULL DEFAULT 1,
    size numeric GENERATED ALWAYS AS (w * h) STORED,
    plain_area numeric
);
