-- Only schema "app" is compared: casts whose types and function are all elsewhere (another
-- schema, or built in) are not, so A and B compare equal though those differ.
CREATE SCHEMA app;
CREATE SCHEMA other;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE other.level AS ENUM ('low', 'high');
CREATE CAST (app.mood AS text) WITH INOUT;
CREATE CAST (other.level AS text) WITH INOUT;
CREATE CAST (xid AS integer) WITHOUT FUNCTION;
