"""``diff_schemas``: inspect two databases, compare them and plan SQL from A to B.

The steps are separate layers: ``inspect`` reads catalogs into models, ``diff`` compares
them, ``sqlgen`` turns each difference into statements, ``plan`` orders the statements.
Here we only apply the comparison options and decide, per object, whether it is created,
dropped, altered in place, or dropped and re-created together with what depends on it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Collection, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, cast

from ..connection import connect
from ..errors import PlanError, SchemaDiffError
from . import build, conninfo
from .descendants import with_descendant_locks
from .diff import Difference, diff_objects
from .fingerprint import catalog_fingerprint
from .inspect import inspect_catalog
from .model import ATTACHED_FIELDS, Catalog, Key, Kind, Table
from .plan import Action, Hazard, Statement, order_statements
from .render import render_sql
from .secrets import mask_difference
from .sqlgen import GENERATORS, Context, attached, unmodelled_dependent
from .sqlgen.context import Secret
from .sqlgen.storage import missing_tablespaces

__all__ = [
    "Options",
    "SchemaDiff",
    "compare_catalogs",
    "diff_schemas",
    "inspect_connection",
    "inspect_schema",
    "schema_fingerprint",
]


@dataclass(frozen=True)
class SchemaDiff:
    """What differs between A and B, and the ordered statements that turn A into B."""

    differences: tuple[Difference, ...]
    statements: tuple[Statement, ...]
    # Things we could not compare or cannot migrate, one line each.
    warnings: tuple[str, ...] = ()
    # Object kinds present in A or B that the engine does not model (so did not compare).
    not_compared: tuple[str, ...] = ()
    # Objects of such kinds that exist on one side only: a real difference, though no SQL
    # is generated for it ("rule 'r on t' is only in B").
    unmatched: tuple[str, ...] = ()
    # A as the comparison saw it (options applied): what ``a_fingerprint`` is taken of.
    a_catalog: Catalog | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def a_fingerprint(self) -> str | None:
        """A's fingerprint under the comparison's options (``schema_fingerprint``), taken
        of the catalog already read, when first asked for (plans record it)."""
        return catalog_fingerprint(self.a_catalog) if self.a_catalog is not None else None

    @property
    def is_empty(self) -> bool:
        return not self.differences and not self.unmatched

    @property
    def sql(self) -> str:
        return render_sql(self.statements)

    @property
    def unsafe_statements(self) -> tuple[Statement, ...]:
        """The statements that delete data (``Statement.is_unsafe``)."""
        return tuple(s for s in self.statements if s.is_unsafe)

    def unsafe_under(self, hazards: Collection[Hazard]) -> tuple[Statement, ...]:
        """The statements with any of ``hazards`` (what a caller counts as unsafe)."""
        return tuple(s for s in self.statements if s.is_unsafe_under(hazards))


@dataclass(frozen=True)
class Options:
    """How two catalogs are compared: the ``diff_schemas`` keyword arguments of the same
    names (``from_keywords`` for callers that hold them as a mapping)."""

    ignore_privileges: bool = False
    ignore_owners: bool = True
    ignore_comments: bool = False
    ignore_extension_versions: bool = False
    column_order: bool = False
    # Secret option values in differences and SQL as they are (engine/secrets.py).
    show_secrets: bool = False

    @classmethod
    def from_keywords(cls, **keywords: Any) -> Options:
        """The comparison ``diff_schemas(**keywords)`` makes. Its other keywords
        (``schemas`` and ``exclude_schemas``: what is read; ``validate``) are not part of
        the comparison and are skipped; any other name is a TypeError, as in a call."""
        unknown = sorted(keywords.keys() - _OPTION_NAMES - _NOT_OPTIONS)
        if unknown:
            raise TypeError(f"diff_schemas has no option {', '.join(map(repr, unknown))}")
        return cls(**{name: value for name, value in keywords.items() if name in _OPTION_NAMES})


_OPTION_NAMES = frozenset(f.name for f in dataclasses.fields(Options))
# diff_schemas' keywords that choose what is read and whether the plan is proven.
_NOT_OPTIONS = frozenset({"schemas", "exclude_schemas", "validate"})


def diff_schemas(
    a: Any,
    b: Any,
    *,
    schemas: Iterable[str] | None = None,
    exclude_schemas: Iterable[str] | None = None,
    ignore_privileges: bool = False,
    ignore_owners: bool = True,
    ignore_comments: bool = False,
    ignore_extension_versions: bool = False,
    column_order: bool = False,
    show_secrets: bool = False,
    validate: bool = False,
) -> SchemaDiff:
    """Compare database ``a`` with ``b`` (anything ``connect`` accepts) and plan A -> B.

    Option values that hold secrets (``engine/secrets.py``) are compared as they are but
    masked in the differences, and SQL carries a placeholder for them (with a warning),
    unless ``show_secrets``.

    ``validate=True`` proves the plan before returning it: it runs on a scratch copy of A
    (in one transaction), which must then equal B; else PlanValidationError names the
    statement that failed and PostgreSQL's message, or the differences left
    (``engine/validate.py``). A is not changed. What runs is the plan returned, with the
    real values of the secrets it shows placeholders for (``Statement.runnable_sql``).
    """
    selected, excluded = _selection(schemas, exclude_schemas)
    options = Options(
        ignore_privileges=ignore_privileges,
        ignore_owners=ignore_owners,
        ignore_comments=ignore_comments,
        ignore_extension_versions=ignore_extension_versions,
        column_order=column_order,
        show_secrets=show_secrets,
    )
    result = _diff_databases(a, b, selected, excluded, options)
    if validate:
        from .validate import prove_plan

        # The same comparison of the proven copy with B, its differences masked: they are
        # shown if some remain.
        masked = dataclasses.replace(options, show_secrets=False)
        prove_plan(a, result, lambda copy: _diff_databases(copy, b, selected, excluded, masked))
    return result


def _selection(
    schemas: Iterable[str] | None, exclude_schemas: Iterable[str] | None
) -> tuple[list[str] | None, list[str]]:
    """The schemas to read (None: all) and those to leave out, as the inspection takes them."""
    return (list(schemas) if schemas is not None else None), list(exclude_schemas or ())


def _diff_databases(
    a: Any, b: Any, selected: list[str] | None, excluded: list[str], options: Options
) -> SchemaDiff:
    """``diff_schemas`` without validation, its keywords already mapped."""
    inspect = functools.partial(_inspect, selected=selected, excluded=excluded, options=options)
    with connect(a) as conn_a, connect(b) as conn_b:
        for source, conn in ((a, conn_a), (b, conn_b)):
            if isinstance(source, str):
                _one_snapshot(conn)
        if conn_a is conn_b:
            # One connection for both sides (two schemas of one session): one at a time.
            catalogs = [inspect(conn_a), inspect(conn_b)]
        else:
            # B is read on a second thread while A is read here: psycopg2 lets go of the
            # GIL while a query runs, so one side's server time overlaps the other's
            # Python time.
            with ThreadPoolExecutor(1, thread_name_prefix="schemadiff-inspect") as pool:
                catalog_b = pool.submit(inspect, conn_b)
                catalogs = [inspect(conn_a), catalog_b.result()]
    return compare_catalogs(catalogs[0], catalogs[1], options)


def inspect_schema(
    database: str,
    options: Options | None = None,
    *,
    schemas: Iterable[str] | None = None,
    exclude_schemas: Iterable[str] | None = None,
) -> Catalog:
    """The catalog ``diff_schemas`` reads from the database at URL ``database``, for
    ``compare_catalogs``: what the plugin keeps with a built template."""
    selected, excluded = _selection(schemas, exclude_schemas)
    with connect(database) as conn:
        _one_snapshot(conn)
        return _inspect(conn, selected=selected, excluded=excluded, options=options or Options())


def inspect_connection(
    conn: Any,
    options: Options | None = None,
    *,
    schemas: Iterable[str] | None = None,
    exclude_schemas: Iterable[str] = (),
) -> Catalog:
    """The catalog as ``conn`` sees it now, inside whatever transaction it has open: what
    ``schemadiff apply`` verifies before it commits (the snapshot is the caller's)."""
    selected = list(schemas) if schemas is not None else None
    return _inspect(
        conn, selected=selected, excluded=list(exclude_schemas), options=options or Options()
    )


def schema_fingerprint(catalog: Catalog, options: Options | None = None) -> str:
    """The fingerprint (``engine/fingerprint.py``) of ``catalog`` as a comparison with
    ``options`` sees it: two catalogs that compare equal under them have the same one."""
    return catalog_fingerprint(_normalize(catalog, options or Options()))


def _one_snapshot(conn: Any) -> None:
    # Every query of an inspection in one snapshot, so DDL running meanwhile cannot tear
    # it (as pg_dump does).
    conn.set_session(isolation_level="REPEATABLE READ", readonly=True)


def _inspect(
    conn: Any, *, selected: list[str] | None, excluded: list[str], options: Options
) -> Catalog:
    # What the comparison blanks is not read into the models in the first place.
    ignored = set(_blanked(options)) & set(ATTACHED_FIELDS)
    return inspect_catalog(conn, schemas=selected, exclude_schemas=excluded, ignored_fields=ignored)


def _blanked(options: Options) -> dict[str, Any]:
    """The fields the options tell us to ignore, and the value that blanks each."""
    blank: dict[str, Any] = {}
    if options.ignore_owners:
        blank["owner"] = None
    if options.ignore_privileges:
        blank["privileges"] = None
    if options.ignore_comments:
        blank["comment"] = None
        blank["member_comments"] = None
    if options.ignore_extension_versions:
        blank["version"] = None
    return blank


def _normalize(catalog: Catalog, options: Options) -> Catalog:
    """Blank the fields the options tell us to ignore, so the generic diff skips them."""
    # What the inspection left unread is None everywhere already.
    blank = {k: v for k, v in _blanked(options).items() if not (v is None and k in catalog.unread)}
    # Replaced and left-out objects; usually none, as diff_schemas does not read ignored
    # fields (then the catalog is returned as it is, not copied).
    replaced: dict[Key, Any] = {}
    dropped: list[Key] = []
    # The fields to blank depend only on the class (and on extensions): worked out once.
    per_class: dict[tuple[type, bool], dict[str, Any]] = {}
    for key, obj in catalog.objects.items():
        if options.ignore_privileges and key.kind is Kind.DEFAULT_PRIVILEGE:
            dropped.append(key)
            continue
        extension = key.kind is Kind.EXTENSION
        changes = per_class.get((obj.__class__, extension))
        if changes is None:
            changes = per_class[obj.__class__, extension] = {
                k: v for k, v in blank.items() if (extension or k != "version") and hasattr(obj, k)
            }
        if changes and any(getattr(obj, k) is not None for k in changes):
            replaced[key] = build.replaced(obj, changes)
    if not replaced and not dropped:
        return catalog
    objects = {key: replaced.get(key, obj) for key, obj in catalog.objects.items()}
    for key in dropped:
        del objects[key]
    # What is left out is no one's dependent either (a schema's default privileges would
    # come back as something to drop with the schema).
    gone = set(dropped)
    dependencies = {k: v for k, v in catalog.dependencies.items() if k not in gone}
    return dataclasses.replace(catalog, objects=objects, dependencies=dependencies)


def _ignored_words(options: Options) -> set[str]:
    """The not-compared words the ignore options silence."""
    ignored = set()
    if options.ignore_comments:
        ignored.add("comment")
    if options.ignore_privileges:
        ignored |= {"privilege", "default privilege"}
    if options.ignore_owners:
        ignored.add("owner")
    return ignored


def _not_compared(a: Catalog, b: Catalog, ignored: set[str]) -> list[str]:
    return sorted({o.kind for o in (*a.unmodelled, *b.unmodelled)} - ignored)


def _warnings(a: Catalog, b: Catalog, ignored: set[str]) -> list[str]:
    in_a = Counter(o.kind for o in a.unmodelled if o.kind not in ignored)
    in_b = Counter(o.kind for o in b.unmodelled if o.kind not in ignored)
    return [
        f"object kind {kind!r} is not compared ({in_a[kind]} in A, {in_b[kind]} in B)"
        for kind in sorted(in_a.keys() | in_b.keys())
    ]


def _unmatched(a: Catalog, b: Catalog, ignored: set[str]) -> list[str]:
    """Objects of unmodelled kinds on one side only: never let them pass as "no difference"."""
    in_a = {o for o in a.unmodelled if o.kind not in ignored}
    in_b = {o for o in b.unmodelled if o.kind not in ignored}
    return [
        f"{o.kind} {o.schema + '.' if o.schema else ''}{o.name} is only in {side} "
        "(this kind is not compared: no SQL is generated for it)"
        for side, objects in (("A", in_a - in_b), ("B", in_b - in_a))
        for o in sorted(objects, key=lambda o: (o.kind, o.schema, o.name))
    ]


def _column_order_differences(a: Catalog, b: Catalog) -> list[Difference]:
    """Tables whose column order the migration cannot reach (ADD COLUMN appends)."""
    out = []
    for key, new in b.objects.items():
        old = a.objects.get(key)
        if not isinstance(new, Table) or not isinstance(old, Table):
            continue
        reached = [c for c in old.column_order if c in new.column_order]
        reached += [c for c in new.column_order if c not in old.column_order]
        if tuple(reached) != new.column_order:
            out.append(Difference(key, "column_order", old.column_order, new.column_order))
    return out


def compare_catalogs(a: Catalog, b: Catalog, options: Options | None = None) -> SchemaDiff:
    """The differences between two inspected catalogs and the plan from A to B."""
    options = options or Options()
    a, b = _normalize(a, options), _normalize(b, options)
    differences = diff_objects(a.objects, b.objects)
    ignored = _ignored_words(options)
    warnings = _warnings(a, b, ignored) + missing_tablespaces(a, b)
    if options.column_order:
        extra = _column_order_differences(a, b)
        differences = sorted(differences + extra, key=lambda d: (d.key, d.attribute or ""))
        warnings += [
            f"{d.key}: column order differs and cannot be changed without re-creating it"
            for d in extra
        ]
    planner = _Planner(a, b, options)
    planned = planner.plan({d.key for d in differences if d.attribute != "column_order"})
    statements, withheld = _with_secrets(planned, planner.ctx.secrets, options.show_secrets)
    if not options.show_secrets:
        # Found on the real values; shown to people masked.
        differences = conninfo.mask_differences(mask_difference(d) for d in differences)
        warnings += [
            f"the SQL holds a placeholder for the secret {what}: put the value in before "
            "running it (or ask for secrets with --show-secrets / show_secrets=True)"
            for what in withheld
        ]
    warnings += planner.warnings
    return SchemaDiff(
        tuple(differences),
        tuple(statements),
        tuple(warnings),
        tuple(_not_compared(a, b, ignored)),
        tuple(_unmatched(a, b, ignored)),
        a_catalog=a,
    )


def _with_secrets(
    planned: list[Statement], secrets: dict[str, Secret], show: bool
) -> tuple[list[Statement], list[str]]:
    """The plan with its secrets' tokens resolved: their real values when ``show``, else
    placeholders in ``sql`` and the real values in ``secret_sql`` (one plan, two texts of
    it: validation runs exactly what is shown, the secrets aside). Also the names of the
    secrets withheld, in plan order."""
    if not secrets:
        return planned, []
    out: list[Statement] = []
    withheld: list[str] = []
    for s in planned:
        held = [(token, secret) for token, secret in secrets.items() if token in s.sql]
        if not held:
            out.append(s)
            continue
        runnable = shown = s.sql
        for token, secret in held:
            runnable = runnable.replace(token, secret.value)
            shown = shown.replace(token, secret.shown)
            if secret.name not in withheld:
                withheld.append(secret.name)
        if show:
            out.append(dataclasses.replace(s, sql=runnable))
        else:
            out.append(dataclasses.replace(s, sql=shown, secret_sql=runnable))
    return out, [] if show else withheld


# Kinds that cannot use a table, so a member using them is dropped with its table (the
# table's DROP is ordered before theirs): a column of a domain type goes with its table
# instead of being dropped alone, which fails when a generated column uses it.
# A sequence uses no table either (OWNED BY is not a use): a serial column goes with its
# table, so a foreign key of the table that references it never outlives it.
_NEVER_USE_TABLES = frozenset(
    {
        Kind.ENUM,
        Kind.DOMAIN,
        Kind.RANGE_TYPE,
        Kind.COLLATION,
        Kind.SEQUENCE,
        # A generated column or default computed with a configuration or dictionary
        # (to_tsvector('cfg', ...), ts_lexize('dict', ...)).
        Kind.TEXT_SEARCH_CONFIGURATION,
        Kind.TEXT_SEARCH_DICTIONARY,
    }
)


class _Planner:
    """Decides create / drop / alter / re-create per object and collects the statements."""

    def __init__(self, a: Catalog, b: Catalog, options: Options) -> None:
        self.a, self.b = a, b
        self.ctx = Context(a, b, ignore_extension_versions=options.ignore_extension_versions)
        self.a_deps = self._with_parents(a)
        self.b_deps = self._with_parents(b)
        # Objects that let go of something re-created under them instead of being
        # re-created themselves (KindSQL.releases): key -> (before, after) statements.
        self.released: dict[Key, tuple[list[Statement], list[Statement]]] = {}
        # What the plan cannot do, said in SchemaDiff.warnings.
        self.warnings: list[str] = []

    @staticmethod
    def _with_parents(catalog: Catalog) -> _WithParents:
        return _WithParents(catalog)

    def plan(self, changed_keys: set[Key]) -> list[Statement]:
        a, b = self.a.objects, self.b.objects
        dropped = {k for k in changed_keys if k not in b}
        created = {k for k in changed_keys if k not in a}
        altered: dict[Key, list[Statement]] = {}
        replaced: set[Key] = set()
        blocked_seeds: set[Key] = set()
        rebuilt: set[Key] = set()
        for key in sorted(changed_keys - dropped - created):
            # A kind's alter never sees comments, privileges or owners (sqlgen.attached).
            old, new = attached.strip(a[key]), attached.strip(b[key])
            stmts = [] if old == new else self._generate(key, "alter", old, new)
            if stmts is None:
                replaced.add(key)
            else:
                altered[key] = stmts
                changes_type = GENERATORS[key.kind].changes_type
                if changes_type is not None and changes_type(a[key], b[key]):
                    blocked_seeds.add(key)
                rebuilds = GENERATORS[key.kind].rebuilds
                if rebuilds is not None and rebuilds(a[key], b[key], self.ctx):
                    rebuilt.add(key)
        replaced |= self._dependents_to_recreate(dropped | replaced, blocked_seeds, rebuilt)
        for key in replaced:
            altered.pop(key, None)

        gone = dropped | replaced
        made = created | replaced
        statements: list[Statement] = []
        for key in sorted(changed_keys | replaced | self.released.keys()):
            before, after = self.released.get(key, ([], []))
            statements += before
            if key in gone:
                # Objects of unmodelled kinds that use it go first (or are reported).
                released, warned = unmodelled_dependent.release(key, self.a, self.b)
                statements += released
                self.warnings += warned
            if key in gone and not self._dropped_with_parent(key, gone):
                statements += self._generate(key, "drop", a[key]) or []
            if key in made and key in b and not self._made_with_parent(key, made):
                statements += self._generate(key, "create", b[key]) or []
            own = altered.get(key, [])
            if key in rebuilt:
                # A rebuilt object is a new one: it starts without comments and grants. They
                # come right after it, before the old one is dropped: what uses the new one
                # waits for them, and the old one's DROP waits for what used it.
                cut = next((i for i, s in enumerate(own) if s.action is Action.DROP), len(own))
                own = [*own[:cut], *self._attached(key, None, b[key]), *own[cut:]]
            statements += own
            statements += after
            if key in made and key in b:
                statements += self._attached(key, None, b[key])
            elif key in altered and key not in rebuilt:
                statements += self._attached(key, a[key], b[key])
        statements = with_descendant_locks(statements, self.ctx.a, self.ctx.b)
        return order_statements(
            statements,
            self._lift(
                self.a_deps, self.a, gone, statements, lambda k: self._dropped_with_parent(k, gone)
            ),
            self._lift(
                self.b_deps, self.b, made, statements, lambda k: self._made_with_parent(k, made)
            ),
        )

    def _attached(self, key: Key, old: Any, new: Any) -> list[Statement]:
        try:
            return attached.statements(key, old, new, self.ctx)
        except SchemaDiffError:
            raise
        except Exception as exc:
            raise PlanError(f"generating SQL for comments and privileges of {key}: {exc}") from exc

    def _generate(self, key: Key, what: str, *objs: Any) -> list[Statement] | None:
        generator = getattr(GENERATORS[key.kind], what)
        try:
            result: list[Statement] | None = generator(*objs, self.ctx)
        except SchemaDiffError:
            raise
        except Exception as exc:
            raise PlanError(f"generating SQL to {what} {key}: {exc}") from exc
        return result

    def _dependents_to_recreate(
        self, removed: set[Key], blocked: set[Key], rebuilt: Collection[Key] = frozenset()
    ) -> set[Key]:
        """Objects of A that must be dropped (and re-created if in B) because something
        they use is dropped, re-created or rebuilt, or changes type under a blocking
        dependent."""
        dependents = self.a_deps.dependents
        out: set[Key] = set()
        queue = list(removed)
        blocked = set(blocked)
        for seed in rebuilt:
            # The rebuild converts the table columns itself; all else follows the old object.
            for d in dependents(seed):
                if d.kind is Kind.COLUMN:
                    blocked.add(d)
                elif d not in removed:
                    queue.append(d)
                    out.add(d)
        for seed in blocked:
            for d in dependents(seed):
                if GENERATORS[d.kind].blocks_dependency_change and d not in removed:
                    queue.append(d)
                    out.add(d)
        seen = set(queue)
        while queue:
            key = queue.pop()
            for d in dependents(key):
                if d not in seen and d not in removed and not self._release(d, key):
                    seen.add(d)
                    out.add(d)
                    queue.append(d)
        for key in out:
            self.released.pop(key, None)
        return out

    def _release(self, key: Key, used: Key) -> bool:
        """Whether ``key`` can let go of ``used`` while that is re-created, instead of being
        re-created itself (``KindSQL.releases``); keeps the statements that do it."""
        releases = GENERATORS[key.kind].releases
        new = self.b.objects.get(key)
        if releases is None or new is None:
            return False
        found = self._generate(key, "releases", self.a.objects[key], new, used)
        if found is None:
            return False
        before, after = cast("tuple[list[Statement], list[Statement]]", found)
        # An object may let go of several re-created things (an operator family of the
        # members using each): keep every release, each statement once.
        kept_before, kept_after = self.released.get(key, ([], []))
        self.released[key] = (
            kept_before + [s for s in before if s not in kept_before],
            kept_after + [s for s in after if s not in kept_after],
        )
        return True

    def _dropped_with_parent(self, key: Key, gone: set[Key]) -> bool:
        """Whether DROP of the parent removes ``key`` and nothing outside needs it first."""
        parent = self.a.objects[key].parent
        if parent is None or parent not in gone:
            return False
        outside = {
            r
            for r in self.a_deps.get(key, ())
            if r != parent
            and getattr(self.a.objects.get(r), "parent", None) != parent
            and r.kind not in _NEVER_USE_TABLES
        }
        return not outside

    def _made_with_parent(self, key: Key, made: set[Key]) -> bool:
        parent = self.b.objects[key].parent
        return GENERATORS[key.kind].embedded_in_parent and parent is not None and parent in made

    @staticmethod
    def _lift(
        deps: _WithParents,
        catalog: Catalog,
        keys: set[Key],
        statements: list[Statement],
        skipped: Any,
    ) -> dict[Key, frozenset[Key]]:
        """The dependencies of the objects ``statements`` are about (all that ordering
        looks up), a parent given those of its members in ``keys`` that its own statement
        handles (``skipped``)."""
        lifted: dict[Key, set[Key]] = {}
        for key in keys:
            refs = deps.get(key)
            obj = catalog.objects.get(key)
            if refs is None or obj is None or obj.parent is None or not skipped(key):
                continue
            parent = obj.parent
            extra = {
                r
                for r in refs
                if r != parent and getattr(catalog.objects.get(r), "parent", None) != parent
            }
            lifted.setdefault(parent, set()).update(extra)
        out = {}
        for key in {s.key for s in statements}:
            refs = deps.get(key)
            if key in lifted:
                out[key] = frozenset(refs or ()) | lifted[key]
            elif refs is not None:
                out[key] = refs
        return out


class _WithParents:
    """A catalog's dependencies with each member's dependency on its parent added, worked
    out per key when asked (building it for every object cost more than planning)."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog

    def get(self, key: Key, default: Any = None) -> frozenset[Key] | Any:
        objects = self.catalog.objects
        refs = self.catalog.dependencies.get(key)
        obj = objects.get(key)
        parent = obj.parent if obj is not None else None
        if parent is not None and parent in objects:
            return frozenset((*refs, parent)) if refs else frozenset((parent,))
        return refs if refs is not None else default

    def dependents(self, key: Key) -> Collection[Key]:
        """The keys that depend on ``key``: its users in pg_depend and its members."""
        found = self.catalog.dependents(key)
        members = self.catalog.children().get(key) if key in self.catalog.objects else None
        return {*found, *(m.key for m in members)} if members else found
