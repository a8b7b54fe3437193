-- b appends a column at the end: CREATE OR REPLACE VIEW can do it in place.
CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.order_summary AS SELECT id, customer FROM public.orders;
CREATE VIEW public.order_summary_upper AS SELECT id, upper(customer) AS customer FROM public.order_summary;
