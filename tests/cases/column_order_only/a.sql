-- Only the column order differs. Column order is ignored by default, so with default
-- options a and b are equal; options.json asks for it to be compared.
CREATE TABLE public.person (id integer PRIMARY KEY, name text, email text);
