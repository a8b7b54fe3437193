CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'Invoices, payments and refunds';
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'Append-only audit trail';
