-- The replica identity's index is re-created (its definition changes, its name stays) and
-- must be marked again; another table's replica identity is its primary key's index, which
-- is re-created on a new table.
CREATE TABLE public.item (id integer PRIMARY KEY, sku text NOT NULL, region text NOT NULL);
CREATE UNIQUE INDEX item_key ON public.item (sku, region);
ALTER TABLE public.item REPLICA IDENTITY USING INDEX item_key;
CREATE TABLE public.price (id bigint NOT NULL, amount numeric) PARTITION BY RANGE (id);
CREATE TABLE public.code (c text CONSTRAINT code_pkey PRIMARY KEY);
ALTER TABLE public.code REPLICA IDENTITY USING INDEX code_pkey;
