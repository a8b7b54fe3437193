"""How SQL names an object from its ``Address`` (``pg_identify_object_as_address``), for the
generic COMMENT ON, GRANT / REVOKE and ALTER ... OWNER TO statements."""

from __future__ import annotations

from ..model import Address
from .quoting import ident, qualified

__all__ = ["grant_target", "member_target", "target", "word"]

# Address types whose names are already one SQL type name (format_type), not identifiers.
_TYPE_NAMED = frozenset({"type", "domain"})
# Members named "... ON table": names are (schema, table, name).
_ON_TABLE = frozenset({"policy", "trigger", "rule", "table constraint"})
_ROUTINES = frozenset({"function", "procedure", "aggregate"})
# GRANT names every relation TABLE.
_GRANT_WORDS = {
    "view": "TABLE",
    "materialized view": "TABLE",
    "foreign table": "TABLE",
    "aggregate": "FUNCTION",
    "server": "FOREIGN SERVER",
}
# Address types pg_identify_object_as_address spells otherwise than SQL does.
_WORDS = {"foreign-data wrapper": "FOREIGN DATA WRAPPER", "statistics object": "STATISTICS"}


def word(address: Address) -> str:
    """The object type as COMMENT ON and ALTER write it."""
    if address.type in _WORDS:
        return _WORDS[address.type]
    if address.type.endswith(" column"):
        return "COLUMN"
    if address.type.endswith(" constraint"):
        return "CONSTRAINT"
    return _WORDS.get(address.type, address.type.upper())


def _name(address: Address, *, in_grant: bool = False) -> str:
    names = address.names
    if address.type in _TYPE_NAMED:
        return names[0]
    if address.type == "operator":
        # An operator's name is never quoted; a prefix operator's address lists only
        # its right operand.
        operands = ("NONE", *address.args)[-2:]
        return f"{ident(names[0])}.{names[1]} ({', '.join(operands)})"
    if address.type in ("operator class", "operator family"):
        return f"{qualified(names[1], names[2])} USING {ident(names[0])}"
    if address.type == "cast":
        return f"({names[0]} AS {address.args[0]})"
    if address.type == "domain constraint":
        return f"{ident(address.args[0])} ON DOMAIN {names[0]}"
    if address.type == "transform":
        # Names: the type (format_type, qualified); arguments: the language.
        return f"FOR {names[0]} LANGUAGE {ident(address.args[0])}"
    if address.type in _ON_TABLE:
        return f"{ident(names[2])} ON {qualified(names[0], names[1])}"
    text = ".".join(ident(n) for n in names)
    if address.aggregate_signature is not None and not in_grant:
        # ALTER / COMMENT ON AGGREGATE: "(x ORDER BY y)" for ordered-set ones, "(*)".
        text += f"({address.aggregate_signature or '*'})"
    elif address.type in _ROUTINES:
        text += f"({', '.join(address.args)})"
    return text


def target(address: Address) -> str:
    """``WORD name`` as in ``COMMENT ON WORD name`` and ``ALTER WORD name OWNER TO``."""
    return f"{word(address)} {_name(address)}"


def grant_target(address: Address) -> str:
    """``WORD name`` as in ``GRANT ... ON WORD name`` (a column's: its relation's; the
    column is named in the privilege list)."""
    if address.type.endswith(" column"):
        return f"TABLE {qualified(address.names[0], address.names[1])}"
    return f"{_GRANT_WORDS.get(address.type, address.type.upper())} {_name(address, in_grant=True)}"


def member_target(parent: Address, member_kind: str, member: str) -> str:
    """A part of ``parent`` no model describes: a column of a view or composite type, a
    constraint of a domain or of a foreign table."""
    if member_kind == "constraint":
        return f"CONSTRAINT {ident(member)} ON DOMAIN {_name(parent)}"
    if member_kind == "table constraint":
        return f"CONSTRAINT {ident(member)} ON {_name(parent)}"
    return f"COLUMN {_name(parent)}.{ident(member)}"
