CREATE TABLE public.account (id integer PRIMARY KEY, owner_name name NOT NULL DEFAULT current_user);
ALTER TABLE public.account ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.secret (id integer PRIMARY KEY);
