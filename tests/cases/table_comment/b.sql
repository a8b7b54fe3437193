CREATE TABLE public.customer (id integer PRIMARY KEY, name text);
COMMENT ON TABLE public.customer IS 'People and companies who buy things';
CREATE TABLE public.supplier (id integer PRIMARY KEY);
COMMENT ON TABLE public.supplier IS 'People who sell us things';
CREATE TABLE public.carrier (id integer PRIMARY KEY);
