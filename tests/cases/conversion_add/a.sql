-- Conversions added: a default one over a function of the schema (a C function of the
-- built-in conversion library), and a plain one over a built-in function, with comments.
CREATE SCHEMA enc;
