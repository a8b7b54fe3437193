"""A lexer of psql input: which statements a SQL file holds, and which psql meta-commands.

Plain SQL inputs (dumps, ``pending.sql``, target files) are run by ``psql``, whose
meta-commands reach beyond the database (``\\connect``, ``\\!``, ``\\o``, ``\\set
ON_ERROR_STOP off``...). Before anything runs, ``scan`` reads a file the way psql's own lexer
(``psqlscan.l``) does: a backslash is a meta-command only outside single-quoted strings
(standard and ``E''``), double-quoted identifiers, dollar quotes, ``--`` and nested ``/* */``
comments and the data lines of ``COPY ... FROM stdin``. Only what ``pg_dump`` writes is
allowed: ``\\restrict KEY``, ``\\unrestrict KEY`` and the ``\\.`` that ends COPY data.

``\\i`` / ``\\include`` and ``\\ir`` / ``\\include_relative`` are followed, with the same
checks, and every file read is reported (the template cache key covers them). ``\\i``
resolves against the directory of the top-level file (wherever the run starts), ``\\ir``
against the including file's directory. ``render`` then gives psql one script with the
includes inlined and no meta-command left, so psql never interprets one of the input's.

The lexer reads strings as ``standard_conforming_strings = on`` does (every server's default
since 9.1, and what ``pg_dump`` sets), and refuses the one thing that reads differently with it
off, a backslash right before a quote in a standard string: the statements can turn it off in
ways no rule lists (``set_config``, dynamic SQL), so no string may depend on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

__all__ = [
    "INCLUDES",
    "JOIN",
    "Script",
    "Statement",
    "comments_of",
    "render",
    "scan",
    "scan_text",
]

# What pg_dump writes; everything else is refused.
ALLOWED = frozenset({"restrict", "unrestrict"})
INCLUDES = {"i": False, "include": False, "ir": True, "include_relative": True}
_MAX_DEPTH = 16
# psql's backslash-semicolon: a semicolon that does not send the query. A wrapper's text after
# a statement that starts with it makes one query string of the statement and what follows.
JOIN = "\\;"

_LINE_END = re.compile(r"[\r\n]")
_PLAIN = re.compile(r"[ \t\r\f\v,.+*<>=!%^&|~@#?\[\]{}]+")
_WORD = re.compile(r"[A-Za-z_\x80-\xff][A-Za-z_0-9$\x80-\xff]*")
_NUMBER = re.compile(r"[0-9][A-Za-z_0-9.]*")
_DOLLAR_TAG = re.compile(r"\$(?:[A-Za-z_\x80-\xff][A-Za-z_0-9\x80-\xff]*)?\$")
_COPY_FROM_STDIN = re.compile(r"\bFROM\s+STDIN\b", re.IGNORECASE)
# psql replaces :NAME, :'NAME' and :"NAME" by a variable's value before sending the text;
# its own variables are upper case (DBNAME, USER, ...).
_VARIABLE = re.compile(
    r":(?:'[A-Za-z_][A-Za-z0-9_]*'|\"[A-Za-z_][A-Za-z0-9_]*\"|[A-Z][A-Z0-9_]*\b)"
)
_PLAIN_PATH = re.compile(r"[^\s'\"`:\\]+")
_QUOTED_PATH = re.compile(r"'((?:[^'\\`]|'')*)'")


@dataclass(frozen=True)
class Statement:
    """One SQL statement as psql would send it, and where it starts."""

    file: Path
    line: int
    text: str
    copy_from_stdin: bool = False

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class _Text:
    """Verbatim input (whitespace, comments, COPY data) and where it starts."""

    text: str
    file: Path
    line: int


@dataclass(frozen=True)
class _Sql:
    """A statement as it stands in the input (latin-1 text: bytes kept as they are)."""

    statement: Statement
    raw: str


@dataclass
class Script:
    """What ``scan`` found: the statements in execution order, every file read (the
    top-level one first), and the first reason to refuse the input, if any. ``render``
    turns it into the one script psql is given."""

    files: list[Path] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    refusal: str | None = None
    chunks: list[_Text | _Sql] = field(default_factory=list)


Wrapper = Callable[[str], "tuple[str, str] | None"]


def render(
    script: Script, wrap: Wrapper, *, prologue: str = "", epilogue: str = ""
) -> tuple[bytes, list[tuple[Path, int]]]:
    """The input as one psql script, and where each of its lines comes from.

    Includes are inlined and pg_dump's ``\\restrict`` lines dropped, so psql meets no
    meta-command at all. ``wrap(statement)`` gives text to put around a statement, on its
    own lines so psql's line numbers still point into the input (through the map); when the
    text after starts with ``JOIN``, the statement's own semicolon is left out.
    ``prologue`` and ``epilogue`` are one line each, before and after the input.
    """
    top = script.files[0] if script.files else Path("-")
    pieces: list[tuple[str, Path, int]] = []
    if prologue:
        pieces.append((prologue + "\n", top, 1))
    for chunk in script.chunks:
        if isinstance(chunk, _Text):
            pieces.append((chunk.text, chunk.file, chunk.line))
            continue
        statement = chunk.statement
        around = wrap(statement.text)
        text = chunk.raw
        if around is not None:
            before, after = around
            body = text.rstrip()
            rest = text[len(body) :]
            if after.startswith(JOIN):
                body, end = body.removesuffix(";"), ""
            else:
                end = "" if body.endswith(";") else ";"
            text = f"{before}{body}{end}{after}{rest}"
        pieces.append((text, statement.file, statement.line))
    if epilogue:
        last = pieces[-1] if pieces else ("", top, 1)
        pieces.append(("\n" + epilogue + "\n", last[1], last[2] + last[0].count("\n")))
    origins: list[tuple[Path, int]] = []
    pending: tuple[Path, int] | None = None
    for text, file, line in pieces:
        parts = text.split("\n")
        for i, part in enumerate(parts):
            if pending is None and (part or i < len(parts) - 1):
                pending = (file, line + i)
            if i < len(parts) - 1 and pending is not None:
                origins.append(pending)
                pending = None
    if pending is not None:
        origins.append(pending)
    body = "".join(text for text, _, _ in pieces)
    return body.encode("latin-1"), origins


def comments_of(script: Script) -> Iterator[tuple[Statement, list[tuple[str, Path, int]]]]:
    """Each statement with the input text that belongs to it, as (text, file, first line):
    what stands between the previous statement's last line and it (the comments above it),
    its own text, and what follows it on its last line (a trailing comment)."""
    previous: Statement | None = None
    own: list[tuple[str, Path, int]] = []  # the previous statement's
    waiting: list[tuple[str, Path, int]] = []  # the next one's
    on_its_line = False  # still on the previous statement's last line
    for chunk in script.chunks:
        if isinstance(chunk, _Text):
            if on_its_line:
                same_line, newline, rest = chunk.text.partition("\n")
                own.append((same_line, chunk.file, chunk.line))
                if newline:
                    on_its_line = False
                    waiting.append((rest, chunk.file, chunk.line + 1))
            else:
                waiting.append((chunk.text, chunk.file, chunk.line))
            continue
        if previous is not None:
            yield previous, own
        statement = chunk.statement
        own = [*waiting, (statement.text, statement.file, statement.line)]
        waiting, previous, on_its_line = [], statement, True
    if previous is not None:
        yield previous, own


def scan(path: Path, *, base_dir: Path | None = None) -> Script:
    """Lex ``path`` and the files it includes. Never raises for the content: the first
    problem is ``Script.refusal`` (``file:line: why``), and scanning stops there."""
    path = Path(path)
    script = Script()
    _scan_file(path, base_dir or path.resolve().parent, script, stack=[])
    return script


def scan_text(name: Path, text: str) -> Script:
    """Lex SQL that is not a file of its own (an archive's schema as pg_restore prints it),
    reported as ``name``."""
    script = Script(files=[name])
    raw = text.encode("utf-8", "surrogateescape").decode("latin-1")
    _Lexer(name, raw, name.parent, script, [name]).run()
    return script


def _scan_file(path: Path, base_dir: Path, script: Script, stack: list[Path]) -> None:
    resolved = path.resolve()
    if resolved in stack:
        script.refusal = f"{path}: includes itself (through {' -> '.join(map(str, stack))})"
        return
    if len(stack) >= _MAX_DEPTH:
        script.refusal = f"{path}: \\i nested more than {_MAX_DEPTH} deep"
        return
    script.files.append(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        script.refusal = f"{path}: cannot read: {exc.strerror or exc}"
        return
    # latin-1 maps each byte to one character: every ASCII byte psql's lexer cares about
    # stays itself, and UTF-8 sequences never contain ASCII bytes.
    _Lexer(path, raw.decode("latin-1"), base_dir, script, [*stack, resolved]).run()


class _Lexer:
    """One file's pass, after psqlscan.l's INITIAL state and its exclusive states."""

    def __init__(
        self, path: Path, text: str, base_dir: Path, script: Script, stack: list[Path]
    ) -> None:
        self.path, self.text, self.base_dir = path, text, base_dir
        self.script, self.stack = script, stack
        self.i = 0
        self.line = 1
        self.emitted, self.emitted_line = 0, 1  # how far chunks cover the text
        self._reset_statement()

    def _reset_statement(self) -> None:
        self.start: int | None = None
        self.start_line = 0
        self.code_end = 0  # where the statement's last token ends
        self.parens = 0
        self.atomic = 0
        self.words: list[str] = []

    def refuse(self, line: int, why: str) -> None:
        if self.script.refusal is None:
            self.script.refusal = f"{self.path}:{line}: {why}"

    def run(self) -> None:
        text, n = self.text, len(self.text)
        while self.i < n and self.script.refusal is None:
            c = text[self.i]
            if c == "\n":
                self.line += 1
                self.i += 1
            elif plain := _PLAIN.match(text, self.i):
                # Spaces and operators, in one step: nothing in them psql's lexer acts on.
                if plain.group().strip():
                    self._begin()
                    self.code_end = self.i + len(plain.group().rstrip())
                self.i = plain.end()
            elif text.startswith("--", self.i):
                # psql ends a comment at a carriage return too: what follows one on the same
                # line is read as input (a meta-command a terminal would hide).
                end = _LINE_END.search(text, self.i)
                self.i = n if end is None else end.start()
            elif text.startswith("/*", self.i):
                self._skip_comment()
            elif c == "\\":
                self._meta_command()
            else:
                self._token(c)
        if self.start is not None and self.script.refusal is None:
            # psql sends an unterminated last statement at end of file; a comment after it
            # stays text, so nothing put after the statement lands in the comment.
            self._emit(self.code_end)
        self._flush(n)
        if not text.endswith("\n"):
            self.script.chunks.append(_Text("\n", self.path, self.line))

    def _flush(self, upto: int) -> None:
        """Verbatim text from where the chunks end up to ``upto``."""
        if upto > self.emitted:
            chunk = self.text[self.emitted : upto]
            self.script.chunks.append(_Text(chunk, self.path, self.emitted_line))
            self.emitted_line += chunk.count("\n")
            self.emitted = upto

    # -- SQL tokens ------------------------------------------------------------------------

    def _begin(self) -> None:
        if self.start is None:
            self._flush(self.i)
            self.start, self.start_line = self.i, self.line

    def _advance_to(self, end: int) -> None:
        self.line += self.text.count("\n", self.i, end)
        self.i = end

    def _token(self, c: str) -> None:
        self._begin()
        self._one_token(c)
        self.code_end = self.i

    def _one_token(self, c: str) -> None:
        text = self.text
        if c == "'":
            self._skip_string(escapes=False)
        elif c == '"':
            self._skip_quoted('"')
        elif c == "$" and (tag := _DOLLAR_TAG.match(text, self.i)):
            end = text.find(tag.group(), tag.end())
            self._advance_to(len(text) if end < 0 else end + len(tag.group()))
        elif word := _WORD.match(text, self.i):
            self.i = word.end()
            if word.group() in ("e", "E") and text.startswith("'", self.i):
                self._skip_string(escapes=True)
            else:
                self._word(word.group().upper())
        elif number := _NUMBER.match(text, self.i):
            self.i = number.end()
        elif c == ":" and text.startswith("::", self.i):
            self.i += 2  # a cast
        elif c == ":" and (variable := _VARIABLE.match(text, self.i)):
            self.refuse(
                self.line,
                f"psql variable {variable.group()} is not allowed: psql would replace it by "
                "its value, so the text checked would not be the text run",
            )
            self.i = variable.end()
        elif c == "(":
            self.parens += 1
            self.i += 1
        elif c == ")":
            self.parens = max(0, self.parens - 1)
            self.i += 1
        elif c == ";" and self.parens == 0 and self.atomic == 0:
            self.i += 1
            self._emit(self.i)
        else:
            self.i += 1

    def _word(self, word: str) -> None:
        # CREATE FUNCTION ... BEGIN ATOMIC ... END: semicolons inside do not end it.
        if self.parens == 0:
            if (
                word == "ATOMIC" and self.words[-1:] == ["BEGIN"] and self.words[:1] == ["CREATE"]
            ) or (self.atomic and word == "CASE"):
                self.atomic += 1
            elif self.atomic and word == "END":
                self.atomic -= 1
        if len(self.words) < 64:
            self.words.append(word)

    def _skip_string(self, *, escapes: bool) -> None:
        text, i = self.text, self.i + 1
        while i < len(text):
            if escapes and text[i] == "\\":
                i += 2
            elif text[i] == "'":
                if not escapes and _odd_backslashes_before(text, i):
                    # With standard_conforming_strings off (which SQL can set in ways no
                    # rule can list: set_config, DO blocks), psql would read this quote as
                    # escaped and the string as going on: the text checked would not be the
                    # text run. Everything else in a string reads the same either way.
                    self.refuse(
                        self.line + text.count("\n", self.i, i),
                        "a backslash right before a quote in a standard string: psql reads "
                        "it differently when standard_conforming_strings is off; write the "
                        "string as E'...' with the backslash doubled",
                    )
                if text.startswith("''", i):
                    i += 2
                else:
                    i += 1
                    break
            else:
                i += 1
        self._advance_to(min(i, len(text)))

    def _skip_quoted(self, quote: str) -> None:
        text, i = self.text, self.i + 1
        while True:
            end = text.find(quote, i)
            if end < 0:
                self._advance_to(len(text))
                return
            if text.startswith(quote * 2, end):
                i = end + 2
                continue
            self._advance_to(end + 1)
            return

    def _skip_comment(self) -> None:
        text, i, depth = self.text, self.i + 2, 1
        while i < len(text) and depth:
            if text.startswith("/*", i):
                depth, i = depth + 1, i + 2
            elif text.startswith("*/", i):
                depth, i = depth - 1, i + 2
            else:
                i += 1
        self._advance_to(i)

    def _emit(self, end: int) -> None:
        assert self.start is not None
        raw = self.text[self.start : end]
        body = raw.encode("latin-1").decode("utf-8", "replace")
        copy_in = self.words[:1] == ["COPY"] and bool(_COPY_FROM_STDIN.search(body))
        statement = Statement(self.path, self.start_line, body, copy_in)
        self.script.statements.append(statement)
        self.script.chunks.append(_Sql(statement, raw))
        self.emitted, self.emitted_line = end, self.start_line + raw.count("\n")
        line = self.start_line
        self._reset_statement()
        if copy_in:
            self._skip_copy_data(line)

    def _skip_copy_data(self, copy_line: int) -> None:
        """psql sends the lines after ``COPY ... FROM stdin;`` up to a line ``\\.``."""
        text = self.text
        rest_end = text.find("\n", self.i)
        rest = text[self.i : len(text) if rest_end < 0 else rest_end]
        if rest.strip() and not rest.strip().startswith("--"):
            self.refuse(self.line, "text after COPY ... FROM stdin; on the same line")
            return
        if rest_end < 0:
            self.refuse(copy_line, "COPY ... FROM stdin without data: the file is truncated")
            return
        self._advance_to(rest_end + 1)
        while self.i < len(text):
            end = text.find("\n", self.i)
            line_end = len(text) if end < 0 else end
            if text[self.i : line_end].rstrip("\r") == "\\.":
                self._advance_to(line_end)
                return
            self._advance_to(len(text) if end < 0 else end + 1)
        self.refuse(
            copy_line,
            "the COPY data starting here never ends with a line \\. : the file is truncated",
        )

    # -- meta-commands -----------------------------------------------------------------------

    def _meta_command(self) -> None:
        text, line = self.text, self.line
        end = text.find("\n", self.i)
        end = len(text) if end < 0 else end
        match = re.match(r"\\([^\s\\]*)", text[self.i : end])
        assert match is not None
        name = match.group(1)
        argument = text[self.i + match.end() : end].strip()
        self._flush(self.i)
        self.i = self.emitted = end  # psql's meta-commands take the rest of the line
        if name in ALLOWED:
            return  # dropped from what psql is given: it needs none of them
        if name in ("connect", "c"):
            self.refuse(
                line,
                "the file switches to another database (\\connect); load a pg_dump output "
                "made without --create",
            )
        elif name in INCLUDES:
            self._include(line, name, argument)
        else:
            shown = "\\" + name if name else "a lone backslash"
            self.refuse(
                line,
                f"psql meta-command {shown} is not allowed: an input may only hold SQL and "
                "what pg_dump writes (\\restrict, \\unrestrict, COPY data, and \\i / \\ir)",
            )

    def _include(self, line: int, name: str, argument: str) -> None:
        if self.start is not None:
            self.refuse(line, f"\\{name} inside an unfinished statement")
            return
        plain, quoted = _PLAIN_PATH.fullmatch(argument), _QUOTED_PATH.fullmatch(argument)
        if plain is None and quoted is None:
            self.refuse(
                line,
                f"\\{name} {argument}: give a plain file name (no variables, backquotes or "
                "escapes)",
            )
            return
        name_text = plain.group() if plain else quoted.group(1).replace("''", "'")  # type: ignore[union-attr]
        if name_text == "-":
            self.refuse(line, f"\\{name} - reads standard input; include a file instead")
            return
        raw = Path(name_text.encode("latin-1").decode("utf-8", "replace"))
        relative_to = self.path.resolve().parent if INCLUDES[name] else self.base_dir
        target = raw if raw.is_absolute() else relative_to / raw
        if not target.is_file():
            self.refuse(line, f"\\{name} {name_text}: no such file ({target})")
            return
        # Inlined: the line so far ends here, the included file follows, then the next line.
        self.script.chunks.append(_Text("\n", self.path, line))
        _scan_file(target, self.base_dir, self.script, self.stack)
        if self.i < len(self.text):
            self.i += 1
            self.line += 1
        self.emitted, self.emitted_line = self.i, self.line


def _odd_backslashes_before(text: str, quote: int) -> bool:
    """Whether an odd run of backslashes ends right before ``text[quote]``."""
    run = 0
    while quote - run - 1 >= 0 and text[quote - run - 1] == "\\":
        run += 1
    return run % 2 == 1
