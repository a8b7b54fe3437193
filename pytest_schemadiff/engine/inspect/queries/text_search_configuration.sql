-- Text search configurations: the parser, and the mappings of each token type (its alias from
-- the parser's ts_token_type) to the dictionaries it consults, in mapseqno order.
SELECT n.nspname AS schema,
       c.cfgname AS name,
       format('%%I.%%I', pn.nspname, p.prsname) AS parser,
       COALESCE(m.tokens, '{}') AS mapping_tokens,
       COALESCE(m.dictionaries, '{}') AS mapping_dictionaries,
       c.oid::int8 AS oid
FROM pg_ts_config c
JOIN pg_namespace n ON n.oid = c.cfgnamespace
JOIN pg_ts_parser p ON p.oid = c.cfgparser
JOIN pg_namespace pn ON pn.oid = p.prsnamespace
LEFT JOIN LATERAL (
    SELECT array_agg(t.alias ORDER BY t.tokid) AS tokens,
           array_agg(t.dictionaries ORDER BY t.tokid) AS dictionaries
      FROM (SELECT m.maptokentype AS tokid,
                   COALESCE(tt.alias, m.maptokentype::text) AS alias,
                   string_agg(format('%%I.%%I', dn.nspname, d.dictname), ', '
                              ORDER BY m.mapseqno) AS dictionaries
              FROM pg_ts_config_map m
              JOIN pg_ts_dict d ON d.oid = m.mapdict
              JOIN pg_namespace dn ON dn.oid = d.dictnamespace
              LEFT JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype
             WHERE m.mapcfg = c.oid
             GROUP BY m.maptokentype, tt.alias) t
) m ON true
WHERE c.cfgnamespace = ANY (%(namespaces)s::oid[])
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_ts_config'::regclass AND d.objid = c.oid
                    AND d.deptype = 'e')
ORDER BY 1, 2
