-- Statistics on a table that is re-created (it becomes partitioned) and on a table that is
-- dropped.
CREATE TABLE public.reading (id integer NOT NULL, sensor integer, at date NOT NULL)
    PARTITION BY RANGE (at);
CREATE STATISTICS public.reading_sa ON sensor, at FROM public.reading;
