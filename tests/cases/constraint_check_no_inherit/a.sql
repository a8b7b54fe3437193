CREATE TABLE public.base (id integer NOT NULL, kind text NOT NULL,
    CONSTRAINT base_is_abstract CHECK (false) NO INHERIT,
    CONSTRAINT base_kind_check CHECK (kind <> ''));
CREATE TABLE public.concrete (extra text) INHERITS (public.base);
