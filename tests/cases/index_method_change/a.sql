CREATE TABLE public.session (token text NOT NULL, created date);
CREATE INDEX session_token_idx ON public.session USING btree (token);
CREATE INDEX session_created_idx ON public.session USING btree (created);
