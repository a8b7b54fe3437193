-- text -> integer and text -> boolean have no assignment cast: ALTER COLUMN TYPE needs a USING clause.
CREATE TABLE public.setting (id integer PRIMARY KEY, value text DEFAULT '0', enabled text DEFAULT 'true', tags text);
