CREATE SEQUENCE public.unused_seq;
CREATE SEQUENCE public.kept_seq INCREMENT BY 2;
