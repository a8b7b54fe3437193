CREATE TABLE public.box (
    id integer PRIMARY KEY,
    w numeric NOT NULL,
    h numeric NOT NULL,
    first_name text,
    last_name text,
    area numeric GENERATED ALWAYS AS (w * h) STORED,
    full_name text GENERATED ALWAYS AS (coalesce(first_name, '') || ' ' || coalesce(last_name, '')) STORED
);
