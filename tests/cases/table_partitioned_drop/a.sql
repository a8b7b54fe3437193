CREATE TABLE public.event_log (
    id bigint NOT NULL,
    region text NOT NULL,
    payload jsonb
) PARTITION BY LIST (region);
CREATE TABLE public.event_log_eu PARTITION OF public.event_log FOR VALUES IN ('eu', 'uk');
CREATE TABLE public.event_log_us PARTITION OF public.event_log FOR VALUES IN ('us');
CREATE INDEX event_log_id_idx ON public.event_log (id);
CREATE TABLE public.keeper (id integer);
