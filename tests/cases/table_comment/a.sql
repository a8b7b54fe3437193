CREATE TABLE public.customer (id integer PRIMARY KEY, name text);
COMMENT ON TABLE public.customer IS 'People who buy things';
CREATE TABLE public.supplier (id integer PRIMARY KEY);
CREATE TABLE public.carrier (id integer PRIMARY KEY);
COMMENT ON TABLE public.carrier IS 'Shipping companies';
