-- pg_dump does not record extension versions; only the catalog shows this difference.
CREATE EXTENSION hstore VERSION '1.7';
CREATE EXTENSION pg_trgm VERSION '1.5';
