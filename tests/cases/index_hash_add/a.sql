CREATE TABLE public.session (token text NOT NULL, user_id integer);
