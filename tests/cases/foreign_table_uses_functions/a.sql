-- A foreign table whose CHECK constraint (NOT VALID) and default call functions, and whose
-- column has a domain type: created after them, dropped before them.
CREATE FOREIGN DATA WRAPPER w;
CREATE SERVER s FOREIGN DATA WRAPPER w;
