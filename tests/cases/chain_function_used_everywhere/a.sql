-- One function is used by a CHECK, a partial index, an expression index, a generated column,
-- a policy, a trigger's WHEN and a view. In b its argument is renamed (CREATE OR REPLACE
-- refuses), so all of those must be dropped and re-created around it.
CREATE FUNCTION public.norm_sku(raw text) RETURNS text LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT upper(trim(raw)) $$;
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TABLE public.product (
    id integer PRIMARY KEY,
    sku text NOT NULL CONSTRAINT product_sku_check CHECK (public.norm_sku(sku) <> ''),
    sku_norm text GENERATED ALWAYS AS (public.norm_sku(sku)) STORED
);
CREATE INDEX product_sku_norm_idx ON public.product (public.norm_sku(sku));
CREATE INDEX product_sku_a_idx ON public.product (id) WHERE public.norm_sku(sku) LIKE 'A%';
ALTER TABLE public.product ENABLE ROW LEVEL SECURITY;
CREATE POLICY product_visible ON public.product USING (public.norm_sku(sku) NOT LIKE 'HIDDEN%');
CREATE TRIGGER product_touch BEFORE UPDATE ON public.product
    FOR EACH ROW WHEN (public.norm_sku(OLD.sku) IS DISTINCT FROM public.norm_sku(NEW.sku)) EXECUTE FUNCTION public.touch();
CREATE VIEW public.product_skus AS SELECT public.norm_sku(sku) AS sku FROM public.product;
