-- 63-byte identifiers (the maximum) and names that only differ after a long common prefix.
CREATE TABLE public.a_very_long_table_name_that_is_exactly_sixty_three_bytes_long_x (id integer PRIMARY KEY);
CREATE TABLE public.prefix_shared_by_two_tables_that_differ_only_at_the_very_end_1 (id integer);
