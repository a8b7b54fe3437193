CREATE TABLE public.orders (id integer PRIMARY KEY, customer text, total numeric, paid boolean);
CREATE VIEW public.unpaid_orders AS SELECT id, customer, total FROM public.orders WHERE NOT paid;
CREATE VIEW public.revenue_by_customer AS
    SELECT customer, sum(total) AS revenue, count(*) AS n FROM public.orders WHERE paid GROUP BY customer;
