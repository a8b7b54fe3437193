CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.unpaid_orders AS SELECT id, customer, total FROM public.orders WHERE NOT paid AND total > 0;
