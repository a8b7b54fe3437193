CREATE TABLE public.node (id integer PRIMARY KEY, parent integer REFERENCES public.node (id));
CREATE RECURSIVE VIEW public.node_depth (id, depth) AS
    SELECT id, 0 FROM public.node WHERE parent IS NULL
    UNION ALL
    SELECT n.id, d.depth + 1 FROM public.node n JOIN node_depth d ON n.parent = d.id;
