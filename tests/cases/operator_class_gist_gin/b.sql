CREATE TABLE public.place (id integer PRIMARY KEY, location point NOT NULL, tags integer[]);
CREATE OPERATOR CLASS public.my_point_ops FOR TYPE point USING gist AS
    OPERATOR 1 <<, OPERATOR 5 >>, OPERATOR 6 ~=, OPERATOR 10 <<|, OPERATOR 11 |>>,
    OPERATOR 15 <-> (point, point) FOR ORDER BY pg_catalog.float_ops,
    OPERATOR 28 <@ (point, box), OPERATOR 29 <^, OPERATOR 30 >^,
    FUNCTION 1 gist_point_consistent(internal, point, smallint, oid, internal),
    FUNCTION 2 gist_box_union(internal, internal),
    FUNCTION 3 gist_point_compress(internal),
    FUNCTION 5 gist_box_penalty(internal, internal, internal),
    FUNCTION 6 gist_box_picksplit(internal, internal),
    FUNCTION 7 gist_box_same(box, box, internal),
    FUNCTION 8 gist_point_distance(internal, point, smallint, oid, internal),
    FUNCTION 9 gist_point_fetch(internal),
    STORAGE box;
CREATE OPERATOR CLASS public.my_int_array_ops FOR TYPE integer[] USING gin AS
    OPERATOR 1 && (anyarray, anyarray), OPERATOR 2 @> (anyarray, anyarray),
    OPERATOR 3 <@ (anyarray, anyarray), OPERATOR 4 = (anyarray, anyarray),
    FUNCTION 1 btint4cmp(integer, integer),
    FUNCTION 2 ginarrayextract(anyarray, internal, internal),
    FUNCTION 3 ginqueryarrayextract(anyarray, internal, smallint, internal, internal, internal, internal),
    FUNCTION 4 ginarrayconsistent(internal, smallint, anyarray, integer, internal, internal, internal, internal),
    FUNCTION 6 ginarraytriconsistent(internal, smallint, anyarray, integer, internal, internal, internal),
    STORAGE integer;
CREATE INDEX place_location ON public.place USING gist (location public.my_point_ops);
CREATE INDEX place_tags ON public.place USING gin (tags public.my_int_array_ops);
