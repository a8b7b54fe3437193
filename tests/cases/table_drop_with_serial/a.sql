-- Dropping a table drops its serial's sequence too: the migration must not drop it a second time.
CREATE TABLE public.old_log (id serial PRIMARY KEY, big_id bigserial, line text);
CREATE TABLE public.kept (id serial PRIMARY KEY);
