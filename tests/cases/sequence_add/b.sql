CREATE SEQUENCE public.invoice_number_seq AS bigint START WITH 10000 INCREMENT BY 1 CACHE 1;
CREATE SEQUENCE public.small_seq AS smallint MINVALUE -100 MAXVALUE 100 START WITH 0 CYCLE;
CREATE TABLE public.invoice (id integer PRIMARY KEY, number bigint DEFAULT nextval('public.invoice_number_seq'::regclass));
