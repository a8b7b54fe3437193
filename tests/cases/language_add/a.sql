-- A procedural language added over handler functions of the schema (plpgsql's C functions
-- again), with a function written in it: functions, language, function in that order.
CREATE TABLE public.t (id integer PRIMARY KEY);
