CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.order_summary AS SELECT id, customer, total::integer AS total FROM public.orders;
CREATE VIEW public.order_summary_big AS SELECT id, total FROM public.order_summary WHERE total > 100;
