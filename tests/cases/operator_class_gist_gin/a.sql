-- A GiST class (with STORAGE and an ordering operator FOR ORDER BY a btree family) and a GIN
-- class over an array type, made in SQL from the built-in support functions (copies of
-- point_ops and array_ops), each with an index using it, added (b) and dropped (a).
CREATE TABLE public.place (id integer PRIMARY KEY, location point NOT NULL, tags integer[]);
