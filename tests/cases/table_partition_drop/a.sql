CREATE TABLE public.tenant_data (
    tenant_id integer NOT NULL,
    key text NOT NULL,
    value text
) PARTITION BY HASH (tenant_id);
CREATE TABLE public.tenant_data_p0 PARTITION OF public.tenant_data FOR VALUES WITH (MODULUS 4, REMAINDER 0);
CREATE TABLE public.tenant_data_p1 PARTITION OF public.tenant_data FOR VALUES WITH (MODULUS 4, REMAINDER 1);
CREATE TABLE public.tenant_data_p2 PARTITION OF public.tenant_data FOR VALUES WITH (MODULUS 4, REMAINDER 2);
CREATE TABLE public.tenant_data_p3 PARTITION OF public.tenant_data FOR VALUES WITH (MODULUS 4, REMAINDER 3);
