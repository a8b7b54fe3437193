-- Only the column order differs and options.json asks for it to be compared: the table has to be
-- rebuilt (a hazard: it deletes data), or the engine must say it cannot do this.
CREATE TABLE public.person (id integer PRIMARY KEY, email text, name text);
