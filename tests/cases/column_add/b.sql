CREATE TABLE public.person (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email varchar(320),
    born date,
    score numeric(5,2) NOT NULL DEFAULT 0,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamp(3) with time zone NOT NULL DEFAULT now()
);
