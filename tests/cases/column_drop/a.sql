CREATE TABLE public.person (
    id integer PRIMARY KEY,
    name text NOT NULL,
    legacy_code char(8),
    fax varchar(40) DEFAULT 'n/a',
    photo bytea
);
