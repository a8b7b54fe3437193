CREATE TABLE public.box (
    id integer PRIMARY KEY,
    w numeric NOT NULL,
    h numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (w * h) STORED
);
