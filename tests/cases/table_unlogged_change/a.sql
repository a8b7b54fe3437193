CREATE TABLE public.session_cache (key text PRIMARY KEY, value jsonb, expires_at timestamptz);
CREATE UNLOGGED TABLE public.hit_counter (page text PRIMARY KEY, hits bigint NOT NULL DEFAULT 0);
