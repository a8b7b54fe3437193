-- Statistics over columns whose type changes (PostgreSQL rebuilds them), over a column
-- that is dropped (they go with it), and over a new column; a comment and a target on one.
CREATE TABLE public.flight (id integer PRIMARY KEY, carrier varchar(10), num integer,
                            gate text, old_col integer);
CREATE STATISTICS public.flight_cn ON carrier, num FROM public.flight;
CREATE STATISTICS public.flight_old ON gate, old_col FROM public.flight;
COMMENT ON STATISTICS public.flight_cn IS 'carrier and number go together';
