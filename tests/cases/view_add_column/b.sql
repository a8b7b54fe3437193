CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.order_summary AS SELECT id, customer, total FROM public.orders;
CREATE VIEW public.order_summary_upper AS SELECT id, upper(customer) AS customer FROM public.order_summary;
