CREATE TABLE public.job (
    id integer PRIMARY KEY,
    state text DEFAULT 'queued',
    attempts integer DEFAULT 0,
    queued_at timestamptz DEFAULT now(),
    token uuid DEFAULT gen_random_uuid()
);
