-- A realistic multi-tenant application schema (85 tables in 10 schemas) as written by
-- pg_dump --schema-only --no-owner (PostgreSQL 15), with the \restrict lines removed and the roles it grants to created first.
-- b.sql changes about 5% of it: tables added and dropped, a column type, a column, an enum value, a
-- function body, a foreign key action, checks, indexes, a trigger, RLS and a policy, a view, a comment and a grant.

DO $$ BEGIN CREATE ROLE schemadiff_reader; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_writer; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_admin; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app;


--
-- Name: SCHEMA app; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA app IS 'App domain';


--
-- Name: audit; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA audit;


--
-- Name: SCHEMA audit; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA audit IS 'Audit domain';


--
-- Name: billing; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA billing;


--
-- Name: SCHEMA billing; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA billing IS 'Billing domain';


--
-- Name: catalog; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA catalog;


--
-- Name: SCHEMA catalog; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA catalog IS 'Catalog domain';


--
-- Name: crm; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA crm;


--
-- Name: SCHEMA crm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA crm IS 'Crm domain';


--
-- Name: hr; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA hr;


--
-- Name: SCHEMA hr; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA hr IS 'Hr domain';


--
-- Name: inventory; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA inventory;


--
-- Name: SCHEMA inventory; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA inventory IS 'Inventory domain';


--
-- Name: reporting; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA reporting;


--
-- Name: SCHEMA reporting; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA reporting IS 'Reporting domain';


--
-- Name: sales; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA sales;


--
-- Name: SCHEMA sales; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA sales IS 'Sales domain';


--
-- Name: support; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA support;


--
-- Name: SCHEMA support; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA support IS 'Support domain';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: address; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.address AS (
	line1 text,
	line2 text,
	city text,
	postal_code text,
	country character(2)
);


--
-- Name: country_code; Type: DOMAIN; Schema: app; Owner: -
--

CREATE DOMAIN app.country_code AS character(2)
	CONSTRAINT country_code_check CHECK ((VALUE ~ '^[A-Z]{2}$'::text));


--
-- Name: email; Type: DOMAIN; Schema: app; Owner: -
--

CREATE DOMAIN app.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@\s]+@[^@\s]+$'::public.citext));


--
-- Name: user_role; Type: TYPE; Schema: app; Owner: -
--

CREATE TYPE app.user_role AS ENUM (
    'owner',
    'admin',
    'member',
    'viewer'
);


--
-- Name: invoice_status; Type: TYPE; Schema: billing; Owner: -
--

CREATE TYPE billing.invoice_status AS ENUM (
    'draft',
    'open',
    'paid',
    'void',
    'uncollectible'
);


--
-- Name: money_amount; Type: DOMAIN; Schema: billing; Owner: -
--

CREATE DOMAIN billing.money_amount AS numeric(14,2)
	CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));


--
-- Name: order_status; Type: TYPE; Schema: sales; Owner: -
--

CREATE TYPE sales.order_status AS ENUM (
    'draft',
    'placed',
    'paid',
    'shipped',
    'delivered',
    'cancelled',
    'refunded'
);


--
-- Name: ticket_priority; Type: TYPE; Schema: support; Owner: -
--

CREATE TYPE support.ticket_priority AS ENUM (
    'low',
    'normal',
    'high',
    'urgent'
);


--
-- Name: current_tenant_id(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.current_tenant_id() RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT nullif(current_setting('app.tenant_id', true), '')::bigint $$;


--
-- Name: set_updated_at(); Type: FUNCTION; Schema: app; Owner: -
--

CREATE FUNCTION app.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;


--
-- Name: log_change(); Type: FUNCTION; Schema: audit; Owner: -
--

CREATE FUNCTION audit.log_change() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'audit'
    AS $$
BEGIN
    INSERT INTO audit.change_log (table_name, operation, row_data)
    VALUES (TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, TG_OP, to_jsonb(coalesce(NEW, OLD)));
    RETURN NULL;
END
$$;


--
-- Name: next_invoice_number(); Type: FUNCTION; Schema: billing; Owner: -
--

CREATE FUNCTION billing.next_invoice_number() RETURNS text
    LANGUAGE sql
    AS $$ SELECT 'INV-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('billing.invoice_number_seq')::text, 6, '0') $$;


--
-- Name: order_total(bigint); Type: FUNCTION; Schema: sales; Owner: -
--

CREATE FUNCTION sales.order_total(p_order_id bigint) RETURNS numeric
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(sum(quantity * unit_price - discount), 0) FROM sales.order_line WHERE order_id = p_order_id $$;


--
-- Name: FUNCTION order_total(p_order_id bigint); Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON FUNCTION sales.order_total(p_order_id bigint) IS 'Sum of the order lines';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_key; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.api_key (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint NOT NULL,
    prefix character(8) NOT NULL,
    secret_hash text NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: api_key_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.api_key ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.api_key_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: feature_flag; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.feature_flag (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    key text NOT NULL,
    enabled boolean DEFAULT false NOT NULL,
    rollout_percent smallint DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT feature_flag_rollout_check CHECK (((rollout_percent >= 0) AND (rollout_percent <= 100)))
);


--
-- Name: feature_flag_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.feature_flag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.feature_flag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: file_upload; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.file_upload (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint,
    bucket text NOT NULL,
    object_key text NOT NULL,
    size_bytes bigint,
    content_type text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: file_upload_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.file_upload ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.file_upload_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invitation; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.invitation (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    email app.email NOT NULL,
    invited_by bigint,
    role app.user_role NOT NULL,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: invitation_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.invitation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.invitation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: membership; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.membership (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint NOT NULL,
    role app.user_role DEFAULT 'member'::app.user_role NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: membership_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.membership ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.membership_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: notification; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.notification (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint NOT NULL,
    kind text NOT NULL,
    payload jsonb,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: notification_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.notification ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: session; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.session (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint NOT NULL,
    token uuid DEFAULT gen_random_uuid() NOT NULL,
    ip inet,
    user_agent text,
    expires_at timestamp with time zone NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: session_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.session ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.session_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: setting; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.setting (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    key text NOT NULL,
    value jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: setting_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.setting ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.setting_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tenant; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.tenant (
    id bigint NOT NULL,
    name text NOT NULL,
    slug public.citext NOT NULL,
    plan text DEFAULT 'free'::text NOT NULL,
    billing_address app.address,
    country app.country_code,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE tenant; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.tenant IS 'A customer organisation';


--
-- Name: tenant_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.tenant ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.tenant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: user_account; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.user_account (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    email app.email NOT NULL,
    display_name text,
    password_hash text,
    last_login_at timestamp with time zone,
    is_active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE user_account; Type: COMMENT; Schema: app; Owner: -
--

COMMENT ON TABLE app.user_account IS 'Login identities';


--
-- Name: user_account_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.user_account ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.user_account_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: webhook; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.webhook (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    url text NOT NULL,
    secret text,
    events text[] DEFAULT '{}'::text[] NOT NULL,
    active boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhook_delivery; Type: TABLE; Schema: app; Owner: -
--

CREATE TABLE app.webhook_delivery (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    webhook_id bigint NOT NULL,
    status_code integer,
    attempt smallint DEFAULT 1 NOT NULL,
    response_body text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: webhook_delivery_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.webhook_delivery ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.webhook_delivery_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: webhook_id_seq; Type: SEQUENCE; Schema: app; Owner: -
--

ALTER TABLE app.webhook ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME app.webhook_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: change_log; Type: TABLE; Schema: audit; Owner: -
--

CREATE TABLE audit.change_log (
    id bigint NOT NULL,
    table_name text NOT NULL,
    operation text NOT NULL,
    row_data jsonb,
    changed_by name DEFAULT CURRENT_USER NOT NULL,
    changed_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE change_log; Type: COMMENT; Schema: audit; Owner: -
--

COMMENT ON TABLE audit.change_log IS 'Row changes captured by audit.log_change()';


--
-- Name: change_log_id_seq; Type: SEQUENCE; Schema: audit; Owner: -
--

ALTER TABLE audit.change_log ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME audit.change_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: export_job; Type: TABLE; Schema: audit; Owner: -
--

CREATE TABLE audit.export_job (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    requested_by bigint,
    kind text NOT NULL,
    finished_at timestamp with time zone,
    file_id bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: export_job_id_seq; Type: SEQUENCE; Schema: audit; Owner: -
--

ALTER TABLE audit.export_job ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME audit.export_job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: login_event; Type: TABLE; Schema: audit; Owner: -
--

CREATE TABLE audit.login_event (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint,
    succeeded boolean NOT NULL,
    ip inet,
    at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: login_event_id_seq; Type: SEQUENCE; Schema: audit; Owner: -
--

ALTER TABLE audit.login_event ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME audit.login_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: credit_note; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.credit_note (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    invoice_id bigint NOT NULL,
    amount billing.money_amount NOT NULL,
    issued_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: credit_note_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.credit_note ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.credit_note_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invoice; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.invoice (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    number text DEFAULT billing.next_invoice_number() NOT NULL,
    order_id bigint,
    subscription_id bigint,
    status billing.invoice_status DEFAULT 'draft'::billing.invoice_status NOT NULL,
    total billing.money_amount DEFAULT 0 NOT NULL,
    due_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT invoice_source_check CHECK (((order_id IS NOT NULL) OR (subscription_id IS NOT NULL)))
);


--
-- Name: TABLE invoice; Type: COMMENT; Schema: billing; Owner: -
--

COMMENT ON TABLE billing.invoice IS 'Invoices sent to customers';


--
-- Name: invoice_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.invoice ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.invoice_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invoice_line; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.invoice_line (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    invoice_id bigint NOT NULL,
    description text NOT NULL,
    quantity numeric(12,3) DEFAULT 1 NOT NULL,
    unit_amount billing.money_amount NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: invoice_line_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.invoice_line ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.invoice_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invoice_number_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

CREATE SEQUENCE billing.invoice_number_seq
    START WITH 1000
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 10;


--
-- Name: payment; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.payment (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    invoice_id bigint NOT NULL,
    amount billing.money_amount NOT NULL,
    method text NOT NULL,
    paid_at timestamp with time zone,
    provider_ref text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payment_method_check CHECK ((method = ANY (ARRAY['card'::text, 'bank'::text, 'cash'::text, 'wallet'::text])))
);


--
-- Name: payment_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.payment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.payment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: payment_method; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.payment_method (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    kind text NOT NULL,
    last4 character(4),
    expires_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: payment_method_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.payment_method ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.payment_method_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: plan; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.plan (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    monthly_price billing.money_amount NOT NULL,
    features jsonb DEFAULT '[]'::jsonb NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: plan_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.plan ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.plan_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: refund; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.refund (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    payment_id bigint NOT NULL,
    amount billing.money_amount NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: refund_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.refund ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.refund_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: subscription; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.subscription (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    plan_id bigint NOT NULL,
    started_at timestamp with time zone NOT NULL,
    cancelled_at timestamp with time zone,
    trial_ends_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: subscription_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.subscription ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.subscription_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tax_rate; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.tax_rate (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    country app.country_code NOT NULL,
    rate numeric(5,4) NOT NULL,
    valid_from date NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tax_rate_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.tax_rate ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.tax_rate_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: usage_record; Type: TABLE; Schema: billing; Owner: -
--

CREATE TABLE billing.usage_record (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    subscription_id bigint NOT NULL,
    metric text NOT NULL,
    quantity bigint NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: usage_record_id_seq; Type: SEQUENCE; Schema: billing; Owner: -
--

ALTER TABLE billing.usage_record ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME billing.usage_record_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: attribute; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.attribute (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    code text NOT NULL,
    label text NOT NULL,
    data_type text DEFAULT 'text'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT attribute_data_type_check CHECK ((data_type = ANY (ARRAY['text'::text, 'number'::text, 'boolean'::text])))
);


--
-- Name: attribute_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.attribute ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.attribute_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: brand; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.brand (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    website text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: brand_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.brand ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.brand_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: category; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.category (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    parent_id bigint,
    name text NOT NULL,
    slug text NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: category_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.category ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.category_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: price; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.price (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    price_list_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    amount numeric(12,2) NOT NULL,
    min_quantity integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT price_amount_check CHECK ((amount >= (0)::numeric))
);


--
-- Name: price_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.price ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.price_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: price_list; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.price_list (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    valid_during tstzrange,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: price_list_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.price_list ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.price_list_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.product (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    category_id bigint,
    brand_id bigint,
    sku text NOT NULL,
    name text NOT NULL,
    description text,
    weight_grams numeric(10,2),
    is_published boolean DEFAULT false NOT NULL,
    search_text text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE product; Type: COMMENT; Schema: catalog; Owner: -
--

COMMENT ON TABLE catalog.product IS 'Sellable items';


--
-- Name: COLUMN product.weight_grams; Type: COMMENT; Schema: catalog; Owner: -
--

COMMENT ON COLUMN catalog.product.weight_grams IS 'Shipping weight';


--
-- Name: product_bundle; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.product_bundle (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    product_id bigint NOT NULL,
    component_id bigint NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: product_bundle_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product_bundle ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.product_bundle_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.product_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product_image; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.product_image (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    product_id bigint NOT NULL,
    file_id bigint,
    alt_text text,
    "position" integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: product_image_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product_image ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.product_image_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product_tag; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.product_tag (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    product_id bigint NOT NULL,
    tag_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: product_tag_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product_tag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.product_tag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product_variant; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.product_variant (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    product_id bigint NOT NULL,
    sku text NOT NULL,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    barcode text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: product_variant_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product_variant ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.product_variant_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: review; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.review (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    product_id bigint NOT NULL,
    customer_id bigint,
    rating smallint NOT NULL,
    body text,
    is_verified boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT review_rating_check CHECK (((rating >= 1) AND (rating <= 10)))
);


--
-- Name: review_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.review ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.review_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: tag; Type: TABLE; Schema: catalog; Owner: -
--

CREATE TABLE catalog.tag (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: tag_id_seq; Type: SEQUENCE; Schema: catalog; Owner: -
--

ALTER TABLE catalog.tag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME catalog.tag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: activity; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.activity (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    deal_id bigint,
    contact_id bigint,
    kind text NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: activity_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.activity ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.activity_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: campaign; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.campaign (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    starts_on date,
    ends_on date,
    budget numeric(12,2),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT campaign_dates_check CHECK (((ends_on IS NULL) OR (ends_on >= starts_on)))
);


--
-- Name: campaign_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.campaign ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.campaign_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: campaign_member; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.campaign_member (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    campaign_id bigint NOT NULL,
    contact_id bigint NOT NULL,
    responded boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: campaign_member_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.campaign_member ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.campaign_member_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: company; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.company (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    domain text,
    industry text,
    employees integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: company_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.company ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.company_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: contact; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.contact (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    company_id bigint,
    email app.email,
    name text NOT NULL,
    title text,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: contact_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.contact ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: deal; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.deal (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    company_id bigint NOT NULL,
    owner_id bigint,
    title text NOT NULL,
    amount numeric(14,2),
    stage text DEFAULT 'lead'::text NOT NULL,
    close_date date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: deal_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.deal ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.deal_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: note; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.note (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    contact_id bigint,
    deal_id bigint,
    author_id bigint,
    body text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: note_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.note ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.note_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: pipeline_stage; Type: TABLE; Schema: crm; Owner: -
--

CREATE TABLE crm.pipeline_stage (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    "position" integer NOT NULL,
    probability numeric(3,2),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: pipeline_stage_id_seq; Type: SEQUENCE; Schema: crm; Owner: -
--

ALTER TABLE crm.pipeline_stage ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME crm.pipeline_stage_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: department; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr.department (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    parent_id bigint,
    cost_center text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: department_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr.department ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.department_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: employee; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr.employee (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint,
    department_id bigint,
    manager_id bigint,
    first_name text NOT NULL,
    last_name text NOT NULL,
    hired_on date NOT NULL,
    salary numeric(12,2),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT employee_not_own_manager CHECK ((manager_id <> id))
);


--
-- Name: employee_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr.employee ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.employee_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: org_chart; Type: VIEW; Schema: hr; Owner: -
--

CREATE VIEW hr.org_chart WITH (security_invoker='true') AS
 SELECT e.id,
    e.first_name,
    e.last_name,
    m.first_name AS manager_first_name,
    d.name AS department
   FROM ((hr.employee e
     LEFT JOIN hr.employee m ON ((m.id = e.manager_id)))
     LEFT JOIN hr.department d ON ((d.id = e.department_id)));


--
-- Name: performance_review; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr.performance_review (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    employee_id bigint NOT NULL,
    review_cycle_id bigint NOT NULL,
    reviewer_id bigint,
    rating smallint,
    summary text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT performance_review_rating_check CHECK (((rating >= 1) AND (rating <= 5)))
);


--
-- Name: performance_review_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr.performance_review ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.performance_review_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: position; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr."position" (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    title text NOT NULL,
    department_id bigint,
    open boolean DEFAULT true NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: position_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr."position" ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.position_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: review_cycle; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr.review_cycle (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    period daterange NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: review_cycle_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr.review_cycle ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.review_cycle_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: time_off; Type: TABLE; Schema: hr; Owner: -
--

CREATE TABLE hr.time_off (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    employee_id bigint NOT NULL,
    during daterange NOT NULL,
    kind text NOT NULL,
    approved_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: time_off_id_seq; Type: SEQUENCE; Schema: hr; Owner: -
--

ALTER TABLE hr.time_off ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME hr.time_off_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock_level; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.stock_level (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    location_id bigint NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    reserved integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT stock_level_reserved_check CHECK (((reserved >= 0) AND (reserved <= on_hand)))
);


--
-- Name: available_stock; Type: VIEW; Schema: inventory; Owner: -
--

CREATE VIEW inventory.available_stock WITH (security_barrier='true') AS
 SELECT stock_level.variant_id,
    sum((stock_level.on_hand - stock_level.reserved)) AS available
   FROM inventory.stock_level
  GROUP BY stock_level.variant_id
 HAVING (sum((stock_level.on_hand - stock_level.reserved)) > 0);


--
-- Name: location; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.location (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    warehouse_id bigint NOT NULL,
    aisle text,
    shelf text,
    bin text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: location_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.location ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.location_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: purchase_order; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.purchase_order (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    supplier_id bigint NOT NULL,
    warehouse_id bigint NOT NULL,
    ordered_at timestamp with time zone,
    expected_at date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: purchase_order_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.purchase_order ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.purchase_order_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: purchase_order_line; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.purchase_order_line (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    purchase_order_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    quantity integer NOT NULL,
    unit_cost numeric(12,4),
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT purchase_order_line_quantity_check CHECK ((quantity > 0))
);


--
-- Name: purchase_order_line_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.purchase_order_line ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.purchase_order_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: reservation; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.reservation (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    order_line_id bigint,
    quantity integer NOT NULL,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: reservation_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.reservation ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.reservation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock_count; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.stock_count (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    location_id bigint NOT NULL,
    counted_at timestamp with time zone NOT NULL,
    counted_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: stock_count_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.stock_count ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.stock_count_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock_count_line; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.stock_count_line (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    stock_count_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    counted integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: stock_count_line_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.stock_count_line ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.stock_count_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock_level_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.stock_level ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.stock_level_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: stock_movement; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.stock_movement (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    from_location_id bigint,
    to_location_id bigint,
    quantity integer NOT NULL,
    reason text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT stock_movement_quantity_check CHECK ((quantity <> 0))
);


--
-- Name: stock_movement_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.stock_movement ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.stock_movement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: supplier; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.supplier (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    name text NOT NULL,
    email app.email,
    phone text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: supplier_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.supplier ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.supplier_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: warehouse; Type: TABLE; Schema: inventory; Owner: -
--

CREATE TABLE inventory.warehouse (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    code text NOT NULL,
    name text NOT NULL,
    address app.address,
    country app.country_code,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: warehouse_id_seq; Type: SEQUENCE; Schema: inventory; Owner: -
--

ALTER TABLE inventory.warehouse ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME inventory.warehouse_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: daily_sales; Type: TABLE; Schema: reporting; Owner: -
--

CREATE TABLE reporting.daily_sales (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    day date NOT NULL,
    orders integer NOT NULL,
    revenue numeric(14,2) NOT NULL
);


--
-- Name: daily_sales_id_seq; Type: SEQUENCE; Schema: reporting; Owner: -
--

ALTER TABLE reporting.daily_sales ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME reporting.daily_sales_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: kpi_snapshot; Type: TABLE; Schema: reporting; Owner: -
--

CREATE TABLE reporting.kpi_snapshot (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    taken_on date NOT NULL,
    metrics jsonb NOT NULL
);


--
-- Name: kpi_snapshot_id_seq; Type: SEQUENCE; Schema: reporting; Owner: -
--

ALTER TABLE reporting.kpi_snapshot ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME reporting.kpi_snapshot_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product_rating; Type: MATERIALIZED VIEW; Schema: reporting; Owner: -
--

CREATE MATERIALIZED VIEW reporting.product_rating AS
 SELECT review.product_id,
    avg(review.rating) AS avg_rating,
    count(*) AS reviews
   FROM catalog.review
  GROUP BY review.product_id
  WITH NO DATA;


--
-- Name: customer; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.customer (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    user_id bigint,
    email app.email NOT NULL,
    name text NOT NULL,
    phone text,
    default_address app.address,
    marketing_opt_in boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE customer; Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON TABLE sales.customer IS 'Buyers';


--
-- Name: order; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales."order" (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status sales.order_status DEFAULT 'draft'::sales.order_status NOT NULL,
    placed_at timestamp with time zone,
    currency character(3) DEFAULT 'EUR'::bpchar NOT NULL,
    shipping_address app.address,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE "order"; Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON TABLE sales."order" IS 'Customer orders';


--
-- Name: order_summary; Type: VIEW; Schema: sales; Owner: -
--

CREATE VIEW sales.order_summary AS
 SELECT o.id,
    o.tenant_id,
    o.customer_id,
    c.name AS customer_name,
    o.status,
    o.placed_at,
    sales.order_total(o.id) AS total
   FROM (sales."order" o
     JOIN sales.customer c ON ((c.id = o.customer_id)));


--
-- Name: VIEW order_summary; Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON VIEW sales.order_summary IS 'One row per order with its total';


--
-- Name: revenue_by_month; Type: VIEW; Schema: reporting; Owner: -
--

CREATE VIEW reporting.revenue_by_month AS
 SELECT order_summary.tenant_id,
    date_trunc('month'::text, order_summary.placed_at) AS month,
    count(*) AS orders,
    sum(order_summary.total) AS revenue
   FROM sales.order_summary
  WHERE (order_summary.status <> 'cancelled'::sales.order_status)
  GROUP BY order_summary.tenant_id, (date_trunc('month'::text, order_summary.placed_at));


--
-- Name: cart; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.cart (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint,
    session_id bigint,
    expires_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: cart_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.cart ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.cart_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: cart_item; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.cart_item (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    cart_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    quantity integer DEFAULT 1 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT cart_item_quantity_check CHECK ((quantity > 0))
);


--
-- Name: cart_item_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.cart_item ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.cart_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_address; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.customer_address (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    label text,
    address app.address NOT NULL,
    is_default boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: customer_address_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.customer_address ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.customer_address_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.customer ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: discount_code; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.discount_code (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    code public.citext NOT NULL,
    percent_off numeric(5,2),
    amount_off numeric(12,2),
    valid_during tstzrange,
    max_uses integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT discount_code_one_kind_check CHECK (((percent_off IS NULL) <> (amount_off IS NULL)))
);


--
-- Name: discount_code_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.discount_code ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.discount_code_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: gift_card; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.gift_card (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    code text NOT NULL,
    balance billing.money_amount NOT NULL,
    expires_on date,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: gift_card_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.gift_card ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.gift_card_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_discount; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.order_discount (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL,
    discount_code_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: order_discount_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.order_discount ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.order_discount_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_event; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.order_event (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL,
    status sales.order_status NOT NULL,
    at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE order_event; Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON TABLE sales.order_event IS 'Order status history';


--
-- Name: order_event_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.order_event ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.order_event_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales."order" ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.order_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: order_line; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.order_line (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL,
    variant_id bigint NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(12,2) NOT NULL,
    discount numeric(12,2) DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT order_line_quantity_check CHECK ((quantity > 0))
);


--
-- Name: COLUMN order_line.discount; Type: COMMENT; Schema: sales; Owner: -
--

COMMENT ON COLUMN sales.order_line.discount IS 'Absolute discount on the line, in order currency';


--
-- Name: order_line_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.order_line ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.order_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: return_item; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.return_item (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    return_request_id bigint NOT NULL,
    order_line_id bigint NOT NULL,
    quantity integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: return_item_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.return_item ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.return_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: return_request; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.return_request (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL,
    reason text,
    approved boolean,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: return_request_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.return_request ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.return_request_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: shipment; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.shipment (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    order_id bigint NOT NULL,
    carrier text,
    tracking_number text,
    shipped_at timestamp with time zone,
    delivered_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: shipment_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.shipment ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.shipment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: shipment_item; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.shipment_item (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    shipment_id bigint NOT NULL,
    order_line_id bigint NOT NULL,
    quantity integer NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: shipment_item_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.shipment_item ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.shipment_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wishlist; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.wishlist (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint NOT NULL,
    name text DEFAULT 'Wishlist'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wishlist_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.wishlist ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.wishlist_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: wishlist_item; Type: TABLE; Schema: sales; Owner: -
--

CREATE TABLE sales.wishlist_item (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    wishlist_id bigint NOT NULL,
    product_id bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: wishlist_item_id_seq; Type: SEQUENCE; Schema: sales; Owner: -
--

ALTER TABLE sales.wishlist_item ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.wishlist_item_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: kb_article; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.kb_article (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    title text NOT NULL,
    slug text NOT NULL,
    body text,
    published_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: kb_article_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.kb_article ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.kb_article_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.ticket (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    customer_id bigint,
    subject text NOT NULL,
    priority support.ticket_priority DEFAULT 'normal'::support.ticket_priority NOT NULL,
    assignee_id bigint,
    closed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE ticket; Type: COMMENT; Schema: support; Owner: -
--

COMMENT ON TABLE support.ticket IS 'Support requests';


--
-- Name: open_ticket; Type: VIEW; Schema: support; Owner: -
--

CREATE VIEW support.open_ticket AS
 SELECT ticket.id,
    ticket.tenant_id,
    ticket.subject,
    ticket.priority,
    ticket.assignee_id
   FROM support.ticket
  WHERE (ticket.closed_at IS NULL)
  WITH CASCADED CHECK OPTION;


--
-- Name: satisfaction_rating; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.satisfaction_rating (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    score smallint NOT NULL,
    comment text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT satisfaction_rating_score_check CHECK (((score >= 1) AND (score <= 5)))
);


--
-- Name: satisfaction_rating_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.satisfaction_rating ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.satisfaction_rating_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sla_policy; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.sla_policy (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    priority support.ticket_priority NOT NULL,
    first_response interval NOT NULL,
    resolution interval NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: sla_policy_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.sla_policy ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.sla_policy_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.ticket ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.ticket_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_message; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.ticket_message (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    author_id bigint,
    body text NOT NULL,
    is_internal boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ticket_message_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.ticket_message ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.ticket_message_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: ticket_tag; Type: TABLE; Schema: support; Owner: -
--

CREATE TABLE support.ticket_tag (
    id bigint NOT NULL,
    tenant_id bigint NOT NULL,
    ticket_id bigint NOT NULL,
    tag text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: ticket_tag_id_seq; Type: SEQUENCE; Schema: support; Owner: -
--

ALTER TABLE support.ticket_tag ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME support.ticket_tag_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: api_key api_key_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.api_key
    ADD CONSTRAINT api_key_pkey PRIMARY KEY (id);


--
-- Name: feature_flag feature_flag_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.feature_flag
    ADD CONSTRAINT feature_flag_pkey PRIMARY KEY (id);


--
-- Name: file_upload file_upload_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.file_upload
    ADD CONSTRAINT file_upload_pkey PRIMARY KEY (id);


--
-- Name: invitation invitation_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.invitation
    ADD CONSTRAINT invitation_pkey PRIMARY KEY (id);


--
-- Name: membership membership_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.membership
    ADD CONSTRAINT membership_pkey PRIMARY KEY (id);


--
-- Name: membership membership_tenant_user_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.membership
    ADD CONSTRAINT membership_tenant_user_key UNIQUE (tenant_id, user_id);


--
-- Name: notification notification_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification
    ADD CONSTRAINT notification_pkey PRIMARY KEY (id);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (id);


--
-- Name: setting setting_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.setting
    ADD CONSTRAINT setting_pkey PRIMARY KEY (id);


--
-- Name: setting setting_tenant_key_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.setting
    ADD CONSTRAINT setting_tenant_key_key UNIQUE (tenant_id, key);


--
-- Name: tenant tenant_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tenant
    ADD CONSTRAINT tenant_pkey PRIMARY KEY (id);


--
-- Name: tenant tenant_slug_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.tenant
    ADD CONSTRAINT tenant_slug_key UNIQUE (slug);


--
-- Name: user_account user_account_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_account
    ADD CONSTRAINT user_account_pkey PRIMARY KEY (id);


--
-- Name: user_account user_account_tenant_email_key; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_account
    ADD CONSTRAINT user_account_tenant_email_key UNIQUE (tenant_id, email);


--
-- Name: webhook_delivery webhook_delivery_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.webhook_delivery
    ADD CONSTRAINT webhook_delivery_pkey PRIMARY KEY (id);


--
-- Name: webhook webhook_pkey; Type: CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.webhook
    ADD CONSTRAINT webhook_pkey PRIMARY KEY (id);


--
-- Name: change_log change_log_pkey; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.change_log
    ADD CONSTRAINT change_log_pkey PRIMARY KEY (id);


--
-- Name: export_job export_job_pkey; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.export_job
    ADD CONSTRAINT export_job_pkey PRIMARY KEY (id);


--
-- Name: login_event login_event_pkey; Type: CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.login_event
    ADD CONSTRAINT login_event_pkey PRIMARY KEY (id);


--
-- Name: credit_note credit_note_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.credit_note
    ADD CONSTRAINT credit_note_pkey PRIMARY KEY (id);


--
-- Name: invoice_line invoice_line_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice_line
    ADD CONSTRAINT invoice_line_pkey PRIMARY KEY (id);


--
-- Name: invoice invoice_number_key; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice
    ADD CONSTRAINT invoice_number_key UNIQUE (number);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);


--
-- Name: payment_method payment_method_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment_method
    ADD CONSTRAINT payment_method_pkey PRIMARY KEY (id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: plan plan_code_key; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.plan
    ADD CONSTRAINT plan_code_key UNIQUE (code);


--
-- Name: plan plan_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.plan
    ADD CONSTRAINT plan_pkey PRIMARY KEY (id);


--
-- Name: refund refund_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.refund
    ADD CONSTRAINT refund_pkey PRIMARY KEY (id);


--
-- Name: subscription subscription_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscription
    ADD CONSTRAINT subscription_pkey PRIMARY KEY (id);


--
-- Name: tax_rate tax_rate_key; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.tax_rate
    ADD CONSTRAINT tax_rate_key UNIQUE (tenant_id, country, valid_from);


--
-- Name: tax_rate tax_rate_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.tax_rate
    ADD CONSTRAINT tax_rate_pkey PRIMARY KEY (id);


--
-- Name: usage_record usage_record_pkey; Type: CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.usage_record
    ADD CONSTRAINT usage_record_pkey PRIMARY KEY (id);


--
-- Name: attribute attribute_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.attribute
    ADD CONSTRAINT attribute_pkey PRIMARY KEY (id);


--
-- Name: brand brand_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.brand
    ADD CONSTRAINT brand_pkey PRIMARY KEY (id);


--
-- Name: category category_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.category
    ADD CONSTRAINT category_pkey PRIMARY KEY (id);


--
-- Name: price_list price_list_no_overlap; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price_list
    ADD CONSTRAINT price_list_no_overlap EXCLUDE USING gist (tenant_id WITH =, name WITH =, valid_during WITH &&);


--
-- Name: price_list price_list_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price_list
    ADD CONSTRAINT price_list_pkey PRIMARY KEY (id);


--
-- Name: price price_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price
    ADD CONSTRAINT price_pkey PRIMARY KEY (id);


--
-- Name: product_bundle product_bundle_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_bundle
    ADD CONSTRAINT product_bundle_pkey PRIMARY KEY (id);


--
-- Name: product_image product_image_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_image
    ADD CONSTRAINT product_image_pkey PRIMARY KEY (id);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);


--
-- Name: product_tag product_tag_key; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_tag
    ADD CONSTRAINT product_tag_key UNIQUE (product_id, tag_id);


--
-- Name: product_tag product_tag_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_tag
    ADD CONSTRAINT product_tag_pkey PRIMARY KEY (id);


--
-- Name: product product_tenant_sku_key; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product
    ADD CONSTRAINT product_tenant_sku_key UNIQUE (tenant_id, sku);


--
-- Name: product_variant product_variant_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_variant
    ADD CONSTRAINT product_variant_pkey PRIMARY KEY (id);


--
-- Name: product_variant product_variant_tenant_sku_key; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_variant
    ADD CONSTRAINT product_variant_tenant_sku_key UNIQUE (tenant_id, sku);


--
-- Name: review review_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.review
    ADD CONSTRAINT review_pkey PRIMARY KEY (id);


--
-- Name: tag tag_pkey; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.tag
    ADD CONSTRAINT tag_pkey PRIMARY KEY (id);


--
-- Name: tag tag_tenant_name_key; Type: CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.tag
    ADD CONSTRAINT tag_tenant_name_key UNIQUE (tenant_id, name);


--
-- Name: activity activity_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.activity
    ADD CONSTRAINT activity_pkey PRIMARY KEY (id);


--
-- Name: campaign_member campaign_member_key; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign_member
    ADD CONSTRAINT campaign_member_key UNIQUE (campaign_id, contact_id);


--
-- Name: campaign_member campaign_member_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign_member
    ADD CONSTRAINT campaign_member_pkey PRIMARY KEY (id);


--
-- Name: campaign campaign_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign
    ADD CONSTRAINT campaign_pkey PRIMARY KEY (id);


--
-- Name: company company_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.company
    ADD CONSTRAINT company_pkey PRIMARY KEY (id);


--
-- Name: contact contact_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.contact
    ADD CONSTRAINT contact_pkey PRIMARY KEY (id);


--
-- Name: deal deal_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.deal
    ADD CONSTRAINT deal_pkey PRIMARY KEY (id);


--
-- Name: note note_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);


--
-- Name: pipeline_stage pipeline_stage_pkey; Type: CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.pipeline_stage
    ADD CONSTRAINT pipeline_stage_pkey PRIMARY KEY (id);


--
-- Name: department department_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.department
    ADD CONSTRAINT department_pkey PRIMARY KEY (id);


--
-- Name: employee employee_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.employee
    ADD CONSTRAINT employee_pkey PRIMARY KEY (id);


--
-- Name: performance_review performance_review_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.performance_review
    ADD CONSTRAINT performance_review_pkey PRIMARY KEY (id);


--
-- Name: position position_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr."position"
    ADD CONSTRAINT position_pkey PRIMARY KEY (id);


--
-- Name: review_cycle review_cycle_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.review_cycle
    ADD CONSTRAINT review_cycle_pkey PRIMARY KEY (id);


--
-- Name: time_off time_off_no_overlap; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.time_off
    ADD CONSTRAINT time_off_no_overlap EXCLUDE USING gist (employee_id WITH =, during WITH &&);


--
-- Name: time_off time_off_pkey; Type: CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.time_off
    ADD CONSTRAINT time_off_pkey PRIMARY KEY (id);


--
-- Name: location location_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.location
    ADD CONSTRAINT location_pkey PRIMARY KEY (id);


--
-- Name: purchase_order_line purchase_order_line_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order_line
    ADD CONSTRAINT purchase_order_line_pkey PRIMARY KEY (id);


--
-- Name: purchase_order purchase_order_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order
    ADD CONSTRAINT purchase_order_pkey PRIMARY KEY (id);


--
-- Name: reservation reservation_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.reservation
    ADD CONSTRAINT reservation_pkey PRIMARY KEY (id);


--
-- Name: stock_count_line stock_count_line_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count_line
    ADD CONSTRAINT stock_count_line_pkey PRIMARY KEY (id);


--
-- Name: stock_count stock_count_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count
    ADD CONSTRAINT stock_count_pkey PRIMARY KEY (id);


--
-- Name: stock_level stock_level_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_level
    ADD CONSTRAINT stock_level_pkey PRIMARY KEY (id);


--
-- Name: stock_level stock_level_variant_location_key; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_level
    ADD CONSTRAINT stock_level_variant_location_key UNIQUE (variant_id, location_id);


--
-- Name: stock_movement stock_movement_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_movement
    ADD CONSTRAINT stock_movement_pkey PRIMARY KEY (id);


--
-- Name: supplier supplier_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.supplier
    ADD CONSTRAINT supplier_pkey PRIMARY KEY (id);


--
-- Name: warehouse warehouse_pkey; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouse
    ADD CONSTRAINT warehouse_pkey PRIMARY KEY (id);


--
-- Name: warehouse warehouse_tenant_code_key; Type: CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouse
    ADD CONSTRAINT warehouse_tenant_code_key UNIQUE (tenant_id, code);


--
-- Name: daily_sales daily_sales_key; Type: CONSTRAINT; Schema: reporting; Owner: -
--

ALTER TABLE ONLY reporting.daily_sales
    ADD CONSTRAINT daily_sales_key UNIQUE (tenant_id, day);


--
-- Name: daily_sales daily_sales_pkey; Type: CONSTRAINT; Schema: reporting; Owner: -
--

ALTER TABLE ONLY reporting.daily_sales
    ADD CONSTRAINT daily_sales_pkey PRIMARY KEY (id);


--
-- Name: kpi_snapshot kpi_snapshot_pkey; Type: CONSTRAINT; Schema: reporting; Owner: -
--

ALTER TABLE ONLY reporting.kpi_snapshot
    ADD CONSTRAINT kpi_snapshot_pkey PRIMARY KEY (id);


--
-- Name: cart_item cart_item_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart_item
    ADD CONSTRAINT cart_item_pkey PRIMARY KEY (id);


--
-- Name: cart cart_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart
    ADD CONSTRAINT cart_pkey PRIMARY KEY (id);


--
-- Name: customer_address customer_address_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer_address
    ADD CONSTRAINT customer_address_pkey PRIMARY KEY (id);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: customer customer_tenant_email_key; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer
    ADD CONSTRAINT customer_tenant_email_key UNIQUE (tenant_id, email);


--
-- Name: discount_code discount_code_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.discount_code
    ADD CONSTRAINT discount_code_pkey PRIMARY KEY (id);


--
-- Name: discount_code discount_code_tenant_code_key; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.discount_code
    ADD CONSTRAINT discount_code_tenant_code_key UNIQUE (tenant_id, code);


--
-- Name: gift_card gift_card_code_key; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.gift_card
    ADD CONSTRAINT gift_card_code_key UNIQUE (code);


--
-- Name: gift_card gift_card_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.gift_card
    ADD CONSTRAINT gift_card_pkey PRIMARY KEY (id);


--
-- Name: order_discount order_discount_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_discount
    ADD CONSTRAINT order_discount_pkey PRIMARY KEY (id);


--
-- Name: order_event order_event_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_event
    ADD CONSTRAINT order_event_pkey PRIMARY KEY (id);


--
-- Name: order_line order_line_discount_check; Type: CHECK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE sales.order_line
    ADD CONSTRAINT order_line_discount_check CHECK ((discount >= (0)::numeric)) NOT VALID;


--
-- Name: order_line order_line_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_line
    ADD CONSTRAINT order_line_pkey PRIMARY KEY (id);


--
-- Name: order order_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales."order"
    ADD CONSTRAINT order_pkey PRIMARY KEY (id);


--
-- Name: return_item return_item_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_item
    ADD CONSTRAINT return_item_pkey PRIMARY KEY (id);


--
-- Name: return_request return_request_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_request
    ADD CONSTRAINT return_request_pkey PRIMARY KEY (id);


--
-- Name: shipment_item shipment_item_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment_item
    ADD CONSTRAINT shipment_item_pkey PRIMARY KEY (id);


--
-- Name: shipment shipment_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment
    ADD CONSTRAINT shipment_pkey PRIMARY KEY (id);


--
-- Name: wishlist_item wishlist_item_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist_item
    ADD CONSTRAINT wishlist_item_pkey PRIMARY KEY (id);


--
-- Name: wishlist wishlist_pkey; Type: CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist
    ADD CONSTRAINT wishlist_pkey PRIMARY KEY (id);


--
-- Name: kb_article kb_article_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.kb_article
    ADD CONSTRAINT kb_article_pkey PRIMARY KEY (id);


--
-- Name: kb_article kb_article_slug_key; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.kb_article
    ADD CONSTRAINT kb_article_slug_key UNIQUE (tenant_id, slug);


--
-- Name: satisfaction_rating satisfaction_rating_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.satisfaction_rating
    ADD CONSTRAINT satisfaction_rating_pkey PRIMARY KEY (id);


--
-- Name: sla_policy sla_policy_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.sla_policy
    ADD CONSTRAINT sla_policy_pkey PRIMARY KEY (id);


--
-- Name: ticket_message ticket_message_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_message
    ADD CONSTRAINT ticket_message_pkey PRIMARY KEY (id);


--
-- Name: ticket ticket_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket
    ADD CONSTRAINT ticket_pkey PRIMARY KEY (id);


--
-- Name: ticket_tag ticket_tag_pkey; Type: CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_tag
    ADD CONSTRAINT ticket_tag_pkey PRIMARY KEY (id);


--
-- Name: api_key_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX api_key_tenant_idx ON app.api_key USING btree (tenant_id);


--
-- Name: api_key_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX api_key_user_id_idx ON app.api_key USING btree (user_id);


--
-- Name: feature_flag_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX feature_flag_tenant_idx ON app.feature_flag USING btree (tenant_id);


--
-- Name: file_upload_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX file_upload_tenant_idx ON app.file_upload USING btree (tenant_id);


--
-- Name: file_upload_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX file_upload_user_id_idx ON app.file_upload USING btree (user_id);


--
-- Name: invitation_invited_by_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX invitation_invited_by_idx ON app.invitation USING btree (invited_by);


--
-- Name: invitation_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX invitation_tenant_idx ON app.invitation USING btree (tenant_id);


--
-- Name: membership_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX membership_tenant_idx ON app.membership USING btree (tenant_id);


--
-- Name: membership_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX membership_user_id_idx ON app.membership USING btree (user_id);


--
-- Name: notification_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notification_tenant_idx ON app.notification USING btree (tenant_id);


--
-- Name: notification_unread_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notification_unread_idx ON app.notification USING btree (user_id) WHERE (read_at IS NULL);


--
-- Name: notification_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX notification_user_id_idx ON app.notification USING btree (user_id);


--
-- Name: session_expires_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX session_expires_idx ON app.session USING brin (expires_at);


--
-- Name: session_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX session_tenant_idx ON app.session USING btree (tenant_id);


--
-- Name: session_token_key; Type: INDEX; Schema: app; Owner: -
--

CREATE UNIQUE INDEX session_token_key ON app.session USING btree (token);


--
-- Name: session_user_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX session_user_id_idx ON app.session USING btree (user_id);


--
-- Name: setting_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX setting_tenant_idx ON app.setting USING btree (tenant_id);


--
-- Name: user_account_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX user_account_tenant_idx ON app.user_account USING btree (tenant_id);


--
-- Name: webhook_delivery_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX webhook_delivery_tenant_idx ON app.webhook_delivery USING btree (tenant_id);


--
-- Name: webhook_delivery_webhook_id_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX webhook_delivery_webhook_id_idx ON app.webhook_delivery USING btree (webhook_id);


--
-- Name: webhook_events_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX webhook_events_idx ON app.webhook USING gin (events);


--
-- Name: webhook_tenant_idx; Type: INDEX; Schema: app; Owner: -
--

CREATE INDEX webhook_tenant_idx ON app.webhook USING btree (tenant_id);


--
-- Name: change_log_changed_at_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX change_log_changed_at_idx ON audit.change_log USING brin (changed_at) WITH (pages_per_range='32');


--
-- Name: change_log_table_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX change_log_table_idx ON audit.change_log USING btree (table_name, changed_at);


--
-- Name: export_job_file_id_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX export_job_file_id_idx ON audit.export_job USING btree (file_id);


--
-- Name: export_job_requested_by_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX export_job_requested_by_idx ON audit.export_job USING btree (requested_by);


--
-- Name: export_job_tenant_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX export_job_tenant_idx ON audit.export_job USING btree (tenant_id);


--
-- Name: login_event_tenant_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX login_event_tenant_idx ON audit.login_event USING btree (tenant_id);


--
-- Name: login_event_user_id_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX login_event_user_id_idx ON audit.login_event USING btree (user_id);


--
-- Name: login_event_user_idx; Type: INDEX; Schema: audit; Owner: -
--

CREATE INDEX login_event_user_idx ON audit.login_event USING btree (user_id, at DESC);


--
-- Name: credit_note_invoice_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX credit_note_invoice_id_idx ON billing.credit_note USING btree (invoice_id);


--
-- Name: credit_note_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX credit_note_tenant_idx ON billing.credit_note USING btree (tenant_id);


--
-- Name: invoice_line_invoice_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_line_invoice_id_idx ON billing.invoice_line USING btree (invoice_id);


--
-- Name: invoice_line_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_line_tenant_idx ON billing.invoice_line USING btree (tenant_id);


--
-- Name: invoice_open_due_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_open_due_idx ON billing.invoice USING btree (due_on) WHERE (status = 'open'::billing.invoice_status);


--
-- Name: invoice_order_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_order_id_idx ON billing.invoice USING btree (order_id);


--
-- Name: invoice_subscription_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_subscription_id_idx ON billing.invoice USING btree (subscription_id);


--
-- Name: invoice_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX invoice_tenant_idx ON billing.invoice USING btree (tenant_id);


--
-- Name: payment_invoice_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX payment_invoice_id_idx ON billing.payment USING btree (invoice_id);


--
-- Name: payment_method_customer_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX payment_method_customer_id_idx ON billing.payment_method USING btree (customer_id);


--
-- Name: payment_method_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX payment_method_tenant_idx ON billing.payment_method USING btree (tenant_id);


--
-- Name: payment_provider_ref_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX payment_provider_ref_idx ON billing.payment USING hash (provider_ref);


--
-- Name: payment_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX payment_tenant_idx ON billing.payment USING btree (tenant_id);


--
-- Name: plan_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX plan_tenant_idx ON billing.plan USING btree (tenant_id);


--
-- Name: refund_payment_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX refund_payment_id_idx ON billing.refund USING btree (payment_id);


--
-- Name: refund_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX refund_tenant_idx ON billing.refund USING btree (tenant_id);


--
-- Name: subscription_plan_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX subscription_plan_id_idx ON billing.subscription USING btree (plan_id);


--
-- Name: subscription_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX subscription_tenant_idx ON billing.subscription USING btree (tenant_id);


--
-- Name: tax_rate_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX tax_rate_tenant_idx ON billing.tax_rate USING btree (tenant_id);


--
-- Name: usage_record_recorded_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX usage_record_recorded_idx ON billing.usage_record USING brin (recorded_at);


--
-- Name: usage_record_subscription_id_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX usage_record_subscription_id_idx ON billing.usage_record USING btree (subscription_id);


--
-- Name: usage_record_tenant_idx; Type: INDEX; Schema: billing; Owner: -
--

CREATE INDEX usage_record_tenant_idx ON billing.usage_record USING btree (tenant_id);


--
-- Name: attribute_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX attribute_tenant_idx ON catalog.attribute USING btree (tenant_id);


--
-- Name: brand_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX brand_tenant_idx ON catalog.brand USING btree (tenant_id);


--
-- Name: category_parent_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX category_parent_id_idx ON catalog.category USING btree (parent_id);


--
-- Name: category_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX category_tenant_idx ON catalog.category USING btree (tenant_id);


--
-- Name: price_list_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX price_list_tenant_idx ON catalog.price_list USING btree (tenant_id);


--
-- Name: price_price_list_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX price_price_list_id_idx ON catalog.price USING btree (price_list_id);


--
-- Name: price_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX price_tenant_idx ON catalog.price USING btree (tenant_id);


--
-- Name: price_variant_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX price_variant_id_idx ON catalog.price USING btree (variant_id);


--
-- Name: product_brand_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_brand_id_idx ON catalog.product USING btree (brand_id);


--
-- Name: product_bundle_component_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_bundle_component_id_idx ON catalog.product_bundle USING btree (component_id);


--
-- Name: product_bundle_product_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_bundle_product_id_idx ON catalog.product_bundle USING btree (product_id);


--
-- Name: product_bundle_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_bundle_tenant_idx ON catalog.product_bundle USING btree (tenant_id);


--
-- Name: product_category_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_category_id_idx ON catalog.product USING btree (category_id);


--
-- Name: product_image_file_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_image_file_id_idx ON catalog.product_image USING btree (file_id);


--
-- Name: product_image_product_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_image_product_id_idx ON catalog.product_image USING btree (product_id);


--
-- Name: product_image_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_image_tenant_idx ON catalog.product_image USING btree (tenant_id);


--
-- Name: product_name_trgm_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_name_trgm_idx ON catalog.product USING gin (name public.gin_trgm_ops);


--
-- Name: product_published_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_published_idx ON catalog.product USING btree (category_id) INCLUDE (name) WHERE is_published;


--
-- Name: product_tag_product_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_tag_product_id_idx ON catalog.product_tag USING btree (product_id);


--
-- Name: product_tag_tag_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_tag_tag_id_idx ON catalog.product_tag USING btree (tag_id);


--
-- Name: product_tag_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_tag_tenant_idx ON catalog.product_tag USING btree (tenant_id);


--
-- Name: product_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_tenant_idx ON catalog.product USING btree (tenant_id);


--
-- Name: product_variant_attributes_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_variant_attributes_idx ON catalog.product_variant USING gin (attributes jsonb_path_ops);


--
-- Name: product_variant_product_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_variant_product_id_idx ON catalog.product_variant USING btree (product_id);


--
-- Name: product_variant_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX product_variant_tenant_idx ON catalog.product_variant USING btree (tenant_id);


--
-- Name: review_customer_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX review_customer_id_idx ON catalog.review USING btree (customer_id);


--
-- Name: review_product_id_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX review_product_id_idx ON catalog.review USING btree (product_id);


--
-- Name: review_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX review_tenant_idx ON catalog.review USING btree (tenant_id);


--
-- Name: tag_tenant_idx; Type: INDEX; Schema: catalog; Owner: -
--

CREATE INDEX tag_tenant_idx ON catalog.tag USING btree (tenant_id);


--
-- Name: activity_contact_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX activity_contact_id_idx ON crm.activity USING btree (contact_id);


--
-- Name: activity_deal_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX activity_deal_id_idx ON crm.activity USING btree (deal_id);


--
-- Name: activity_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX activity_tenant_idx ON crm.activity USING btree (tenant_id);


--
-- Name: campaign_member_campaign_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX campaign_member_campaign_id_idx ON crm.campaign_member USING btree (campaign_id);


--
-- Name: campaign_member_contact_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX campaign_member_contact_id_idx ON crm.campaign_member USING btree (contact_id);


--
-- Name: campaign_member_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX campaign_member_tenant_idx ON crm.campaign_member USING btree (tenant_id);


--
-- Name: campaign_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX campaign_tenant_idx ON crm.campaign USING btree (tenant_id);


--
-- Name: company_domain_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX company_domain_idx ON crm.company USING btree (lower(domain));


--
-- Name: company_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX company_tenant_idx ON crm.company USING btree (tenant_id);


--
-- Name: contact_company_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX contact_company_id_idx ON crm.contact USING btree (company_id);


--
-- Name: contact_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX contact_tenant_idx ON crm.contact USING btree (tenant_id);


--
-- Name: deal_company_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX deal_company_id_idx ON crm.deal USING btree (company_id);


--
-- Name: deal_open_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX deal_open_idx ON crm.deal USING btree (owner_id, close_date) WHERE (stage <> ALL (ARRAY['won'::text, 'lost'::text]));


--
-- Name: deal_owner_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX deal_owner_id_idx ON crm.deal USING btree (owner_id);


--
-- Name: deal_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX deal_tenant_idx ON crm.deal USING btree (tenant_id);


--
-- Name: note_author_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX note_author_id_idx ON crm.note USING btree (author_id);


--
-- Name: note_contact_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX note_contact_id_idx ON crm.note USING btree (contact_id);


--
-- Name: note_deal_id_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX note_deal_id_idx ON crm.note USING btree (deal_id);


--
-- Name: note_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX note_tenant_idx ON crm.note USING btree (tenant_id);


--
-- Name: pipeline_stage_tenant_idx; Type: INDEX; Schema: crm; Owner: -
--

CREATE INDEX pipeline_stage_tenant_idx ON crm.pipeline_stage USING btree (tenant_id);


--
-- Name: department_parent_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX department_parent_id_idx ON hr.department USING btree (parent_id);


--
-- Name: department_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX department_tenant_idx ON hr.department USING btree (tenant_id);


--
-- Name: employee_department_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX employee_department_id_idx ON hr.employee USING btree (department_id);


--
-- Name: employee_manager_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX employee_manager_id_idx ON hr.employee USING btree (manager_id);


--
-- Name: employee_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX employee_tenant_idx ON hr.employee USING btree (tenant_id);


--
-- Name: employee_user_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX employee_user_id_idx ON hr.employee USING btree (user_id);


--
-- Name: performance_review_employee_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX performance_review_employee_id_idx ON hr.performance_review USING btree (employee_id);


--
-- Name: performance_review_review_cycle_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX performance_review_review_cycle_id_idx ON hr.performance_review USING btree (review_cycle_id);


--
-- Name: performance_review_reviewer_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX performance_review_reviewer_id_idx ON hr.performance_review USING btree (reviewer_id);


--
-- Name: performance_review_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX performance_review_tenant_idx ON hr.performance_review USING btree (tenant_id);


--
-- Name: position_department_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX position_department_id_idx ON hr."position" USING btree (department_id);


--
-- Name: position_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX position_tenant_idx ON hr."position" USING btree (tenant_id);


--
-- Name: review_cycle_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX review_cycle_tenant_idx ON hr.review_cycle USING btree (tenant_id);


--
-- Name: time_off_approved_by_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX time_off_approved_by_idx ON hr.time_off USING btree (approved_by);


--
-- Name: time_off_employee_id_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX time_off_employee_id_idx ON hr.time_off USING btree (employee_id);


--
-- Name: time_off_tenant_idx; Type: INDEX; Schema: hr; Owner: -
--

CREATE INDEX time_off_tenant_idx ON hr.time_off USING btree (tenant_id);


--
-- Name: location_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX location_tenant_idx ON inventory.location USING btree (tenant_id);


--
-- Name: location_warehouse_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX location_warehouse_id_idx ON inventory.location USING btree (warehouse_id);


--
-- Name: purchase_order_line_purchase_order_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_line_purchase_order_id_idx ON inventory.purchase_order_line USING btree (purchase_order_id);


--
-- Name: purchase_order_line_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_line_tenant_idx ON inventory.purchase_order_line USING btree (tenant_id);


--
-- Name: purchase_order_line_variant_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_line_variant_id_idx ON inventory.purchase_order_line USING btree (variant_id);


--
-- Name: purchase_order_supplier_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_supplier_id_idx ON inventory.purchase_order USING btree (supplier_id);


--
-- Name: purchase_order_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_tenant_idx ON inventory.purchase_order USING btree (tenant_id);


--
-- Name: purchase_order_warehouse_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX purchase_order_warehouse_id_idx ON inventory.purchase_order USING btree (warehouse_id);


--
-- Name: reservation_order_line_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX reservation_order_line_id_idx ON inventory.reservation USING btree (order_line_id);


--
-- Name: reservation_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX reservation_tenant_idx ON inventory.reservation USING btree (tenant_id);


--
-- Name: reservation_variant_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX reservation_variant_id_idx ON inventory.reservation USING btree (variant_id);


--
-- Name: stock_count_counted_by_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_counted_by_idx ON inventory.stock_count USING btree (counted_by);


--
-- Name: stock_count_line_stock_count_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_line_stock_count_id_idx ON inventory.stock_count_line USING btree (stock_count_id);


--
-- Name: stock_count_line_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_line_tenant_idx ON inventory.stock_count_line USING btree (tenant_id);


--
-- Name: stock_count_line_variant_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_line_variant_id_idx ON inventory.stock_count_line USING btree (variant_id);


--
-- Name: stock_count_location_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_location_id_idx ON inventory.stock_count USING btree (location_id);


--
-- Name: stock_count_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_count_tenant_idx ON inventory.stock_count USING btree (tenant_id);


--
-- Name: stock_level_location_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_level_location_id_idx ON inventory.stock_level USING btree (location_id);


--
-- Name: stock_level_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_level_tenant_idx ON inventory.stock_level USING btree (tenant_id);


--
-- Name: stock_level_variant_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_level_variant_id_idx ON inventory.stock_level USING btree (variant_id);


--
-- Name: stock_movement_created_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_movement_created_idx ON inventory.stock_movement USING brin (created_at);


--
-- Name: stock_movement_from_location_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_movement_from_location_id_idx ON inventory.stock_movement USING btree (from_location_id);


--
-- Name: stock_movement_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_movement_tenant_idx ON inventory.stock_movement USING btree (tenant_id);


--
-- Name: stock_movement_to_location_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_movement_to_location_id_idx ON inventory.stock_movement USING btree (to_location_id);


--
-- Name: stock_movement_variant_id_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX stock_movement_variant_id_idx ON inventory.stock_movement USING btree (variant_id);


--
-- Name: supplier_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX supplier_tenant_idx ON inventory.supplier USING btree (tenant_id);


--
-- Name: warehouse_tenant_idx; Type: INDEX; Schema: inventory; Owner: -
--

CREATE INDEX warehouse_tenant_idx ON inventory.warehouse USING btree (tenant_id);


--
-- Name: daily_sales_tenant_idx; Type: INDEX; Schema: reporting; Owner: -
--

CREATE INDEX daily_sales_tenant_idx ON reporting.daily_sales USING btree (tenant_id);


--
-- Name: kpi_snapshot_tenant_idx; Type: INDEX; Schema: reporting; Owner: -
--

CREATE INDEX kpi_snapshot_tenant_idx ON reporting.kpi_snapshot USING btree (tenant_id);


--
-- Name: product_rating_product_key; Type: INDEX; Schema: reporting; Owner: -
--

CREATE UNIQUE INDEX product_rating_product_key ON reporting.product_rating USING btree (product_id);


--
-- Name: cart_customer_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_customer_id_idx ON sales.cart USING btree (customer_id);


--
-- Name: cart_item_cart_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_item_cart_id_idx ON sales.cart_item USING btree (cart_id);


--
-- Name: cart_item_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_item_tenant_idx ON sales.cart_item USING btree (tenant_id);


--
-- Name: cart_item_variant_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_item_variant_id_idx ON sales.cart_item USING btree (variant_id);


--
-- Name: cart_session_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_session_id_idx ON sales.cart USING btree (session_id);


--
-- Name: cart_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX cart_tenant_idx ON sales.cart USING btree (tenant_id);


--
-- Name: customer_address_customer_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX customer_address_customer_id_idx ON sales.customer_address USING btree (customer_id);


--
-- Name: customer_address_one_default_key; Type: INDEX; Schema: sales; Owner: -
--

CREATE UNIQUE INDEX customer_address_one_default_key ON sales.customer_address USING btree (customer_id) WHERE is_default;


--
-- Name: customer_address_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX customer_address_tenant_idx ON sales.customer_address USING btree (tenant_id);


--
-- Name: customer_name_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX customer_name_idx ON sales.customer USING btree (lower(name));


--
-- Name: customer_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX customer_tenant_idx ON sales.customer USING btree (tenant_id);


--
-- Name: customer_user_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX customer_user_id_idx ON sales.customer USING btree (user_id);


--
-- Name: discount_code_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX discount_code_tenant_idx ON sales.discount_code USING btree (tenant_id);


--
-- Name: gift_card_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX gift_card_tenant_idx ON sales.gift_card USING btree (tenant_id);


--
-- Name: order_customer_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_customer_id_idx ON sales."order" USING btree (customer_id);


--
-- Name: order_discount_discount_code_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_discount_discount_code_id_idx ON sales.order_discount USING btree (discount_code_id);


--
-- Name: order_discount_order_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_discount_order_id_idx ON sales.order_discount USING btree (order_id);


--
-- Name: order_discount_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_discount_tenant_idx ON sales.order_discount USING btree (tenant_id);


--
-- Name: order_event_order_at_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_event_order_at_idx ON sales.order_event USING btree (order_id, at);


--
-- Name: order_event_order_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_event_order_id_idx ON sales.order_event USING btree (order_id);


--
-- Name: order_event_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_event_tenant_idx ON sales.order_event USING btree (tenant_id);


--
-- Name: order_line_order_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_line_order_id_idx ON sales.order_line USING btree (order_id);


--
-- Name: order_line_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_line_tenant_idx ON sales.order_line USING btree (tenant_id);


--
-- Name: order_line_variant_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_line_variant_id_idx ON sales.order_line USING btree (variant_id);


--
-- Name: order_placed_at_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_placed_at_idx ON sales."order" USING btree (placed_at DESC NULLS LAST);


--
-- Name: order_status_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_status_idx ON sales."order" USING btree (status) WHERE (status <> ALL (ARRAY['delivered'::sales.order_status, 'cancelled'::sales.order_status]));


--
-- Name: order_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX order_tenant_idx ON sales."order" USING btree (tenant_id);


--
-- Name: return_item_order_line_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX return_item_order_line_id_idx ON sales.return_item USING btree (order_line_id);


--
-- Name: return_item_return_request_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX return_item_return_request_id_idx ON sales.return_item USING btree (return_request_id);


--
-- Name: return_item_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX return_item_tenant_idx ON sales.return_item USING btree (tenant_id);


--
-- Name: return_request_order_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX return_request_order_id_idx ON sales.return_request USING btree (order_id);


--
-- Name: return_request_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX return_request_tenant_idx ON sales.return_request USING btree (tenant_id);


--
-- Name: shipment_item_order_line_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX shipment_item_order_line_id_idx ON sales.shipment_item USING btree (order_line_id);


--
-- Name: shipment_item_shipment_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX shipment_item_shipment_id_idx ON sales.shipment_item USING btree (shipment_id);


--
-- Name: shipment_item_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX shipment_item_tenant_idx ON sales.shipment_item USING btree (tenant_id);


--
-- Name: shipment_order_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX shipment_order_id_idx ON sales.shipment USING btree (order_id);


--
-- Name: shipment_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX shipment_tenant_idx ON sales.shipment USING btree (tenant_id);


--
-- Name: wishlist_customer_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX wishlist_customer_id_idx ON sales.wishlist USING btree (customer_id);


--
-- Name: wishlist_item_product_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX wishlist_item_product_id_idx ON sales.wishlist_item USING btree (product_id);


--
-- Name: wishlist_item_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX wishlist_item_tenant_idx ON sales.wishlist_item USING btree (tenant_id);


--
-- Name: wishlist_item_wishlist_id_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX wishlist_item_wishlist_id_idx ON sales.wishlist_item USING btree (wishlist_id);


--
-- Name: wishlist_tenant_idx; Type: INDEX; Schema: sales; Owner: -
--

CREATE INDEX wishlist_tenant_idx ON sales.wishlist USING btree (tenant_id);


--
-- Name: kb_article_body_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX kb_article_body_idx ON support.kb_article USING gin (to_tsvector('english'::regconfig, COALESCE(body, ''::text)));


--
-- Name: kb_article_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX kb_article_tenant_idx ON support.kb_article USING btree (tenant_id);


--
-- Name: satisfaction_rating_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX satisfaction_rating_tenant_idx ON support.satisfaction_rating USING btree (tenant_id);


--
-- Name: satisfaction_rating_ticket_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX satisfaction_rating_ticket_id_idx ON support.satisfaction_rating USING btree (ticket_id);


--
-- Name: sla_policy_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX sla_policy_tenant_idx ON support.sla_policy USING btree (tenant_id);


--
-- Name: ticket_assignee_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_assignee_id_idx ON support.ticket USING btree (assignee_id);


--
-- Name: ticket_customer_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_customer_id_idx ON support.ticket USING btree (customer_id);


--
-- Name: ticket_message_author_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_message_author_id_idx ON support.ticket_message USING btree (author_id);


--
-- Name: ticket_message_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_message_tenant_idx ON support.ticket_message USING btree (tenant_id);


--
-- Name: ticket_message_ticket_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_message_ticket_id_idx ON support.ticket_message USING btree (ticket_id);


--
-- Name: ticket_open_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_open_idx ON support.ticket USING btree (priority, created_at) WHERE (closed_at IS NULL);


--
-- Name: ticket_subject_trgm_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_subject_trgm_idx ON support.ticket USING gin (subject public.gin_trgm_ops);


--
-- Name: ticket_tag_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_tag_tenant_idx ON support.ticket_tag USING btree (tenant_id);


--
-- Name: ticket_tag_ticket_id_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_tag_ticket_id_idx ON support.ticket_tag USING btree (ticket_id);


--
-- Name: ticket_tenant_idx; Type: INDEX; Schema: support; Owner: -
--

CREATE INDEX ticket_tenant_idx ON support.ticket USING btree (tenant_id);


--
-- Name: api_key api_key_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER api_key_set_updated_at BEFORE UPDATE ON app.api_key FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: feature_flag feature_flag_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER feature_flag_set_updated_at BEFORE UPDATE ON app.feature_flag FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: file_upload file_upload_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER file_upload_set_updated_at BEFORE UPDATE ON app.file_upload FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: invitation invitation_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER invitation_set_updated_at BEFORE UPDATE ON app.invitation FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: membership membership_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER membership_set_updated_at BEFORE UPDATE ON app.membership FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: notification notification_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER notification_set_updated_at BEFORE UPDATE ON app.notification FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: session session_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER session_set_updated_at BEFORE UPDATE ON app.session FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: setting setting_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER setting_set_updated_at BEFORE UPDATE ON app.setting FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: tenant tenant_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER tenant_set_updated_at BEFORE UPDATE ON app.tenant FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: user_account user_account_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER user_account_set_updated_at BEFORE UPDATE ON app.user_account FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: webhook_delivery webhook_delivery_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER webhook_delivery_set_updated_at BEFORE UPDATE ON app.webhook_delivery FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: webhook webhook_set_updated_at; Type: TRIGGER; Schema: app; Owner: -
--

CREATE TRIGGER webhook_set_updated_at BEFORE UPDATE ON app.webhook FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: export_job export_job_set_updated_at; Type: TRIGGER; Schema: audit; Owner: -
--

CREATE TRIGGER export_job_set_updated_at BEFORE UPDATE ON audit.export_job FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: credit_note credit_note_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER credit_note_set_updated_at BEFORE UPDATE ON billing.credit_note FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: invoice invoice_audit; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER invoice_audit AFTER INSERT OR DELETE OR UPDATE ON billing.invoice FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: invoice_line invoice_line_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER invoice_line_set_updated_at BEFORE UPDATE ON billing.invoice_line FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: invoice invoice_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER invoice_set_updated_at BEFORE UPDATE ON billing.invoice FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: payment payment_audit; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER payment_audit AFTER INSERT OR DELETE OR UPDATE ON billing.payment FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: payment_method payment_method_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER payment_method_set_updated_at BEFORE UPDATE ON billing.payment_method FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: payment payment_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER payment_set_updated_at BEFORE UPDATE ON billing.payment FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: plan plan_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER plan_set_updated_at BEFORE UPDATE ON billing.plan FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: refund refund_audit; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER refund_audit AFTER INSERT OR DELETE OR UPDATE ON billing.refund FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: refund refund_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER refund_set_updated_at BEFORE UPDATE ON billing.refund FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: subscription subscription_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER subscription_set_updated_at BEFORE UPDATE ON billing.subscription FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: tax_rate tax_rate_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER tax_rate_set_updated_at BEFORE UPDATE ON billing.tax_rate FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: usage_record usage_record_set_updated_at; Type: TRIGGER; Schema: billing; Owner: -
--

CREATE TRIGGER usage_record_set_updated_at BEFORE UPDATE ON billing.usage_record FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: attribute attribute_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER attribute_set_updated_at BEFORE UPDATE ON catalog.attribute FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: brand brand_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER brand_set_updated_at BEFORE UPDATE ON catalog.brand FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: category category_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER category_set_updated_at BEFORE UPDATE ON catalog.category FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: price_list price_list_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER price_list_set_updated_at BEFORE UPDATE ON catalog.price_list FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: price price_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER price_set_updated_at BEFORE UPDATE ON catalog.price FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: product_bundle product_bundle_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER product_bundle_set_updated_at BEFORE UPDATE ON catalog.product_bundle FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: product_image product_image_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER product_image_set_updated_at BEFORE UPDATE ON catalog.product_image FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: product product_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER product_set_updated_at BEFORE UPDATE ON catalog.product FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: product_tag product_tag_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER product_tag_set_updated_at BEFORE UPDATE ON catalog.product_tag FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: product_variant product_variant_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER product_variant_set_updated_at BEFORE UPDATE ON catalog.product_variant FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: review review_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER review_set_updated_at BEFORE UPDATE ON catalog.review FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: tag tag_set_updated_at; Type: TRIGGER; Schema: catalog; Owner: -
--

CREATE TRIGGER tag_set_updated_at BEFORE UPDATE ON catalog.tag FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: activity activity_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER activity_set_updated_at BEFORE UPDATE ON crm.activity FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: campaign_member campaign_member_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER campaign_member_set_updated_at BEFORE UPDATE ON crm.campaign_member FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: campaign campaign_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER campaign_set_updated_at BEFORE UPDATE ON crm.campaign FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: company company_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER company_set_updated_at BEFORE UPDATE ON crm.company FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: contact contact_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER contact_set_updated_at BEFORE UPDATE ON crm.contact FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: deal deal_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER deal_set_updated_at BEFORE UPDATE ON crm.deal FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: note note_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER note_set_updated_at BEFORE UPDATE ON crm.note FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: pipeline_stage pipeline_stage_set_updated_at; Type: TRIGGER; Schema: crm; Owner: -
--

CREATE TRIGGER pipeline_stage_set_updated_at BEFORE UPDATE ON crm.pipeline_stage FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: department department_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER department_set_updated_at BEFORE UPDATE ON hr.department FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: employee employee_audit; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER employee_audit AFTER INSERT OR DELETE OR UPDATE ON hr.employee FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: employee employee_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER employee_set_updated_at BEFORE UPDATE ON hr.employee FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: performance_review performance_review_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER performance_review_set_updated_at BEFORE UPDATE ON hr.performance_review FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: position position_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER position_set_updated_at BEFORE UPDATE ON hr."position" FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: review_cycle review_cycle_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER review_cycle_set_updated_at BEFORE UPDATE ON hr.review_cycle FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: time_off time_off_set_updated_at; Type: TRIGGER; Schema: hr; Owner: -
--

CREATE TRIGGER time_off_set_updated_at BEFORE UPDATE ON hr.time_off FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: location location_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER location_set_updated_at BEFORE UPDATE ON inventory.location FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: purchase_order_line purchase_order_line_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER purchase_order_line_set_updated_at BEFORE UPDATE ON inventory.purchase_order_line FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: purchase_order purchase_order_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER purchase_order_set_updated_at BEFORE UPDATE ON inventory.purchase_order FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: reservation reservation_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER reservation_set_updated_at BEFORE UPDATE ON inventory.reservation FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: stock_count_line stock_count_line_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER stock_count_line_set_updated_at BEFORE UPDATE ON inventory.stock_count_line FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: stock_count stock_count_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER stock_count_set_updated_at BEFORE UPDATE ON inventory.stock_count FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: stock_level stock_level_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER stock_level_set_updated_at BEFORE UPDATE ON inventory.stock_level FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: stock_movement stock_movement_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER stock_movement_set_updated_at BEFORE UPDATE ON inventory.stock_movement FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: supplier supplier_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER supplier_set_updated_at BEFORE UPDATE ON inventory.supplier FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: warehouse warehouse_set_updated_at; Type: TRIGGER; Schema: inventory; Owner: -
--

CREATE TRIGGER warehouse_set_updated_at BEFORE UPDATE ON inventory.warehouse FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: cart_item cart_item_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER cart_item_set_updated_at BEFORE UPDATE ON sales.cart_item FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: cart cart_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER cart_set_updated_at BEFORE UPDATE ON sales.cart FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: customer_address customer_address_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER customer_address_set_updated_at BEFORE UPDATE ON sales.customer_address FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: customer customer_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER customer_set_updated_at BEFORE UPDATE ON sales.customer FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: discount_code discount_code_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER discount_code_set_updated_at BEFORE UPDATE ON sales.discount_code FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: gift_card gift_card_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER gift_card_set_updated_at BEFORE UPDATE ON sales.gift_card FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: order order_audit; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER order_audit AFTER INSERT OR DELETE OR UPDATE ON sales."order" FOR EACH ROW EXECUTE FUNCTION audit.log_change();


--
-- Name: order_discount order_discount_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER order_discount_set_updated_at BEFORE UPDATE ON sales.order_discount FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: order_line order_line_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER order_line_set_updated_at BEFORE UPDATE ON sales.order_line FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: order order_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER order_set_updated_at BEFORE UPDATE ON sales."order" FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: return_item return_item_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER return_item_set_updated_at BEFORE UPDATE ON sales.return_item FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: return_request return_request_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER return_request_set_updated_at BEFORE UPDATE ON sales.return_request FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: shipment_item shipment_item_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER shipment_item_set_updated_at BEFORE UPDATE ON sales.shipment_item FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: shipment shipment_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER shipment_set_updated_at BEFORE UPDATE ON sales.shipment FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: wishlist_item wishlist_item_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER wishlist_item_set_updated_at BEFORE UPDATE ON sales.wishlist_item FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: wishlist wishlist_set_updated_at; Type: TRIGGER; Schema: sales; Owner: -
--

CREATE TRIGGER wishlist_set_updated_at BEFORE UPDATE ON sales.wishlist FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: kb_article kb_article_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER kb_article_set_updated_at BEFORE UPDATE ON support.kb_article FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: satisfaction_rating satisfaction_rating_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER satisfaction_rating_set_updated_at BEFORE UPDATE ON support.satisfaction_rating FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: sla_policy sla_policy_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER sla_policy_set_updated_at BEFORE UPDATE ON support.sla_policy FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: ticket_message ticket_message_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER ticket_message_set_updated_at BEFORE UPDATE ON support.ticket_message FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: ticket ticket_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER ticket_set_updated_at BEFORE UPDATE ON support.ticket FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: ticket_tag ticket_tag_set_updated_at; Type: TRIGGER; Schema: support; Owner: -
--

CREATE TRIGGER ticket_tag_set_updated_at BEFORE UPDATE ON support.ticket_tag FOR EACH ROW EXECUTE FUNCTION app.set_updated_at();


--
-- Name: api_key api_key_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.api_key
    ADD CONSTRAINT api_key_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: api_key api_key_user_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.api_key
    ADD CONSTRAINT api_key_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE CASCADE;


--
-- Name: feature_flag feature_flag_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.feature_flag
    ADD CONSTRAINT feature_flag_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: file_upload file_upload_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.file_upload
    ADD CONSTRAINT file_upload_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: file_upload file_upload_user_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.file_upload
    ADD CONSTRAINT file_upload_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE SET NULL;


--
-- Name: invitation invitation_invited_by_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.invitation
    ADD CONSTRAINT invitation_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES app.user_account(id) ON DELETE SET NULL;


--
-- Name: invitation invitation_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.invitation
    ADD CONSTRAINT invitation_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: membership membership_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.membership
    ADD CONSTRAINT membership_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: membership membership_user_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.membership
    ADD CONSTRAINT membership_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE CASCADE;


--
-- Name: notification notification_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification
    ADD CONSTRAINT notification_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: notification notification_user_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.notification
    ADD CONSTRAINT notification_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE CASCADE;


--
-- Name: session session_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.session
    ADD CONSTRAINT session_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: session session_user_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.session
    ADD CONSTRAINT session_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE CASCADE;


--
-- Name: setting setting_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.setting
    ADD CONSTRAINT setting_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: user_account user_account_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.user_account
    ADD CONSTRAINT user_account_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: webhook_delivery webhook_delivery_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.webhook_delivery
    ADD CONSTRAINT webhook_delivery_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: webhook_delivery webhook_delivery_webhook_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.webhook_delivery
    ADD CONSTRAINT webhook_delivery_webhook_fkey FOREIGN KEY (webhook_id) REFERENCES app.webhook(id) ON DELETE CASCADE;


--
-- Name: webhook webhook_tenant_fkey; Type: FK CONSTRAINT; Schema: app; Owner: -
--

ALTER TABLE ONLY app.webhook
    ADD CONSTRAINT webhook_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: export_job export_job_file_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.export_job
    ADD CONSTRAINT export_job_file_fkey FOREIGN KEY (file_id) REFERENCES app.file_upload(id);


--
-- Name: export_job export_job_requested_by_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.export_job
    ADD CONSTRAINT export_job_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES app.user_account(id);


--
-- Name: export_job export_job_tenant_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.export_job
    ADD CONSTRAINT export_job_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: login_event login_event_tenant_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.login_event
    ADD CONSTRAINT login_event_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: login_event login_event_user_fkey; Type: FK CONSTRAINT; Schema: audit; Owner: -
--

ALTER TABLE ONLY audit.login_event
    ADD CONSTRAINT login_event_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id);


--
-- Name: credit_note credit_note_invoice_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.credit_note
    ADD CONSTRAINT credit_note_invoice_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoice(id);


--
-- Name: credit_note credit_note_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.credit_note
    ADD CONSTRAINT credit_note_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: invoice_line invoice_line_invoice_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice_line
    ADD CONSTRAINT invoice_line_invoice_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoice(id) ON DELETE CASCADE;


--
-- Name: invoice_line invoice_line_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice_line
    ADD CONSTRAINT invoice_line_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: invoice invoice_order_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice
    ADD CONSTRAINT invoice_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id);


--
-- Name: invoice invoice_subscription_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice
    ADD CONSTRAINT invoice_subscription_fkey FOREIGN KEY (subscription_id) REFERENCES billing.subscription(id);


--
-- Name: invoice invoice_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.invoice
    ADD CONSTRAINT invoice_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: payment payment_invoice_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment
    ADD CONSTRAINT payment_invoice_fkey FOREIGN KEY (invoice_id) REFERENCES billing.invoice(id);


--
-- Name: payment_method payment_method_customer_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment_method
    ADD CONSTRAINT payment_method_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE CASCADE;


--
-- Name: payment_method payment_method_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment_method
    ADD CONSTRAINT payment_method_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: payment payment_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.payment
    ADD CONSTRAINT payment_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: plan plan_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.plan
    ADD CONSTRAINT plan_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: refund refund_payment_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.refund
    ADD CONSTRAINT refund_payment_fkey FOREIGN KEY (payment_id) REFERENCES billing.payment(id);


--
-- Name: refund refund_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.refund
    ADD CONSTRAINT refund_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: subscription subscription_plan_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscription
    ADD CONSTRAINT subscription_plan_fkey FOREIGN KEY (plan_id) REFERENCES billing.plan(id);


--
-- Name: subscription subscription_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.subscription
    ADD CONSTRAINT subscription_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: tax_rate tax_rate_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.tax_rate
    ADD CONSTRAINT tax_rate_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: usage_record usage_record_subscription_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.usage_record
    ADD CONSTRAINT usage_record_subscription_fkey FOREIGN KEY (subscription_id) REFERENCES billing.subscription(id) ON DELETE CASCADE;


--
-- Name: usage_record usage_record_tenant_fkey; Type: FK CONSTRAINT; Schema: billing; Owner: -
--

ALTER TABLE ONLY billing.usage_record
    ADD CONSTRAINT usage_record_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: attribute attribute_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.attribute
    ADD CONSTRAINT attribute_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: brand brand_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.brand
    ADD CONSTRAINT brand_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: category category_parent_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.category
    ADD CONSTRAINT category_parent_fkey FOREIGN KEY (parent_id) REFERENCES catalog.category(id);


--
-- Name: category category_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.category
    ADD CONSTRAINT category_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: price_list price_list_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price_list
    ADD CONSTRAINT price_list_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: price price_price_list_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price
    ADD CONSTRAINT price_price_list_fkey FOREIGN KEY (price_list_id) REFERENCES catalog.price_list(id) ON DELETE CASCADE;


--
-- Name: price price_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price
    ADD CONSTRAINT price_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: price price_variant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.price
    ADD CONSTRAINT price_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id) ON DELETE CASCADE;


--
-- Name: product product_brand_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product
    ADD CONSTRAINT product_brand_fkey FOREIGN KEY (brand_id) REFERENCES catalog.brand(id);


--
-- Name: product_bundle product_bundle_component_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_bundle
    ADD CONSTRAINT product_bundle_component_fkey FOREIGN KEY (component_id) REFERENCES catalog.product(id);


--
-- Name: product_bundle product_bundle_product_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_bundle
    ADD CONSTRAINT product_bundle_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: product_bundle product_bundle_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_bundle
    ADD CONSTRAINT product_bundle_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: product product_category_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product
    ADD CONSTRAINT product_category_fkey FOREIGN KEY (category_id) REFERENCES catalog.category(id) ON DELETE SET NULL;


--
-- Name: product_image product_image_file_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_image
    ADD CONSTRAINT product_image_file_fkey FOREIGN KEY (file_id) REFERENCES app.file_upload(id);


--
-- Name: product_image product_image_product_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_image
    ADD CONSTRAINT product_image_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: product_image product_image_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_image
    ADD CONSTRAINT product_image_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: product_tag product_tag_product_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_tag
    ADD CONSTRAINT product_tag_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: product_tag product_tag_tag_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_tag
    ADD CONSTRAINT product_tag_tag_fkey FOREIGN KEY (tag_id) REFERENCES catalog.tag(id) ON DELETE CASCADE;


--
-- Name: product_tag product_tag_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_tag
    ADD CONSTRAINT product_tag_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: product product_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product
    ADD CONSTRAINT product_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: product_variant product_variant_product_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_variant
    ADD CONSTRAINT product_variant_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: product_variant product_variant_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.product_variant
    ADD CONSTRAINT product_variant_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: review review_customer_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.review
    ADD CONSTRAINT review_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE SET NULL;


--
-- Name: review review_product_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.review
    ADD CONSTRAINT review_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: review review_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.review
    ADD CONSTRAINT review_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: tag tag_tenant_fkey; Type: FK CONSTRAINT; Schema: catalog; Owner: -
--

ALTER TABLE ONLY catalog.tag
    ADD CONSTRAINT tag_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: activity activity_contact_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.activity
    ADD CONSTRAINT activity_contact_fkey FOREIGN KEY (contact_id) REFERENCES crm.contact(id) ON DELETE CASCADE;


--
-- Name: activity activity_deal_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.activity
    ADD CONSTRAINT activity_deal_fkey FOREIGN KEY (deal_id) REFERENCES crm.deal(id) ON DELETE CASCADE;


--
-- Name: activity activity_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.activity
    ADD CONSTRAINT activity_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: campaign_member campaign_member_campaign_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign_member
    ADD CONSTRAINT campaign_member_campaign_fkey FOREIGN KEY (campaign_id) REFERENCES crm.campaign(id) ON DELETE CASCADE;


--
-- Name: campaign_member campaign_member_contact_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign_member
    ADD CONSTRAINT campaign_member_contact_fkey FOREIGN KEY (contact_id) REFERENCES crm.contact(id) ON DELETE CASCADE;


--
-- Name: campaign_member campaign_member_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign_member
    ADD CONSTRAINT campaign_member_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: campaign campaign_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.campaign
    ADD CONSTRAINT campaign_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: company company_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.company
    ADD CONSTRAINT company_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: contact contact_company_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.contact
    ADD CONSTRAINT contact_company_fkey FOREIGN KEY (company_id) REFERENCES crm.company(id) ON DELETE SET NULL;


--
-- Name: contact contact_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.contact
    ADD CONSTRAINT contact_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: deal deal_company_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.deal
    ADD CONSTRAINT deal_company_fkey FOREIGN KEY (company_id) REFERENCES crm.company(id);


--
-- Name: deal deal_owner_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.deal
    ADD CONSTRAINT deal_owner_fkey FOREIGN KEY (owner_id) REFERENCES hr.employee(id) ON DELETE SET NULL;


--
-- Name: deal deal_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.deal
    ADD CONSTRAINT deal_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: note note_author_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.note
    ADD CONSTRAINT note_author_fkey FOREIGN KEY (author_id) REFERENCES app.user_account(id);


--
-- Name: note note_contact_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.note
    ADD CONSTRAINT note_contact_fkey FOREIGN KEY (contact_id) REFERENCES crm.contact(id) ON DELETE CASCADE;


--
-- Name: note note_deal_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.note
    ADD CONSTRAINT note_deal_fkey FOREIGN KEY (deal_id) REFERENCES crm.deal(id) ON DELETE CASCADE;


--
-- Name: note note_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.note
    ADD CONSTRAINT note_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: pipeline_stage pipeline_stage_tenant_fkey; Type: FK CONSTRAINT; Schema: crm; Owner: -
--

ALTER TABLE ONLY crm.pipeline_stage
    ADD CONSTRAINT pipeline_stage_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: department department_parent_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.department
    ADD CONSTRAINT department_parent_fkey FOREIGN KEY (parent_id) REFERENCES hr.department(id);


--
-- Name: department department_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.department
    ADD CONSTRAINT department_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: employee employee_department_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.employee
    ADD CONSTRAINT employee_department_fkey FOREIGN KEY (department_id) REFERENCES hr.department(id);


--
-- Name: employee employee_manager_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.employee
    ADD CONSTRAINT employee_manager_fkey FOREIGN KEY (manager_id) REFERENCES hr.employee(id);


--
-- Name: employee employee_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.employee
    ADD CONSTRAINT employee_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: employee employee_user_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.employee
    ADD CONSTRAINT employee_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id);


--
-- Name: performance_review performance_review_employee_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.performance_review
    ADD CONSTRAINT performance_review_employee_fkey FOREIGN KEY (employee_id) REFERENCES hr.employee(id) ON DELETE CASCADE;


--
-- Name: performance_review performance_review_review_cycle_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.performance_review
    ADD CONSTRAINT performance_review_review_cycle_fkey FOREIGN KEY (review_cycle_id) REFERENCES hr.review_cycle(id);


--
-- Name: performance_review performance_review_reviewer_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.performance_review
    ADD CONSTRAINT performance_review_reviewer_fkey FOREIGN KEY (reviewer_id) REFERENCES hr.employee(id);


--
-- Name: performance_review performance_review_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.performance_review
    ADD CONSTRAINT performance_review_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: position position_department_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr."position"
    ADD CONSTRAINT position_department_fkey FOREIGN KEY (department_id) REFERENCES hr.department(id);


--
-- Name: position position_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr."position"
    ADD CONSTRAINT position_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: review_cycle review_cycle_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.review_cycle
    ADD CONSTRAINT review_cycle_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: time_off time_off_approved_by_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.time_off
    ADD CONSTRAINT time_off_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES hr.employee(id);


--
-- Name: time_off time_off_employee_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.time_off
    ADD CONSTRAINT time_off_employee_fkey FOREIGN KEY (employee_id) REFERENCES hr.employee(id) ON DELETE CASCADE;


--
-- Name: time_off time_off_tenant_fkey; Type: FK CONSTRAINT; Schema: hr; Owner: -
--

ALTER TABLE ONLY hr.time_off
    ADD CONSTRAINT time_off_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: location location_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.location
    ADD CONSTRAINT location_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: location location_warehouse_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.location
    ADD CONSTRAINT location_warehouse_fkey FOREIGN KEY (warehouse_id) REFERENCES inventory.warehouse(id);


--
-- Name: purchase_order_line purchase_order_line_purchase_order_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order_line
    ADD CONSTRAINT purchase_order_line_purchase_order_fkey FOREIGN KEY (purchase_order_id) REFERENCES inventory.purchase_order(id) ON DELETE CASCADE;


--
-- Name: purchase_order_line purchase_order_line_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order_line
    ADD CONSTRAINT purchase_order_line_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: purchase_order_line purchase_order_line_variant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order_line
    ADD CONSTRAINT purchase_order_line_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: purchase_order purchase_order_supplier_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order
    ADD CONSTRAINT purchase_order_supplier_fkey FOREIGN KEY (supplier_id) REFERENCES inventory.supplier(id);


--
-- Name: purchase_order purchase_order_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order
    ADD CONSTRAINT purchase_order_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: purchase_order purchase_order_warehouse_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.purchase_order
    ADD CONSTRAINT purchase_order_warehouse_fkey FOREIGN KEY (warehouse_id) REFERENCES inventory.warehouse(id);


--
-- Name: reservation reservation_order_line_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.reservation
    ADD CONSTRAINT reservation_order_line_fkey FOREIGN KEY (order_line_id) REFERENCES sales.order_line(id) ON DELETE CASCADE;


--
-- Name: reservation reservation_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.reservation
    ADD CONSTRAINT reservation_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: reservation reservation_variant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.reservation
    ADD CONSTRAINT reservation_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: stock_count stock_count_counted_by_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count
    ADD CONSTRAINT stock_count_counted_by_fkey FOREIGN KEY (counted_by) REFERENCES hr.employee(id);


--
-- Name: stock_count_line stock_count_line_stock_count_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count_line
    ADD CONSTRAINT stock_count_line_stock_count_fkey FOREIGN KEY (stock_count_id) REFERENCES inventory.stock_count(id) ON DELETE CASCADE;


--
-- Name: stock_count_line stock_count_line_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count_line
    ADD CONSTRAINT stock_count_line_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: stock_count_line stock_count_line_variant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count_line
    ADD CONSTRAINT stock_count_line_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: stock_count stock_count_location_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count
    ADD CONSTRAINT stock_count_location_fkey FOREIGN KEY (location_id) REFERENCES inventory.location(id);


--
-- Name: stock_count stock_count_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_count
    ADD CONSTRAINT stock_count_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: stock_level stock_level_location_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_level
    ADD CONSTRAINT stock_level_location_fkey FOREIGN KEY (location_id) REFERENCES inventory.location(id);


--
-- Name: stock_level stock_level_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_level
    ADD CONSTRAINT stock_level_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: stock_level stock_level_variant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_level
    ADD CONSTRAINT stock_level_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: stock_movement stock_movement_from_location_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_movement
    ADD CONSTRAINT stock_movement_from_location_fkey FOREIGN KEY (from_location_id) REFERENCES inventory.location(id);


--
-- Name: stock_movement stock_movement_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_movement
    ADD CONSTRAINT stock_movement_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: stock_movement stock_movement_to_location_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_movement
    ADD CONSTRAINT stock_movement_to_location_fkey FOREIGN KEY (to_location_id) REFERENCES inventory.location(id);


--
-- Name: stock_movement stock_movement_variant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.stock_movement
    ADD CONSTRAINT stock_movement_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: supplier supplier_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.supplier
    ADD CONSTRAINT supplier_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: warehouse warehouse_tenant_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: -
--

ALTER TABLE ONLY inventory.warehouse
    ADD CONSTRAINT warehouse_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: daily_sales daily_sales_tenant_fkey; Type: FK CONSTRAINT; Schema: reporting; Owner: -
--

ALTER TABLE ONLY reporting.daily_sales
    ADD CONSTRAINT daily_sales_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: kpi_snapshot kpi_snapshot_tenant_fkey; Type: FK CONSTRAINT; Schema: reporting; Owner: -
--

ALTER TABLE ONLY reporting.kpi_snapshot
    ADD CONSTRAINT kpi_snapshot_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: cart cart_customer_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart
    ADD CONSTRAINT cart_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE CASCADE;


--
-- Name: cart_item cart_item_cart_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart_item
    ADD CONSTRAINT cart_item_cart_fkey FOREIGN KEY (cart_id) REFERENCES sales.cart(id) ON DELETE CASCADE;


--
-- Name: cart_item cart_item_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart_item
    ADD CONSTRAINT cart_item_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: cart_item cart_item_variant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart_item
    ADD CONSTRAINT cart_item_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: cart cart_session_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart
    ADD CONSTRAINT cart_session_fkey FOREIGN KEY (session_id) REFERENCES app.session(id) ON DELETE SET NULL;


--
-- Name: cart cart_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.cart
    ADD CONSTRAINT cart_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: customer_address customer_address_customer_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer_address
    ADD CONSTRAINT customer_address_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE CASCADE;


--
-- Name: customer_address customer_address_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer_address
    ADD CONSTRAINT customer_address_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: customer customer_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer
    ADD CONSTRAINT customer_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: customer customer_user_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.customer
    ADD CONSTRAINT customer_user_fkey FOREIGN KEY (user_id) REFERENCES app.user_account(id) ON DELETE SET NULL;


--
-- Name: discount_code discount_code_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.discount_code
    ADD CONSTRAINT discount_code_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: gift_card gift_card_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.gift_card
    ADD CONSTRAINT gift_card_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: order order_customer_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales."order"
    ADD CONSTRAINT order_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE RESTRICT;


--
-- Name: order_discount order_discount_discount_code_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_discount
    ADD CONSTRAINT order_discount_discount_code_fkey FOREIGN KEY (discount_code_id) REFERENCES sales.discount_code(id);


--
-- Name: order_discount order_discount_order_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_discount
    ADD CONSTRAINT order_discount_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id) ON DELETE CASCADE;


--
-- Name: order_discount order_discount_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_discount
    ADD CONSTRAINT order_discount_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: order_event order_event_order_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_event
    ADD CONSTRAINT order_event_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id) ON DELETE CASCADE;


--
-- Name: order_event order_event_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_event
    ADD CONSTRAINT order_event_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: order_line order_line_order_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_line
    ADD CONSTRAINT order_line_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id) ON DELETE CASCADE;


--
-- Name: order_line order_line_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_line
    ADD CONSTRAINT order_line_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: order_line order_line_variant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.order_line
    ADD CONSTRAINT order_line_variant_fkey FOREIGN KEY (variant_id) REFERENCES catalog.product_variant(id);


--
-- Name: order order_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales."order"
    ADD CONSTRAINT order_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: return_item return_item_order_line_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_item
    ADD CONSTRAINT return_item_order_line_fkey FOREIGN KEY (order_line_id) REFERENCES sales.order_line(id);


--
-- Name: return_item return_item_return_request_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_item
    ADD CONSTRAINT return_item_return_request_fkey FOREIGN KEY (return_request_id) REFERENCES sales.return_request(id) ON DELETE CASCADE;


--
-- Name: return_item return_item_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_item
    ADD CONSTRAINT return_item_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: return_request return_request_order_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_request
    ADD CONSTRAINT return_request_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id);


--
-- Name: return_request return_request_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.return_request
    ADD CONSTRAINT return_request_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: shipment_item shipment_item_order_line_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment_item
    ADD CONSTRAINT shipment_item_order_line_fkey FOREIGN KEY (order_line_id) REFERENCES sales.order_line(id);


--
-- Name: shipment_item shipment_item_shipment_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment_item
    ADD CONSTRAINT shipment_item_shipment_fkey FOREIGN KEY (shipment_id) REFERENCES sales.shipment(id) ON DELETE CASCADE;


--
-- Name: shipment_item shipment_item_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment_item
    ADD CONSTRAINT shipment_item_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: shipment shipment_order_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment
    ADD CONSTRAINT shipment_order_fkey FOREIGN KEY (order_id) REFERENCES sales."order"(id);


--
-- Name: shipment shipment_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.shipment
    ADD CONSTRAINT shipment_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: wishlist wishlist_customer_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist
    ADD CONSTRAINT wishlist_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id) ON DELETE CASCADE;


--
-- Name: wishlist_item wishlist_item_product_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist_item
    ADD CONSTRAINT wishlist_item_product_fkey FOREIGN KEY (product_id) REFERENCES catalog.product(id) ON DELETE CASCADE;


--
-- Name: wishlist_item wishlist_item_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist_item
    ADD CONSTRAINT wishlist_item_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: wishlist_item wishlist_item_wishlist_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist_item
    ADD CONSTRAINT wishlist_item_wishlist_fkey FOREIGN KEY (wishlist_id) REFERENCES sales.wishlist(id) ON DELETE CASCADE;


--
-- Name: wishlist wishlist_tenant_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: -
--

ALTER TABLE ONLY sales.wishlist
    ADD CONSTRAINT wishlist_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: kb_article kb_article_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.kb_article
    ADD CONSTRAINT kb_article_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: satisfaction_rating satisfaction_rating_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.satisfaction_rating
    ADD CONSTRAINT satisfaction_rating_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: satisfaction_rating satisfaction_rating_ticket_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.satisfaction_rating
    ADD CONSTRAINT satisfaction_rating_ticket_fkey FOREIGN KEY (ticket_id) REFERENCES support.ticket(id) ON DELETE CASCADE;


--
-- Name: sla_policy sla_policy_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.sla_policy
    ADD CONSTRAINT sla_policy_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: ticket ticket_assignee_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket
    ADD CONSTRAINT ticket_assignee_fkey FOREIGN KEY (assignee_id) REFERENCES hr.employee(id) ON DELETE SET NULL;


--
-- Name: ticket ticket_customer_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket
    ADD CONSTRAINT ticket_customer_fkey FOREIGN KEY (customer_id) REFERENCES sales.customer(id);


--
-- Name: ticket_message ticket_message_author_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_message
    ADD CONSTRAINT ticket_message_author_fkey FOREIGN KEY (author_id) REFERENCES app.user_account(id);


--
-- Name: ticket_message ticket_message_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_message
    ADD CONSTRAINT ticket_message_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: ticket_message ticket_message_ticket_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_message
    ADD CONSTRAINT ticket_message_ticket_fkey FOREIGN KEY (ticket_id) REFERENCES support.ticket(id) ON DELETE CASCADE;


--
-- Name: ticket_tag ticket_tag_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_tag
    ADD CONSTRAINT ticket_tag_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: ticket_tag ticket_tag_ticket_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket_tag
    ADD CONSTRAINT ticket_tag_ticket_fkey FOREIGN KEY (ticket_id) REFERENCES support.ticket(id) ON DELETE CASCADE;


--
-- Name: ticket ticket_tenant_fkey; Type: FK CONSTRAINT; Schema: support; Owner: -
--

ALTER TABLE ONLY support.ticket
    ADD CONSTRAINT ticket_tenant_fkey FOREIGN KEY (tenant_id) REFERENCES app.tenant(id) ON DELETE CASCADE;


--
-- Name: invoice; Type: ROW SECURITY; Schema: billing; Owner: -
--

ALTER TABLE billing.invoice ENABLE ROW LEVEL SECURITY;

--
-- Name: invoice invoice_tenant_isolation; Type: POLICY; Schema: billing; Owner: -
--

CREATE POLICY invoice_tenant_isolation ON billing.invoice USING ((tenant_id = app.current_tenant_id()));


--
-- Name: payment; Type: ROW SECURITY; Schema: billing; Owner: -
--

ALTER TABLE billing.payment ENABLE ROW LEVEL SECURITY;

--
-- Name: payment payment_tenant_isolation; Type: POLICY; Schema: billing; Owner: -
--

CREATE POLICY payment_tenant_isolation ON billing.payment USING ((tenant_id = app.current_tenant_id()));


--
-- Name: product; Type: ROW SECURITY; Schema: catalog; Owner: -
--

ALTER TABLE catalog.product ENABLE ROW LEVEL SECURITY;

--
-- Name: product product_public_read; Type: POLICY; Schema: catalog; Owner: -
--

CREATE POLICY product_public_read ON catalog.product FOR SELECT TO schemadiff_reader USING (is_published);


--
-- Name: product product_tenant_isolation; Type: POLICY; Schema: catalog; Owner: -
--

CREATE POLICY product_tenant_isolation ON catalog.product USING ((tenant_id = app.current_tenant_id()));


--
-- Name: customer; Type: ROW SECURITY; Schema: sales; Owner: -
--

ALTER TABLE sales.customer ENABLE ROW LEVEL SECURITY;

--
-- Name: customer customer_tenant_isolation; Type: POLICY; Schema: sales; Owner: -
--

CREATE POLICY customer_tenant_isolation ON sales.customer USING ((tenant_id = app.current_tenant_id()));


--
-- Name: order; Type: ROW SECURITY; Schema: sales; Owner: -
--

ALTER TABLE sales."order" ENABLE ROW LEVEL SECURITY;

--
-- Name: order order_tenant_isolation; Type: POLICY; Schema: sales; Owner: -
--

CREATE POLICY order_tenant_isolation ON sales."order" USING ((tenant_id = app.current_tenant_id()));


--
-- Name: ticket; Type: ROW SECURITY; Schema: support; Owner: -
--

ALTER TABLE support.ticket ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket ticket_tenant_isolation; Type: POLICY; Schema: support; Owner: -
--

CREATE POLICY ticket_tenant_isolation ON support.ticket USING ((tenant_id = app.current_tenant_id()));


--
-- Name: SCHEMA catalog; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA catalog TO schemadiff_reader;


--
-- Name: SCHEMA reporting; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA reporting TO schemadiff_reader;


--
-- Name: FUNCTION log_change(); Type: ACL; Schema: audit; Owner: -
--

REVOKE ALL ON FUNCTION audit.log_change() FROM PUBLIC;


--
-- Name: SEQUENCE invoice_number_seq; Type: ACL; Schema: billing; Owner: -
--

GRANT USAGE ON SEQUENCE billing.invoice_number_seq TO schemadiff_writer;


--
-- Name: TABLE category; Type: ACL; Schema: catalog; Owner: -
--

GRANT SELECT ON TABLE catalog.category TO schemadiff_reader;


--
-- Name: TABLE product; Type: ACL; Schema: catalog; Owner: -
--

GRANT SELECT ON TABLE catalog.product TO schemadiff_reader;


--
-- Name: COLUMN employee.id; Type: ACL; Schema: hr; Owner: -
--

GRANT SELECT(id) ON TABLE hr.employee TO schemadiff_reader;


--
-- Name: COLUMN employee.department_id; Type: ACL; Schema: hr; Owner: -
--

GRANT SELECT(department_id) ON TABLE hr.employee TO schemadiff_reader;


--
-- Name: COLUMN employee.first_name; Type: ACL; Schema: hr; Owner: -
--

GRANT SELECT(first_name) ON TABLE hr.employee TO schemadiff_reader;


--
-- Name: COLUMN employee.last_name; Type: ACL; Schema: hr; Owner: -
--

GRANT SELECT(last_name) ON TABLE hr.employee TO schemadiff_reader;


--
-- Name: TABLE product_rating; Type: ACL; Schema: reporting; Owner: -
--

GRANT SELECT ON TABLE reporting.product_rating TO schemadiff_reader;


--
-- Name: TABLE "order"; Type: ACL; Schema: sales; Owner: -
--

GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE sales."order" TO schemadiff_writer;


--
-- Name: TABLE revenue_by_month; Type: ACL; Schema: reporting; Owner: -
--

GRANT SELECT ON TABLE reporting.revenue_by_month TO schemadiff_reader;


--
-- Name: TABLE order_line; Type: ACL; Schema: sales; Owner: -
--

GRANT SELECT,INSERT,UPDATE ON TABLE sales.order_line TO schemadiff_writer;


--
-- Name: DEFAULT PRIVILEGES FOR TABLES; Type: DEFAULT ACL; Schema: reporting; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE schemadiff_owner IN SCHEMA reporting GRANT SELECT ON TABLES  TO schemadiff_reader;


--
-- PostgreSQL database dump complete
--


