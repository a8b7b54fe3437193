-- A statistics object changes its kinds (re-created), its columns (re-created) and its
-- target (ALTER STATISTICS ... SET STATISTICS, in place; -1 resets it).
CREATE SCHEMA stats;
CREATE TABLE public.trip (id integer PRIMARY KEY, origin text, dest text, day date);
CREATE STATISTICS stats.trip_od (ndistinct) ON origin, dest FROM public.trip;
CREATE STATISTICS stats.trip_day ON origin, day FROM public.trip;
CREATE STATISTICS stats.trip_target ON dest, day FROM public.trip;
ALTER STATISTICS stats.trip_target SET STATISTICS 100;
CREATE STATISTICS stats.trip_reset ON origin, day FROM public.trip;
ALTER STATISTICS stats.trip_reset SET STATISTICS 20;
