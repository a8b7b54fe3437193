-- The function under an operator is re-created (its argument names change, which CREATE OR
-- REPLACE cannot do): the operator is dropped and re-created in order, and so are the CHECK
-- constraint, the view and the index expression that use the operator.
CREATE FUNCTION public.close_to(x numeric, y numeric) RETURNS boolean
    LANGUAGE sql IMMUTABLE AS 'SELECT abs(x - y) < 1';
CREATE OPERATOR public.=~= (LEFTARG = numeric, RIGHTARG = numeric, FUNCTION = public.close_to);
CREATE TABLE public.reading (
    id integer PRIMARY KEY,
    expected numeric NOT NULL,
    measured numeric NOT NULL,
    CONSTRAINT reading_plausible CHECK (measured =~= expected OR measured > 0)
);
CREATE INDEX reading_close ON public.reading ((measured =~= expected));
CREATE VIEW public.good_reading AS SELECT id FROM public.reading WHERE measured =~= expected;
