CREATE SCHEMA app;
CREATE SCHEMA other;
CREATE TYPE app.mood AS ENUM ('sad', 'happy');
CREATE TYPE other.level AS ENUM ('low', 'high');
CREATE CAST (app.mood AS text) WITH INOUT;
CREATE CAST (other.level AS text) WITH INOUT AS IMPLICIT;
CREATE CAST (other.level AS integer) WITH INOUT;
