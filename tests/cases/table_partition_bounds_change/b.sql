CREATE TABLE public.ticket (
    id bigint NOT NULL,
    status text NOT NULL
) PARTITION BY LIST (status);
CREATE TABLE public.ticket_open PARTITION OF public.ticket FOR VALUES IN ('new', 'open', 'pending');
CREATE TABLE public.ticket_closed PARTITION OF public.ticket FOR VALUES IN ('closed', 'rejected');
CREATE TABLE public.ticket_range (
    id bigint NOT NULL,
    created date NOT NULL
) PARTITION BY RANGE (created);
CREATE TABLE public.ticket_range_q1 PARTITION OF public.ticket_range FOR VALUES FROM ('2026-01-01') TO ('2026-07-01');
