"""The command-line options the subcommands (``apply``, ``sync``, ``check``) share with
``schemadiff A B``: what to compare (``--schema``, ``--exclude-schema``,
``--with-privileges`` ...) and where scratch databases for a target file go (``--server``,
``--pg``). Same names and meanings, defined once, so a plan made with some flags is checked
with the same ones."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Any

from ..engine.compare import Options
from ..server import DEFAULT_MAJOR

__all__ = [
    "TARGET_ON_URLS_SERVER",
    "Comparison",
    "add_compare_options",
    "add_server_options",
    "compare_kwargs",
    "comparison_of",
]


# Where apply and sync load a target file (deploy/targets.py decides).
TARGET_ON_URLS_SERVER = (
    "URL's own server when its role may create databases, else $SCHEMADIFF_URL, else a "
    "private cluster"
)


@dataclass(frozen=True)
class Comparison:
    """How two schemas are compared: the options and the schemas in scope."""

    options: Options
    schemas: tuple[str, ...] | None = None
    exclude_schemas: tuple[str, ...] = ()


def add_compare_options(parser: argparse.ArgumentParser, *, display: bool = False) -> None:
    """The comparison flags; ``display`` adds those that change only what is shown
    (``--column-order``, ``--show-secrets``), for a command that reports differences."""
    group = parser.add_argument_group("comparison (as for schemadiff A B)")
    group.add_argument(
        "--schema", action="append", metavar="NAME", help="compare only this schema (repeatable)"
    )
    group.add_argument(
        "--exclude-schema",
        "--exclude_schema",
        dest="exclude_schema",
        action="append",
        metavar="NAME",
        help="leave this schema out (repeatable)",
    )
    group.add_argument("--with-privileges", action="store_true", help="also compare privileges")
    group.add_argument("--with-owners", action="store_true", help="also compare owners")
    group.add_argument("--ignore-comments", action="store_true", help="do not compare comments")
    group.add_argument(
        "--ignore-extension-versions",
        action="store_true",
        help="do not compare extension versions",
    )
    if display:
        group.add_argument(
            "--column-order",
            action="store_true",
            help="report tables whose column order differs (ignored by default)",
        )
        group.add_argument(
            "--show-secrets",
            action="store_true",
            help="show secret option values (a user mapping's password, ...); masked by default",
        )


def add_server_options(parser: argparse.ArgumentParser, *, default: str) -> None:
    """``--server`` and ``--pg``; ``default`` says where a target goes without them."""
    group = parser.add_argument_group("where a target file is loaded")
    group.add_argument(
        "--server",
        metavar="URL",
        help=f"PostgreSQL server for the scratch database a target file is loaded into "
        f"(default: {default})",
    )
    group.add_argument(
        "--pg",
        metavar="MAJOR",
        type=int,
        help=f"load a target file on a private cluster of this major (default {DEFAULT_MAJOR})",
    )


def comparison_of(args: argparse.Namespace) -> Comparison:
    return Comparison(
        Options(
            ignore_privileges=not args.with_privileges,
            ignore_owners=not args.with_owners,
            ignore_comments=args.ignore_comments,
            ignore_extension_versions=args.ignore_extension_versions,
        ),
        schemas=tuple(args.schema) if args.schema else None,
        exclude_schemas=tuple(args.exclude_schema or ()),
    )


def compare_kwargs(args: argparse.Namespace) -> dict[str, Any]:
    """``diff_schemas`` keyword arguments for flags added with ``display=True``."""
    comparison = comparison_of(args)
    return {
        "schemas": list(comparison.schemas) if comparison.schemas is not None else None,
        "exclude_schemas": list(comparison.exclude_schemas),
        "ignore_privileges": comparison.options.ignore_privileges,
        "ignore_owners": comparison.options.ignore_owners,
        "ignore_comments": comparison.options.ignore_comments,
        "ignore_extension_versions": comparison.options.ignore_extension_versions,
        "column_order": args.column_order,
        "show_secrets": args.show_secrets,
    }
