CREATE TABLE public.account (id integer PRIMARY KEY);
ALTER TABLE public.account ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.ledger (id integer PRIMARY KEY);
ALTER TABLE public.ledger FORCE ROW LEVEL SECURITY;
