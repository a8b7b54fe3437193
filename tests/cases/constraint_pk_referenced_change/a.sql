-- The primary key changes while a foreign key references it: the FK has to go first and come back.
CREATE TABLE public.parent (id integer NOT NULL, code text NOT NULL, CONSTRAINT parent_pkey PRIMARY KEY (id), CONSTRAINT parent_code_key UNIQUE (code));
CREATE TABLE public.child (id integer PRIMARY KEY, parent_id integer CONSTRAINT child_parent_fkey REFERENCES public.parent (id));
