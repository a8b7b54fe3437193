"""Policies, privileges, default privileges, comments and owners: the SQL the engine writes
for them, against a real server."""

from __future__ import annotations

from pytest_schemadiff.engine import diff_schemas

from .conftest import MakeDb, apply

ROLES = (
    "DO $$ BEGIN CREATE ROLE schemadiff_reader; "
    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
    "DO $$ BEGIN CREATE ROLE schemadiff_owner; "
    "EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$;"
)
TABLE = "CREATE TABLE t (id int PRIMARY KEY CONSTRAINT t_id_check CHECK (id > 0), v text);"


def _sql(a: str, b: str, **options: object) -> list[str]:
    return [s.sql for s in diff_schemas(a, b, **options).statements]  # type: ignore[arg-type]


def _round_trip(a: str, b: str, **options: object) -> list[str]:
    statements = _sql(a, b, **options)
    apply(a, ";\n".join(statements))
    assert diff_schemas(a, b, **options).is_empty  # type: ignore[arg-type]
    return statements


def test_policy_changes_in_place_where_postgresql_allows(make_db: MakeDb) -> None:
    base = ROLES + TABLE + "ALTER TABLE t ENABLE ROW LEVEL SECURITY;"
    a = make_db(base + "CREATE POLICY p ON t FOR SELECT USING (id > 0)")
    b = make_db(base + "CREATE POLICY p ON t FOR SELECT TO schemadiff_reader USING (id > 1)")
    assert _round_trip(a, b) == [
        'ALTER POLICY "p" ON "public"."t" TO "schemadiff_reader" USING ((id > 1))'
    ]
    c = make_db(base + "CREATE POLICY p ON t AS RESTRICTIVE FOR SELECT USING (id > 0)")
    statements = _round_trip(make_db(base + "CREATE POLICY p ON t FOR SELECT USING (id > 0)"), c)
    assert [s.split(" AS ")[0] for s in statements] == [
        'DROP POLICY "p" ON "public"."t"',
        'CREATE POLICY "p" ON "public"."t"',
    ]


def test_grants_are_minimal(make_db: MakeDb) -> None:
    a = make_db(ROLES + TABLE + "GRANT SELECT, INSERT ON t TO schemadiff_reader WITH GRANT OPTION")
    b = make_db(
        ROLES + TABLE + "GRANT SELECT ON t TO schemadiff_reader;"
        "GRANT UPDATE (v) ON t TO schemadiff_reader WITH GRANT OPTION"
    )
    assert _round_trip(a, b) == [
        'REVOKE INSERT ON TABLE "public"."t" FROM "schemadiff_reader"',
        'REVOKE GRANT OPTION FOR SELECT ON TABLE "public"."t" FROM "schemadiff_reader"',
        'GRANT UPDATE ("v") ON TABLE "public"."t" TO "schemadiff_reader" WITH GRANT OPTION',
    ]


def test_comment_or_grant_change_never_recreates(make_db: MakeDb) -> None:
    a = make_db(ROLES + TABLE)
    b = make_db(
        ROLES + TABLE + "COMMENT ON CONSTRAINT t_id_check ON t IS 'positive';"
        "GRANT SELECT ON t TO schemadiff_reader"
    )
    assert sorted(_round_trip(a, b)) == [
        'COMMENT ON CONSTRAINT "t_id_check" ON "public"."t" IS \'positive\'',
        'GRANT SELECT ON TABLE "public"."t" TO "schemadiff_reader"',
    ]


def test_recreated_view_gets_its_comments_and_grants_back(make_db: MakeDb) -> None:
    view = (
        "COMMENT ON VIEW v IS 'the view'; COMMENT ON COLUMN v.id IS 'the id';"
        "GRANT SELECT ON v TO schemadiff_reader"
    )
    a = make_db(ROLES + TABLE + "CREATE VIEW v AS SELECT id, v FROM t;" + view)
    b = make_db(ROLES + TABLE + "CREATE VIEW v AS SELECT id FROM t;" + view)
    statements = _round_trip(a, b)
    assert statements[0] == 'DROP VIEW "public"."v"'
    assert statements[2:] == [
        'GRANT SELECT ON TABLE "public"."v" TO "schemadiff_reader"',
        'COMMENT ON VIEW "public"."v" IS \'the view\'',
        'COMMENT ON COLUMN "public"."v"."id" IS \'the id\'',
    ]


def test_owners_only_when_asked(make_db: MakeDb) -> None:
    a = make_db(ROLES + TABLE)
    b = make_db(ROLES + TABLE + "ALTER TABLE t OWNER TO schemadiff_owner")
    assert diff_schemas(a, b).is_empty
    assert _round_trip(a, b, ignore_owners=False) == [
        'ALTER TABLE "public"."t" OWNER TO "schemadiff_owner"'
    ]


def test_default_privileges_are_privileges(make_db: MakeDb) -> None:
    a = make_db(ROLES)
    b = make_db(
        ROLES + "ALTER DEFAULT PRIVILEGES FOR ROLE schemadiff_owner IN SCHEMA public "
        "GRANT SELECT ON TABLES TO schemadiff_reader"
    )
    assert diff_schemas(a, b, ignore_privileges=True).is_empty
    assert _round_trip(a, b) == [
        'ALTER DEFAULT PRIVILEGES FOR ROLE "schemadiff_owner" IN SCHEMA "public" '
        'GRANT SELECT ON TABLES TO "schemadiff_reader"'
    ]


def test_column_grants_follow_their_column(make_db: MakeDb) -> None:
    a = make_db(ROLES + TABLE + "ALTER TABLE t ADD old int; GRANT SELECT (old) ON t TO PUBLIC")
    b = make_db(ROLES + TABLE + "ALTER TABLE t ADD new int; GRANT SELECT (new) ON t TO PUBLIC")
    assert _round_trip(a, b) == [
        'ALTER TABLE "public"."t" DROP COLUMN "old"',
        'ALTER TABLE "public"."t" ADD COLUMN "new" integer',
        'GRANT SELECT ("new") ON TABLE "public"."t" TO PUBLIC',
    ]


def test_recreated_column_gets_its_grants_back(make_db: MakeDb) -> None:
    column = "ALTER TABLE t ADD g int GENERATED ALWAYS AS ({}) STORED;"
    grant = "GRANT SELECT (g) ON t TO schemadiff_reader"
    a = make_db(ROLES + TABLE + column.format("id * 2") + grant)
    b = make_db(ROLES + TABLE + column.format("id * 3") + grant)
    assert (
        _round_trip(a, b)[-1] == 'GRANT SELECT ("g") ON TABLE "public"."t" TO "schemadiff_reader"'
    )
