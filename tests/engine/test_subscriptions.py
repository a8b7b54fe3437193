"""Subscriptions: compared, created without reaching the publisher, changed in place where
that needs no connection, and their connection strings' passwords kept out of what people
read.

Engine tests, not acceptance cases: the guarded loader refuses CREATE SUBSCRIPTION (it
connects to another database), so each test sets its databases up itself; and a database
with a subscription cannot be dropped, so the ``sub_db`` fixture removes them first.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator

import psycopg2
import pytest

from pytest_schemadiff.engine import diff_schemas
from pytest_schemadiff.engine.conninfo import PASSWORD_CHANGED, mask
from pytest_schemadiff.engine.inspect import inspect_catalog
from pytest_schemadiff.engine.model import Key, Kind, Subscription
from pytest_schemadiff.engine.plan import Action, Hazard
from pytest_schemadiff.engine.render import render_json, render_text
from pytest_schemadiff.engine.secrets import MASK
from pytest_schemadiff.engine.sqlgen import Context, subscription

from .conftest import MakeDb, apply

# A publisher nobody listens on: nothing here may try to reach it.
CONNINFO = "host=127.0.0.1 port=1 dbname=upstream user=replicator"


def _drop_subscriptions(url: str) -> None:
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(
                "SELECT subname FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid"
                " WHERE d.datname = current_database()"
            )
            for (name,) in cur.fetchall():
                quoted = '"' + name.replace('"', '""') + '"'
                cur.execute(f"ALTER SUBSCRIPTION {quoted} DISABLE")
                cur.execute(f"ALTER SUBSCRIPTION {quoted} SET (slot_name = NONE)")
                cur.execute(f"DROP SUBSCRIPTION {quoted}")
    finally:
        conn.close()


@pytest.fixture
def sub_db(make_db: MakeDb) -> Iterator[MakeDb]:
    """``make_db`` whose databases lose their subscriptions before they are dropped."""
    urls: list[str] = []

    def make(sql: str) -> str:
        url = make_db(sql)
        urls.append(url)
        return url

    yield make
    for url in urls:
        _drop_subscriptions(url)


def _sub(name: str, options: str = "", conninfo: str = CONNINFO, pubs: str = "app") -> str:
    extra = f", {options}" if options else ""
    return (
        f"CREATE SUBSCRIPTION {name} CONNECTION '{conninfo}' PUBLICATION {pubs}"
        f" WITH (connect = false{extra});\n"
    )


def _converges(make: MakeDb, a_sql: str, b_sql: str, **options: bool) -> list[str]:
    """Migrate A to B, check that nothing differs after, return the SQL statements."""
    a, b = make(a_sql), make(b_sql)
    result = diff_schemas(a, b, **options)
    assert not result.is_empty
    apply(a, result.sql)
    assert diff_schemas(a, b, **options).is_empty
    return [s.sql for s in result.statements]


ROLE_SQL = (
    "DO $$ BEGIN CREATE ROLE schemadiff_owner; EXCEPTION WHEN duplicate_object OR "
    "unique_violation THEN NULL; END $$;\n"
)
RICH = (
    ROLE_SQL
    + _sub(
        "rich",
        "binary = true, streaming = off, synchronous_commit = 'remote_apply', "
        "disable_on_error = true, slot_name = 'rich_slot'",
        pubs="app, audit",
    )
    + _sub("slotless", "slot_name = NONE, binary = true")
    + "COMMENT ON SUBSCRIPTION rich IS 'from the primary';\n"
    # Before 16 a subscription's owner must be a superuser.
    + "DO $$ BEGIN IF current_setting('server_version_num')::int >= 160000 THEN\n"
    + "  ALTER SUBSCRIPTION slotless OWNER TO schemadiff_owner; END IF; END $$;\n"
)


@pytest.mark.parametrize("direction", ["create", "drop"])
def test_subscriptions_created_and_dropped_without_the_publisher(
    sub_db: MakeDb, direction: str
) -> None:
    a_sql, b_sql = (ROLE_SQL, RICH) if direction == "create" else (RICH, ROLE_SQL)
    sql = _converges(sub_db, a_sql, b_sql, ignore_owners=False)
    text = "\n".join(sql)
    if direction == "create":
        assert "connect = false" in text and "create_slot = false" in text
        assert "slot_name = NONE" in text and "slot_name = 'rich_slot'" in text
        assert "COMMENT ON SUBSCRIPTION" in text
    else:
        # The slot is let go of first, so DROP neither connects nor leaves the transaction.
        assert sql.index('ALTER SUBSCRIPTION "rich" SET (slot_name = NONE)') < sql.index(
            'DROP SUBSCRIPTION "rich"'
        )


def test_changes_in_place_need_no_connection(sub_db: MakeDb) -> None:
    a_sql = _sub("s", "binary = false, slot_name = 'one'") + "COMMENT ON SUBSCRIPTION s IS 'a';"
    b_sql = (
        _sub(
            "s",
            "binary = true, streaming = on, synchronous_commit = 'local', slot_name = 'two'",
            conninfo="host=127.0.0.1 port=2 dbname=elsewhere",
            pubs="app, more",
        )
        + "COMMENT ON SUBSCRIPTION s IS 'b';"
    )
    for sql in (_converges(sub_db, a_sql, b_sql), _converges(sub_db, b_sql, a_sql)):
        assert not any("DROP SUBSCRIPTION" in s or "CREATE SUBSCRIPTION" in s for s in sql)
        assert any("WITH (refresh = false)" in s for s in sql)
        assert any(s.startswith('ALTER SUBSCRIPTION "s" CONNECTION') for s in sql)


def test_two_phase_change_recreates_it(sub_db: MakeDb) -> None:
    sql = _converges(sub_db, _sub("s"), _sub("s", "two_phase = true"))
    assert any(s.startswith("DROP SUBSCRIPTION") for s in sql)
    assert any(s.startswith("CREATE SUBSCRIPTION") for s in sql)


def test_password_masked_for_people_and_a_placeholder_in_sql(sub_db: MakeDb) -> None:
    secret = "pw-" + secrets.token_hex(6)
    a = sub_db("")
    b = sub_db(_sub("s", conninfo=f"{CONNINFO} password={secret}"))
    result = diff_schemas(a, b)
    shown = render_text(result.differences) + render_json(
        result.differences, result.statements, result.warnings
    )
    assert secret not in shown
    assert secret not in result.sql
    assert "password=<secret: subscription s password>" in result.sql
    assert any("password" in w for w in result.warnings)
    # Asked for, the real value is written (as for foreign servers' and mappings' options).
    revealed = diff_schemas(a, b, show_secrets=True)
    assert secret in revealed.sql and not any("password" in w for w in revealed.warnings)
    # A changed password shows as a masked change.
    c = sub_db(_sub("s", conninfo=f"{CONNINFO} password=other-{secret}"))
    changed = diff_schemas(b, c)
    [difference] = [d for d in changed.differences if d.attribute == "conninfo"]
    assert MASK in difference.old and secret not in difference.old + difference.new
    assert difference.new.endswith(PASSWORD_CHANGED)
    assert secret not in json.dumps(
        json.loads(render_json(changed.differences, changed.statements, ()))
    )


@pytest.mark.parametrize(
    ("conninfo", "masked"),
    [
        ("host=x password=s3cret user=u", f"host=x password={MASK} user=u"),
        ("host=x password = 'a \\' b' user=u", f"host=x password = {MASK} user=u"),
        ("postgresql://u:s3cret@host/db", f"postgresql://u:{MASK}@host/db"),
        (
            "postgres://host/db?user=u&password=s3cret&x=1",
            f"postgres://host/db?user=u&password={MASK}&x=1",
        ),
        ("host=x user=u", "host=x user=u"),
    ],
)
def test_mask_covers_keywords_and_uris(conninfo: str, masked: str) -> None:
    assert mask(conninfo) == masked


def test_unreadable_subscriptions_are_reported_not_compared(sub_db: MakeDb) -> None:
    role = f"schemadiff_nosuper_{secrets.token_hex(4)}"
    url = sub_db(_sub("s"))
    conn = psycopg2.connect(url)
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute(f'CREATE ROLE "{role}"')
            cur.execute(f'SET ROLE "{role}"')
        catalog = inspect_catalog(conn)
        with conn.cursor() as cur:
            cur.execute("RESET ROLE")
            cur.execute(f'DROP ROLE "{role}"')
    finally:
        conn.close()
    assert not [k for k in catalog.objects if k.kind is Kind.SUBSCRIPTION]
    assert [(o.kind, o.name) for o in catalog.unmodelled if "subscription" in o.kind] == [
        ("subscription (readable by superusers only)", "s")
    ]


def _model(**changes: object) -> Subscription:
    values: dict[str, object] = {
        "name": "s",
        "conninfo": CONNINFO,
        "publications": ("app",),
        "slot_name": "s",
        "enabled": False,
        "options": ("binary=false",),
        "oid": 1,
    }
    values.update(changes)
    return Subscription(**values)  # type: ignore[arg-type]


def _ctx() -> Context:
    # The subscription generators read nothing from the catalogs.
    return Context(None, None)  # type: ignore[arg-type]


def test_enabled_state_is_written_after_creation_and_dropped_before_drop() -> None:
    # Not applied: an enabled subscription starts a worker that tries to reach its publisher.
    created = subscription.create(_model(enabled=True), _ctx())
    assert [s.sql for s in created][-1] == 'ALTER SUBSCRIPTION "s" ENABLE'
    dropped = [s.sql for s in subscription.drop(_model(enabled=True), _ctx())]
    assert dropped == [
        'ALTER SUBSCRIPTION "s" DISABLE',
        'ALTER SUBSCRIPTION "s" SET (slot_name = NONE)',
        'DROP SUBSCRIPTION "s"',
    ]
    # A new slot name while enabled: disabled around it.
    altered = subscription.alter(_model(enabled=True), _model(enabled=True, slot_name="t"), _ctx())
    assert altered is not None
    assert [s.sql for s in altered] == [
        'ALTER SUBSCRIPTION "s" DISABLE',
        "ALTER SUBSCRIPTION \"s\" SET (slot_name = 't')",
        'ALTER SUBSCRIPTION "s" ENABLE',
    ]
    assert all(
        s.action is Action.ALTER and s.key == Key(Kind.SUBSCRIPTION, "", "s") for s in altered
    )


def test_dropping_a_subscription_names_what_happens_to_its_slot() -> None:
    dropped = {s.sql: s for s in subscription.drop(_model(), _ctx())}
    detach = dropped['ALTER SUBSCRIPTION "s" SET (slot_name = NONE)']
    assert Hazard.BREAKS_DEPENDENTS in detach.hazards
    [(_, reason)] = [r for r in detach.reasons if r.hazard is Hazard.BREAKS_DEPENDENTS]
    assert "stays on the publisher" in reason and "pg_drop_replication_slot" in reason
    drop = dropped['DROP SUBSCRIPTION "s"']
    [(_, reason)] = [r for r in drop.reasons if r.hazard is Hazard.BREAKS_DEPENDENTS]
    assert "stops replication" in reason and "drops the slot there" in reason
    # Without a slot there is nothing to detach: only the DROP, with its hazard.
    slotless = subscription.drop(_model(slot_name=None), _ctx())
    assert [s.sql for s in slotless] == ['DROP SUBSCRIPTION "s"']
    assert Hazard.BREAKS_DEPENDENTS in slotless[0].hazards
