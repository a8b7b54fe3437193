-- Dropping a table a rule of another table writes to: the rule goes first, by name.
CREATE TABLE public.item (id integer);
CREATE TABLE public.item_log (id integer, at timestamptz DEFAULT now());
CREATE RULE item_logged AS ON INSERT TO public.item DO ALSO INSERT INTO public.item_log (id) VALUES (NEW.id);
