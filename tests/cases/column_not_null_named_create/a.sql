-- Named NOT NULL constraints (PostgreSQL 18 keeps the names in pg_constraint; before 18 they
-- are plain NOT NULL): a table made with them, a column made NOT NULL under a name, a
-- column added with one, and a primary key's column.
CREATE TABLE public.kept (id int PRIMARY KEY, code text);
