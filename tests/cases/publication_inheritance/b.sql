DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
CREATE TABLE vehicle (id int, name text);
CREATE TABLE car (doors int) INHERITS (vehicle);
CREATE TABLE truck (axles int) INHERITS (vehicle);
CREATE TABLE fleet (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE fleet_2024 PARTITION OF fleet FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- Without ONLY the children join too (a row each); the partition gives way to its root.
CREATE PUBLICATION vehicles FOR TABLE vehicle;
CREATE PUBLICATION fleet_pub FOR TABLE fleet WITH (publish_via_partition_root = true);
COMMENT ON PUBLICATION fleet_pub IS 'by partition root';
