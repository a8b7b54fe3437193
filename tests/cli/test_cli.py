"""The ``schemadiff`` command in-process: every exit code, every flag, every bad input."""

from __future__ import annotations

import dataclasses
import io
import subprocess
from pathlib import Path
from typing import Any

import pytest
from password_role import PASSWORD, PasswordRole

from pytest_schemadiff import cli as cli_module
from pytest_schemadiff import loading
from pytest_schemadiff.connection import sqlalchemy_url, with_database
from pytest_schemadiff.server import SchemaDiffServer

from .conftest import NewDatabase, RunCli, execute, query

A_SQL = """
CREATE TABLE person (id int PRIMARY KEY, name text);
"""
B_SQL = """
CREATE TABLE person (id int PRIMARY KEY, name text NOT NULL, email text);
CREATE SCHEMA billing;
CREATE TABLE billing.invoice (id int PRIMARY KEY, person_id int REFERENCES person);
"""
DROPPING_SQL = """
CREATE TABLE person (id int PRIMARY KEY);
"""
TWO_SCHEMAS_A = """
CREATE SCHEMA s1; CREATE TABLE s1.x (id int);
CREATE SCHEMA s2; CREATE TABLE s2.y (id int);
"""
TWO_SCHEMAS_B = """
CREATE SCHEMA s1; CREATE TABLE s1.x (id int, added1 int);
CREATE SCHEMA s2; CREATE TABLE s2.y (id int, added2 int);
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def single_error(err: str) -> str:
    """The one ``schemadiff: error:`` line of ``err``, checking there is exactly one."""
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("schemadiff: error: "), err
    return lines[0]


def assert_usage_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 2, err
    assert lines[0].startswith("schemadiff: error: ")
    assert "schemadiff --help" in lines[1]
    return lines[0]


# -- exit codes --------------------------------------------------------------------------


def test_no_differences_exit_0_and_no_output(cli: RunCli, new_db: NewDatabase) -> None:
    result = cli(new_db(A_SQL), new_db(A_SQL))
    assert (result.code, result.out, result.err) == (0, "", "")


def test_differences_exit_2_with_the_sql(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(A_SQL), new_db(B_SQL)
    result = cli(a, b)
    assert result.code == 2, result.err
    assert 'CREATE SCHEMA "billing";' in result.out
    assert 'ALTER TABLE "public"."person" ADD COLUMN "email" text;' in result.out
    assert result.err == ""
    # The SQL is the way from A to B: applied to A, nothing differs any more.
    execute(a, result.out)
    assert cli(a, b).code == 0


def test_sqlalchemy_url_spelling(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(A_SQL), new_db(B_SQL)
    assert sqlalchemy_url(a).startswith("postgresql+psycopg2://")
    result = cli(sqlalchemy_url(a), sqlalchemy_url(b))
    assert result.code == 2
    assert 'CREATE SCHEMA "billing";' in result.out


def test_unsafe_statements_exit_3_list_them_and_write_no_sql(
    cli: RunCli, new_db: NewDatabase
) -> None:
    result = cli(new_db(B_SQL), new_db(DROPPING_SQL))
    assert result.code == 3
    assert result.out == ""  # as migra: nothing a user could paste
    head, *listed = result.err_lines
    assert head.startswith("schemadiff: error: ")
    assert "--unsafe" in head
    assert any('DROP TABLE "billing"."invoice";' in line for line in listed)
    assert any('DROP COLUMN "email"' in line for line in listed)
    assert all("deletes data" in line for line in listed)


def test_unsafe_flag_writes_everything_exit_2(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(B_SQL), new_db(DROPPING_SQL)
    result = cli("--unsafe", a, b)
    assert result.code == 2
    assert 'DROP TABLE "billing"."invoice";' in result.out
    assert result.err == ""
    execute(a, result.out)
    assert cli(a, b).code == 0


@pytest.mark.parametrize("fmt", ["summary", "json"])
def test_unsafe_descriptions_are_still_written(cli: RunCli, new_db: NewDatabase, fmt: str) -> None:
    result = cli("--format", fmt, new_db(B_SQL), new_db(DROPPING_SQL))
    assert result.code == 3
    assert "invoice" in result.out
    assert "--unsafe" in result.err_lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["--no-such-flag", "EMPTY", "EMPTY"], id="unknown-flag"),
        pytest.param(["EMPTY"], id="missing-argument"),
        pytest.param([], id="no-arguments"),
        pytest.param(["--format", "yaml", "EMPTY", "EMPTY"], id="bad-choice"),
        pytest.param(["--pg", "seventeen", "EMPTY", "EMPTY"], id="bad-int"),
        pytest.param(["EMPTY", "EMPTY", "extra"], id="extra-argument"),
    ],
)
def test_usage_errors_exit_1_not_2(cli: RunCli, argv: list[str]) -> None:
    result = cli(*argv, server=False)
    assert result.code == 1
    assert result.out == ""
    assert_usage_error(result.err)


def test_pg_and_server_exclude_each_other(cli: RunCli) -> None:
    result = cli("--pg", "17", "EMPTY", "EMPTY")
    assert result.code == 1
    assert "--pg" in assert_usage_error(result.err)


def test_help_exit_0_on_stdout(cli: RunCli) -> None:
    result = cli("--help", server=False)
    assert result.code == 0
    assert result.out.startswith("usage: schemadiff")
    for flag in (
        "--unsafe",
        "--schema",
        "--exclude_schema",
        "--exclude-schema",
        "--with-privileges",
        "--ignore-extension-versions",
        "--create-extensions-only",
        "--format",
        "--output",
        "--server",
        "--pg",
    ):
        assert flag in result.out
    assert "exit codes" in result.out
    assert result.err == ""


def test_version(cli: RunCli) -> None:
    result = cli("--version", server=False)
    assert result.code == 0
    assert result.out.startswith("schemadiff ")


# -- inputs: URLs, EMPTY, files, dumps, directories ---------------------------------------


def test_empty_against_empty(cli: RunCli) -> None:
    assert cli("EMPTY", "EMPTY").code == 0


def test_empty_to_a_database_creates_everything(cli: RunCli, new_db: NewDatabase) -> None:
    b = new_db(B_SQL)
    result = cli("EMPTY", b)
    assert result.code == 2
    assert 'CREATE TABLE "billing"."invoice"' in result.out
    fresh = new_db()
    execute(fresh, result.out)
    assert cli(fresh, b).code == 0


def test_sql_files(cli: RunCli, tmp_path: Path) -> None:
    a = write(tmp_path, "a.sql", A_SQL)
    b = write(tmp_path, "b.sql", B_SQL)
    result = cli(str(a), str(b))
    assert result.code == 2
    assert 'CREATE SCHEMA "billing";' in result.out
    assert cli(str(a), str(a)).code == 0


def test_pg_dump_custom_format_and_sql_directory(
    cli: RunCli, new_db: NewDatabase, schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    source = new_db(B_SQL)
    dump = tmp_path / "b.dump"
    subprocess.run(
        [str(schemadiff_server.bin_dir / "pg_dump"), "-Fc", "-f", str(dump), "-d", source],
        check=True,
        capture_output=True,
    )
    directory = tmp_path / "schema"
    directory.mkdir()
    (directory / "01_person.sql").write_text(A_SQL)
    (directory / "02_rest.sql").write_text(
        "ALTER TABLE person ALTER name SET NOT NULL; ALTER TABLE person ADD email text;\n"
        "CREATE SCHEMA billing;\n"
        "CREATE TABLE billing.invoice (id int PRIMARY KEY, person_id int REFERENCES person);\n"
    )
    assert cli(str(dump), source).code == 0
    assert cli(str(directory), str(dump)).code == 0
    assert cli("EMPTY", str(dump)).code == 2


# -- flags ---------------------------------------------------------------------------------


def test_schema_restricts_and_repeats(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(TWO_SCHEMAS_A), new_db(TWO_SCHEMAS_B)
    only_s1 = cli("--schema", "s1", a, b)
    assert only_s1.code == 2
    assert '"s1"."x" ADD COLUMN "added1"' in only_s1.out
    assert "s2" not in only_s1.out
    both = cli("--schema", "s1", "--schema", "s2", a, b)
    assert "added1" in both.out and "added2" in both.out


@pytest.mark.parametrize("spelling", ["--exclude_schema", "--exclude-schema"])
def test_exclude_schema_both_spellings_repeatable(
    cli: RunCli, new_db: NewDatabase, spelling: str
) -> None:
    a, b = new_db(TWO_SCHEMAS_A), new_db(TWO_SCHEMAS_B)
    without_s1 = cli(spelling, "s1", a, b)
    assert without_s1.code == 2
    assert "added2" in without_s1.out and "added1" not in without_s1.out
    assert cli(spelling, "s1", spelling, "s2", a, b).code == 0


def test_create_extensions_only(cli: RunCli, new_db: NewDatabase) -> None:
    with_ext = """
        CREATE EXTENSION IF NOT EXISTS btree_gist;
        CREATE TABLE booking (id int PRIMARY KEY, room int);
    """
    a, b = new_db(), new_db(with_ext)
    result = cli("--create-extensions-only", a, b)
    assert result.code == 2
    # The plan starts with its origin line (A's fingerprint), a comment; then the SQL.
    origin, _, sql = result.out.partition("\n")
    assert origin.startswith("-- schemadiff-from: sha256:")
    statements = [s for s in sql.split(";") if s.strip()]
    assert len(statements) == 1
    assert statements[0].strip().upper().startswith("CREATE EXTENSION")
    assert "btree_gist" in statements[0]
    # Drops are never written (migra: add_extension_changes(drops=False)); nothing to create.
    reverse = cli("--create-extensions-only", b, a)
    assert (reverse.code, reverse.out) == (0, "")


def test_ignore_extension_versions(
    cli: RunCli, new_db: NewDatabase, schemadiff_server: SchemaDiffServer
) -> None:
    versions = [
        row[0]
        for row in query(
            schemadiff_server.url,
            "SELECT version FROM pg_available_extension_versions WHERE name = 'hstore' "
            "ORDER BY string_to_array(version, '.')::int[]",
        )
    ]
    if len(versions) < 2:
        pytest.skip("hstore with two versions is not available on this server")
    a = new_db(f"CREATE EXTENSION hstore VERSION '{versions[-2]}'")
    b = new_db(f"CREATE EXTENSION hstore VERSION '{versions[-1]}'")
    compared = cli(a, b)
    assert compared.code == 2
    assert "UPDATE" in compared.out.upper()
    assert cli("--ignore-extension-versions", a, b).code == 0


def test_column_order(cli: RunCli, new_db: NewDatabase) -> None:
    a = new_db("CREATE TABLE t (a int, b int)")
    b = new_db("CREATE TABLE t (b int, a int)")
    assert cli(a, b).code == 0
    result = cli("--column-order", a, b)
    assert result.code == 2
    assert any(
        line.startswith("schemadiff: warning: ") and "column order" in line
        for line in result.err_lines
    )


def test_with_privileges_off_by_default(cli: RunCli, new_db: NewDatabase) -> None:
    a = new_db("CREATE TABLE t (id int)")
    b = new_db("CREATE TABLE t (id int); GRANT SELECT ON t TO PUBLIC;")
    # As in migra, privileges are compared only with --with-privileges.
    assert cli(a, b).code == 0


@pytest.mark.parametrize(
    ("flags", "expected"),
    [
        pytest.param(
            [],
            {
                "schemas": None,
                "exclude_schemas": None,
                "ignore_privileges": True,
                "ignore_owners": True,
                "ignore_comments": False,
                "ignore_extension_versions": False,
                "column_order": False,
                "validate": False,
            },
            id="defaults",
        ),
        pytest.param(["--with-privileges"], {"ignore_privileges": False}, id="privileges"),
        pytest.param(["--with-owners"], {"ignore_owners": False}, id="owners"),
        pytest.param(["--ignore-comments"], {"ignore_comments": True}, id="comments"),
        pytest.param(
            ["--ignore-extension-versions"],
            {"ignore_extension_versions": True},
            id="extension-versions",
        ),
        pytest.param(["--column-order"], {"column_order": True}, id="column-order"),
        pytest.param(["--validate"], {"validate": True}, id="validate"),
        pytest.param(
            ["--schema", "public", "--schema", "other"],
            {"schemas": ["public", "other"]},
            id="schemas",
        ),
        pytest.param(
            ["--exclude_schema", "x", "--exclude-schema", "y"],
            {"exclude_schemas": ["x", "y"]},
            id="exclude-schemas",
        ),
    ],
)
def test_flags_reach_the_engine(
    cli: RunCli, monkeypatch: pytest.MonkeyPatch, flags: list[str], expected: dict[str, Any]
) -> None:
    seen: dict[str, Any] = {}
    real = cli_module.diff_schemas

    def spy(a: Any, b: Any, **options: Any) -> Any:
        seen.update(options)
        return real(a, b, **{**options, "schemas": None, "exclude_schemas": None})

    monkeypatch.setattr(cli_module, "diff_schemas", spy)
    monkeypatch.setattr(cli_module, "missing_schemas", lambda urls, names: [])
    assert cli(*flags, "EMPTY", "EMPTY").code == 0
    assert {k: seen[k] for k in expected} == expected


def test_force_utf8(
    new_db: NewDatabase, schemadiff_server: SchemaDiffServer, tmp_path: Path
) -> None:
    b = new_db('CREATE TABLE "tä" (id int)')

    def run(*flags: str) -> tuple[int, bytes, str]:
        raw = io.BytesIO()
        stdout = io.TextIOWrapper(raw, encoding="ascii")
        stderr = io.StringIO()
        code = cli_module.main(
            [*flags, "--server", schemadiff_server.url, "EMPTY", b], stdout, stderr
        )
        stdout.flush()
        return code, raw.getvalue(), stderr.getvalue()

    code, out, err = run()
    assert code == 1
    assert "--force-utf8" in single_error(err)
    code, out, err = run("--force-utf8")
    assert (code, err) == (2, "")
    assert 'CREATE TABLE "public"."tä"'.encode() in out


@pytest.mark.parametrize("flag", ["-f", "--output"])
def test_output_file(cli: RunCli, new_db: NewDatabase, tmp_path: Path, flag: str) -> None:
    target = tmp_path / "migration.sql"
    result = cli(flag, str(target), new_db(A_SQL), new_db(B_SQL))
    assert result.code == 2
    assert result.out == ""
    assert 'CREATE SCHEMA "billing";' in target.read_text()


def test_unsafe_does_not_write_the_output_file(
    cli: RunCli, new_db: NewDatabase, tmp_path: Path
) -> None:
    target = tmp_path / "migration.sql"
    assert cli("-f", str(target), new_db(B_SQL), new_db(DROPPING_SQL)).code == 3
    assert not target.exists()


def test_summary_format(cli: RunCli, new_db: NewDatabase) -> None:
    result = cli("--format", "summary", new_db(A_SQL), new_db(B_SQL))
    assert result.code == 2
    assert "only in B:" in result.out
    assert "changed:" in result.out
    assert 'schema "billing"' in result.out


def test_json_format(cli: RunCli, new_db: NewDatabase) -> None:
    import json

    result = cli("--format", "json", new_db(A_SQL), new_db(B_SQL))
    assert result.code == 2
    document = json.loads(result.out)
    assert {"differences", "statements", "warnings"} <= document.keys()
    assert any(s["sql"] == 'CREATE SCHEMA "billing"' for s in document["statements"])


def test_engine_warnings_go_to_stderr(
    cli: RunCli, new_db: NewDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = cli_module.diff_schemas

    def with_warning(a: Any, b: Any, **options: Any) -> Any:
        return dataclasses.replace(real(a, b, **options), warnings=("kind 'x' is not compared",))

    monkeypatch.setattr(cli_module, "diff_schemas", with_warning)
    result = cli(new_db(A_SQL), new_db(A_SQL))
    assert result.code == 0
    assert result.err_lines == ["schemadiff: warning: kind 'x' is not compared"]


# -- bad input: one line, exit 1, no traceback -------------------------------------------


def test_unreachable_server(cli: RunCli) -> None:
    result = cli("postgresql://someone:Sekret-123@127.0.0.1:1/app", "EMPTY")
    assert result.code == 1
    line = single_error(result.err)
    assert "unreachable" in line
    assert "Sekret-123" not in result.err


def test_unreachable_scratch_server(cli: RunCli) -> None:
    result = cli(
        "--server", "postgresql://x:Sekret-123@127.0.0.1:1/postgres", "EMPTY", "EMPTY", server=False
    )
    assert result.code == 1
    assert "unreachable" in single_error(result.err)
    assert "Sekret-123" not in result.err


def test_failed_login(cli: RunCli, password_role: PasswordRole) -> None:
    if not password_role.enforced:
        pytest.skip("this existing server lets the role in whatever its password")
    wrong = password_role.url.replace(PASSWORD, "Wrong-Secret")
    result = cli(wrong, "EMPTY")
    assert result.code == 1
    line = single_error(result.err)
    assert "login failed" in line
    assert "Wrong-Secret" not in result.err


def test_database_does_not_exist(cli: RunCli, schemadiff_server: SchemaDiffServer) -> None:
    missing = with_database(schemadiff_server.url, "schemadiff_no_such_database_here")
    result = cli(missing, "EMPTY")
    assert result.code == 1
    line = single_error(result.err)
    assert "schemadiff_no_such_database_here" in line
    assert "does not exist" in line


def test_sql_file_that_fails_to_load(cli: RunCli, tmp_path: Path) -> None:
    good = write(tmp_path, "good.sql", A_SQL)
    bad = write(
        tmp_path, "bad.sql", "CREATE TABLE ok (x int);\n\nCREATE TABLE broken (x nosuchtype);\n"
    )
    result = cli(str(good), str(bad))
    assert result.code == 1
    line = single_error(result.err)
    assert f"{bad}:3:" in line
    assert 'type "nosuchtype" does not exist' in line


def test_path_that_does_not_exist(cli: RunCli, tmp_path: Path) -> None:
    result = cli("EMPTY", str(tmp_path / "nope.sql"))
    assert result.code == 1
    line = single_error(result.err)
    assert "nope.sql" in line and "B:" in line


def test_not_a_postgresql_url(cli: RunCli) -> None:
    result = cli("mysql://root:Sekret-123@localhost/app", "EMPTY")
    assert result.code == 1
    assert "not a PostgreSQL URL" in single_error(result.err)
    assert "Sekret-123" not in result.err


def test_schema_that_matches_nothing(cli: RunCli, new_db: NewDatabase) -> None:
    a, b = new_db(TWO_SCHEMAS_A), new_db(TWO_SCHEMAS_B)
    result = cli("--schema", "s1", "--schema", "typo", a, b)
    assert result.code == 1
    line = single_error(result.err)
    assert "'typo'" in line and "no such schema" in line
    assert "'s1'" not in line


def test_unwritable_output(cli: RunCli, new_db: NewDatabase, tmp_path: Path) -> None:
    result = cli("-f", str(tmp_path / "missing-dir" / "m.sql"), new_db(A_SQL), new_db(B_SQL))
    assert result.code == 1
    assert "--output" in single_error(result.err)


def test_interrupt_drops_scratch_databases(
    cli: RunCli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(*args: Any, **kwargs: Any) -> None:
        raise KeyboardInterrupt

    # The command imports the loader when it first loads a file.
    monkeypatch.setattr(loading, "load_path", interrupted)
    result = cli(str(write(tmp_path, "a.sql", A_SQL)), "EMPTY")
    assert result.code == 130
    assert result.err_lines == ["schemadiff: interrupted"]
    # The autouse fixture checks that no scratch database is left.


def test_schemadiff_url_stands_in_for_server(
    cli: RunCli, schemadiff_server: SchemaDiffServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCHEMADIFF_URL", schemadiff_server.url)
    assert cli("EMPTY", "EMPTY", server=False).code == 0
    monkeypatch.setenv("SCHEMADIFF_URL", "postgresql://x@127.0.0.1:1/postgres")
    result = cli("EMPTY", "EMPTY", server=False)
    assert result.code == 1
    assert "unreachable" in single_error(result.err)


def test_missing_extension_names_the_command_options(cli: RunCli, tmp_path: Path) -> None:
    bad = write(tmp_path, "ext.sql", "CREATE EXTENSION schemadiff_nonexistent_ext;\n")
    result = cli("EMPTY", str(bad))
    assert result.code == 1
    line = single_error(result.err)
    assert f"{bad}:1: extension 'schemadiff_nonexistent_ext' is not available" in line
    # The command's own options, not the plugin's.
    assert "--server (or SCHEMADIFF_URL)" in line and "--pg" in line
    assert "--schemadiff-" not in line
