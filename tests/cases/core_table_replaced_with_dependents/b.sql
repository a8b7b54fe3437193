-- A regular table becomes partitioned: it is re-created, with the view and the foreign key
-- that depend on it.
CREATE TABLE public.event (id int NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))
  PARTITION BY RANGE (at);
CREATE TABLE public.event_2020 PARTITION OF public.event
  FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE public.ack (event_id int, event_at date,
  FOREIGN KEY (event_id, event_at) REFERENCES public.event (id, at));
CREATE VIEW public.recent AS SELECT id FROM public.event WHERE at > date '2020-01-01';
