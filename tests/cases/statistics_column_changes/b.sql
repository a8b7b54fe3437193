-- Statistics over columns whose type changes (PostgreSQL rebuilds them), over a column
-- that is dropped (they go with it), and over a new column; a comment and a target on one.
CREATE TABLE public.flight (id integer PRIMARY KEY, carrier text, num bigint,
                            gate text, new_col integer);
CREATE STATISTICS public.flight_cn ON carrier, num FROM public.flight;
CREATE STATISTICS public.flight_new ON gate, new_col FROM public.flight;
ALTER STATISTICS public.flight_new SET STATISTICS 42;
COMMENT ON STATISTICS public.flight_cn IS 'carrier and number go together (typed)';
