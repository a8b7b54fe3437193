-- Named NOT NULL constraints (PostgreSQL 18 keeps the names in pg_constraint; before 18 they
-- are plain NOT NULL): a table made with them, a column made NOT NULL under a name, a
-- column added with one, and a primary key's column.
CREATE TABLE public.kept (
    id int CONSTRAINT kept_id_given PRIMARY KEY,
    code text CONSTRAINT "code is required" NOT NULL,
    added int CONSTRAINT added_nn NOT NULL DEFAULT 0
);
CREATE TABLE public.made (
    id int CONSTRAINT made_id_nn NOT NULL,
    plain text NOT NULL
);
