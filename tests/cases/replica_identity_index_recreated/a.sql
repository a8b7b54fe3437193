-- The replica identity's index is re-created (its definition changes, its name stays) and
-- must be marked again; another table's replica identity is its primary key's index, which
-- is re-created on a new table.
CREATE TABLE public.item (id integer PRIMARY KEY, sku text NOT NULL, region text NOT NULL);
CREATE UNIQUE INDEX item_key ON public.item (sku);
ALTER TABLE public.item REPLICA IDENTITY USING INDEX item_key;
CREATE TABLE public.price (id integer NOT NULL, amount numeric);
