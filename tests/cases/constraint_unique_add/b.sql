CREATE TABLE public.account (
    id integer PRIMARY KEY,
    email text CONSTRAINT account_email_key UNIQUE,
    tenant integer,
    handle text,
    CONSTRAINT account_tenant_handle_key UNIQUE NULLS NOT DISTINCT (tenant, handle)
);
