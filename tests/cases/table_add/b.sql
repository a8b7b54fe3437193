CREATE TABLE public.customer (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.invoice (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES public.customer (id),
    total numeric(12,2) NOT NULL DEFAULT 0,
    issued_on date NOT NULL DEFAULT CURRENT_DATE
);
CREATE TABLE public.empty_table ();
