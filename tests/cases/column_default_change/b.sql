CREATE TABLE public.job (
    id integer PRIMARY KEY,
    state text DEFAULT 'pending',
    priority smallint DEFAULT 10,
    run_at timestamptz DEFAULT (now() + interval '5 minutes'),
    meta jsonb DEFAULT '{"v": 1}'::jsonb
);
