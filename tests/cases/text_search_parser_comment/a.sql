-- A parser's comment added, changed and removed in place (parsers have no owner); the
-- configuration using it stays.
CREATE TEXT SEARCH PARSER public.p1 (
    START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype
);
CREATE TEXT SEARCH PARSER public."P two" (
    START = prsd_start, GETTOKEN = prsd_nexttoken, END = prsd_end, LEXTYPES = prsd_lextype
);
COMMENT ON TEXT SEARCH PARSER public."P two" IS 'old';
CREATE TEXT SEARCH CONFIGURATION public.doc_cfg (PARSER = public.p1);
