CREATE TABLE public.event (id bigint, at timestamptz NOT NULL, amount numeric);
CREATE INDEX event_at_idx ON public.event USING brin (at) WITH (pages_per_range = 64, autosummarize = on);
CREATE INDEX event_id_minmax_multi_idx ON public.event USING brin (id int8_minmax_multi_ops);
