"""Dependencies of LANGUAGE sql functions on what their quoted bodies use.

PostgreSQL records no ``pg_depend`` row for what a string body (``AS $$ ... $$``) uses
(a ``BEGIN ATOMIC`` body has them), yet it parses the body whenever the function is
inlined or run: by an index expression, a CHECK constraint being validated, a column
default or generation expression evaluated for existing rows, a materialized view being
filled. The plan creates such functions unchecked (``check_function_bodies = off``) but
must still create what their bodies use before anything evaluates them.

So each body is parsed with PostgreSQL's own parser (pglast), and the relations, routines
and types it names become dependencies of the function, resolved like the body would be:
a qualified name as written, an unqualified one through the function's ``search_path``
setting, else its own schema and ``public``. A name that matches no modelled object (a
built-in, a CTE) adds nothing; a body that does not parse adds nothing.

These edges only order statements. Where one would close a cycle with the recorded
dependencies (a table whose default calls a function whose body reads that table), it is
left out: PostgreSQL needs no order there, as nothing evaluates the body at creation.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..model import Key, Kind

__all__ = ["add_body_dependencies", "body_references"]

# Kinds an unqualified or qualified name in each position may mean.
_RELATIONS = frozenset({Kind.TABLE, Kind.VIEW, Kind.MATERIALIZED_VIEW, Kind.SEQUENCE})
_ROUTINES = frozenset({Kind.FUNCTION, Kind.PROCEDURE, Kind.AGGREGATE})
_TYPES = frozenset(
    {Kind.ENUM, Kind.DOMAIN, Kind.COMPOSITE_TYPE, Kind.RANGE_TYPE, Kind.TABLE, Kind.VIEW}
)

# (position, schema or None, name): position is "relation", "routine" or "type".
Reference = tuple[str, str | None, str]


def body_references(body: str) -> list[Reference]:
    """The names a SQL body uses, in order; empty when it does not parse. Names of the
    body's own CTEs are left out when unqualified."""
    import pglast
    from pglast import ast
    from pglast.visitors import Visitor

    try:
        tree = pglast.parse_sql(body)
    except Exception:  # pglast raises its ParseError, and others on odd input
        return []
    found: list[Reference] = []
    ctes: set[str] = set()

    def names(nodes: Iterable[Any]) -> list[str]:
        return [n.sval or "" for n in nodes or () if isinstance(n, ast.String)]

    def qualified(parts: list[str]) -> tuple[str | None, str] | None:
        if not parts:
            return None
        schema = parts[-2] if len(parts) >= 2 else None
        return schema, parts[-1]

    class _Collect(Visitor):
        def visit_RangeVar(self, ancestors: Any, node: Any) -> None:
            found.append(("relation", node.schemaname, node.relname))

        def visit_FuncCall(self, ancestors: Any, node: Any) -> None:
            name = qualified(names(node.funcname))
            if name is not None:
                found.append(("routine", *name))

        def visit_TypeName(self, ancestors: Any, node: Any) -> None:
            name = qualified(names(node.names))
            if name is not None and name[0] != "pg_catalog":
                found.append(("type", *name))

        def visit_CommonTableExpr(self, ancestors: Any, node: Any) -> None:
            ctes.add(node.ctename)

    try:
        _Collect()(tree)
    except Exception:  # a node shape this pglast does not walk: no edges, never a crash
        return []
    return [r for r in found if not (r[1] is None and r[0] == "relation" and r[2] in ctes)]


def _search_path(function: Any) -> list[str]:
    """The schemas an unqualified name in ``function``'s body is looked up in."""
    for setting in function.config:
        name, _, value = setting.partition("=")
        if name.strip().lower() == "search_path":
            schemas = [s.strip().strip('"') for s in value.split(",")]
            return [s for s in schemas if s and s != "$user" and s != "pg_catalog"]
    return list(dict.fromkeys((function.schema, "public")))


def _index(objects: Mapping[Key, Any]) -> dict[tuple[str, str], list[Key]]:
    """(schema, name) -> the keys of top-level objects a body could name."""
    wanted = _RELATIONS | _ROUTINES | _TYPES
    index: dict[tuple[str, str], list[Key]] = {}
    for key in objects:
        if key.kind in wanted and not key.member:
            index.setdefault((key.schema, key.name), []).append(key)
    return index


def _resolve(
    ref: Reference, path: list[str], index: Mapping[tuple[str, str], list[Key]]
) -> list[Key]:
    position, schema, name = ref
    kinds = {"relation": _RELATIONS, "routine": _ROUTINES, "type": _TYPES}[position]
    for candidate in [schema] if schema is not None else path:
        keys = [k for k in index.get((candidate, name), ()) if k.kind in kinds]
        if keys:
            # Every overload of a routine: the argument types are not resolved here.
            return keys
    return []


def _sql_functions(functions: Iterable[Any]) -> Iterator[tuple[Key, Any]]:
    for function in functions:
        if function.language == "sql" and not function.sql_body:
            yield function.key, function


def add_body_dependencies(
    objects: Mapping[Key, Any],
    dependencies: dict[Key, tuple[Key, ...]],
    routines: Iterable[Any],
) -> None:
    """Add to ``dependencies`` (in place) what the string bodies of the LANGUAGE sql
    functions among ``routines`` (the functions and procedures of ``objects``) use, but
    edges that would close a cycle."""
    functions = list(_sql_functions(routines))
    if not functions:
        return
    index = _index(objects)
    graph = _Collapsed(objects, dependencies)
    for key, function in sorted(functions, key=lambda item: item[0]):
        path = _search_path(function)
        added: list[Key] = []
        for ref in body_references(function.body):
            for target in _resolve(ref, path, index):
                if target == key or target in added:
                    continue
                if target in dependencies.get(key, ()) or graph.reaches(target, key):
                    continue
                added.append(target)
                graph.add(key, target)
        if added:
            dependencies[key] = (*dependencies.get(key, ()), *added)


class _Collapsed:
    """The dependency graph with every member folded into its parent (a column's default
    counts as its table's: the planner orders members created with their table so), for
    finding the cycles a new edge would close. Built on first use."""

    def __init__(self, objects: Mapping[Key, Any], dependencies: Mapping[Key, Iterable[Key]]):
        self.objects = objects
        self.dependencies = dependencies
        self.edges: dict[Key, set[Key]] | None = None

    def _top(self, key: Key) -> Key:
        obj = self.objects.get(key)
        parent = getattr(obj, "parent", None) if obj is not None else key.parent()
        return parent if parent is not None else key

    def _built(self) -> dict[Key, set[Key]]:
        if self.edges is None:
            self.edges = {}
            for dependent, refs in self.dependencies.items():
                top = self._top(dependent)
                for ref in refs:
                    target = self._top(ref)
                    if target != top:
                        self.edges.setdefault(top, set()).add(target)
        return self.edges

    def add(self, dependent: Key, ref: Key) -> None:
        self._built().setdefault(self._top(dependent), set()).add(self._top(ref))

    def reaches(self, start: Key, goal: Key) -> bool:
        """Whether ``goal`` is reachable from ``start`` (both folded)."""
        edges = self._built()
        start, goal = self._top(start), self._top(goal)
        seen = {start}
        stack = [start]
        while stack:
            node = stack.pop()
            if node == goal:
                return True
            for nxt in edges.get(node, ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        return False
