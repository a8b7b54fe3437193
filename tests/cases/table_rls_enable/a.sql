CREATE TABLE public.account (id integer PRIMARY KEY, owner_name name NOT NULL DEFAULT current_user);
CREATE TABLE public.secret (id integer PRIMARY KEY);
ALTER TABLE public.secret ENABLE ROW LEVEL SECURITY;
