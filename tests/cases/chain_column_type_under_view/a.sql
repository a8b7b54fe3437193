-- ALTER COLUMN TYPE is refused while views, a materialized view and a rule-free view-on-view
-- use the column: they must be dropped before and re-created after, with their grants and comments.
DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE public.account (id integer PRIMARY KEY, balance integer NOT NULL DEFAULT 0, name text);
CREATE INDEX account_balance_idx ON public.account (balance) WHERE balance > 0;
CREATE VIEW public.rich AS SELECT id, name, balance FROM public.account WHERE balance > 1000000;
CREATE VIEW public.rich_names AS SELECT name FROM public.rich;
CREATE MATERIALIZED VIEW public.balance_stats AS SELECT max(balance) AS top, min(balance) AS bottom FROM public.account;
GRANT SELECT ON public.rich TO schemadiff_reader;
COMMENT ON VIEW public.rich_names IS 'Names of rich accounts';
