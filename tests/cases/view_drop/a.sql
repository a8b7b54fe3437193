CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.unpaid_orders AS SELECT id, customer, total FROM public.orders WHERE NOT paid;
CREATE VIEW public.big_unpaid AS SELECT * FROM public.unpaid_orders WHERE total > 1000;
