CREATE TABLE public.base_entity (created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE public.note (id integer PRIMARY KEY, body text) INHERITS (public.base_entity);
CREATE TABLE public.tag (created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz, id integer PRIMARY KEY, label text);
