CREATE TABLE public.doc (id integer PRIMARY KEY, team_id integer NOT NULL);
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
