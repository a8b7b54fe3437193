CREATE TABLE public.job (
    id integer PRIMARY KEY,
    state text DEFAULT 'queued',
    priority smallint DEFAULT 5,
    run_at timestamptz DEFAULT now(),
    meta jsonb DEFAULT '{}'::jsonb
);
