-- Only the column order differs, and column order is ignored by default:
-- the engine must report no difference (options.json: expect_empty).
CREATE TABLE public.person (id integer PRIMARY KEY, name text, email text);
