-- Dropping a function a cast uses: the cast goes first (by its address), never CASCADE.
CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION public.to_mood(v integer) RETURNS public.mood LANGUAGE sql IMMUTABLE
    AS $$ SELECT CASE WHEN v > 0 THEN 'happy'::public.mood ELSE 'sad'::public.mood END $$;
CREATE CAST (integer AS public.mood) WITH FUNCTION public.to_mood(integer);
