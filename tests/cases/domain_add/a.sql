CREATE TABLE public.contact (id integer PRIMARY KEY, email text, age integer);
