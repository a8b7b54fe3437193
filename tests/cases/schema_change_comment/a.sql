CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoices and payments';
CREATE SCHEMA audit;
