CREATE TABLE public.session (token text NOT NULL, created date);
CREATE INDEX session_token_idx ON public.session USING hash (token);
CREATE INDEX session_created_idx ON public.session USING brin (created) WITH (pages_per_range = 32);
