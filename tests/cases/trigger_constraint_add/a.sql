CREATE TABLE public.account (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);
CREATE FUNCTION public.check_balance() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.balance < 0 THEN RAISE EXCEPTION 'negative balance'; END IF;
    RETURN NULL;
END
$$;
