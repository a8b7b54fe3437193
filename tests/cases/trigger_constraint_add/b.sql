CREATE TABLE public.account (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION public.check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance'; END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER account_balance_check AFTER INSERT OR UPDATE ON public.account
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.check_balance();
