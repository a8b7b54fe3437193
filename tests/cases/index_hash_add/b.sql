CREATE TABLE public.session (token text NOT NULL, user_id integer);
CREATE INDEX session_token_idx ON public.session USING hash (token);
