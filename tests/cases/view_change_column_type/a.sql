-- A view column changes type: CREATE OR REPLACE cannot do it, so the view and the view on it are re-created.
CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.order_summary AS SELECT id, customer, total FROM public.orders;
CREATE VIEW public.order_summary_big AS SELECT id, total FROM public.order_summary WHERE total > 100;
