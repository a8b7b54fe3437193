CREATE TABLE public.account (id integer PRIMARY KEY, email text, data jsonb, created timestamptz);
CREATE UNIQUE INDEX account_email_lower_key ON public.account (lower(email));
CREATE INDEX account_data_plan_idx ON public.account ((data ->> 'plan'), (data -> 'limits' ->> 'seats'));
CREATE INDEX account_created_day_idx ON public.account (date_trunc('day', created AT TIME ZONE 'UTC'));
