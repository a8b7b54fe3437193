-- Only the parent's triggers are modelled; the enabled state and a new UPDATE OF column reach the partitions through it.
CREATE TABLE public.ev (id bigint NOT NULL, at date NOT NULL, updated_at timestamptz) PARTITION BY RANGE (at);
CREATE TABLE public.ev_2026 PARTITION OF public.ev FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;
CREATE TRIGGER ev_touch BEFORE UPDATE ON public.ev FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER ev_upd BEFORE UPDATE OF at ON public.ev FOR EACH ROW EXECUTE FUNCTION public.touch();
