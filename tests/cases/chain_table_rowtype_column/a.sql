-- A table's row type is used as a column type, a function argument and an array element by other objects.
CREATE TABLE public.address (street text, city text);
CREATE TABLE public.shop (id integer PRIMARY KEY);
