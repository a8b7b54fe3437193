"""Which directories and files we may trust: the cache, and binaries we run as root.

The cache holds the private cluster's password file and, as root, a copy of the PostgreSQL
binaries that root itself runs (``psql``, ``pg_restore``). Another user who could write
anywhere on that path could read the password, or plant a program root then runs. So the
cache directory and everything we create in it must be ours and writable by nobody else, and
no symbolic link may stand in for any of it. Its parents may belong to root or to us and may
be world-writable only with the sticky bit (``/tmp``), where nobody else can rename our
directory away.

Every refusal is a ``ServerError`` whose one line names the path and what to do.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

from ..errors import ServerError

__all__ = [
    "check_trusted_program_dir",
    "ensure_private_dir",
    "full_disk_message",
    "is_disk_full",
    "open_private_file",
    "trusted_parents",
]

# Who may own a directory above the cache: root, or the user the plugin runs as.
_WRITE_BY_OTHERS = stat.S_IWGRP | stat.S_IWOTH


# Windows has no uids and no POSIX modes: nothing there to check (and no private cluster).
_POSIX = hasattr(os, "geteuid")


def _euid() -> int:
    return os.geteuid() if _POSIX else -1


def _describe_owner(uid: int) -> str:
    try:
        import pwd  # absent on Windows, where the private cluster never runs

        return f"{pwd.getpwuid(uid).pw_name!r} (uid {uid})"
    except (ImportError, KeyError):
        return f"uid {uid}"


def _check_parent(path: Path, st: os.stat_result, hint: str) -> None:
    """A directory above ours: owned by root or us, writable by others only if sticky."""
    if st.st_uid not in (0, _euid()):
        raise ServerError(
            f"{path} belongs to {_describe_owner(st.st_uid)}, who could replace what lies "
            f"below it: {hint}"
        )
    if (
        stat.S_ISDIR(st.st_mode)
        and st.st_mode & _WRITE_BY_OTHERS
        and not (st.st_mode & stat.S_ISVTX)
    ):
        raise ServerError(
            f"{path} is writable by other users (mode {stat.S_IMODE(st.st_mode):04o}), who "
            f"could replace what lies below it: chmod go-w {path}, or {hint}"
        )


def trusted_parents(path: Path, hint: str) -> None:
    """Check every existing directory above ``path`` (``hint`` says what else to do).

    Symbolic links among the parents (``/var`` on macOS) are followed only when root or we
    own them; the directories they lead to are checked like any other.
    """
    current = Path(path.anchor)
    for part in path.parent.parts[1:]:
        current = current / part
        try:
            st = os.lstat(current)
        except FileNotFoundError:
            return  # the rest is missing: we create it, and check it as ours
        if stat.S_ISLNK(st.st_mode):
            _check_parent(current, st, hint)
            current = Path(os.path.realpath(current))
            # The target's own parents must pass the same rule.
            trusted_parents(current / "x", hint)
            st = os.stat(current)
        _check_parent(current, st, hint)


def ensure_private_dir(path: Path, *, mode: int, hint: str, owner: int | None = None) -> Path:
    """Create ``path`` (mode ``mode``) if missing, then check it is a real directory owned by
    ``owner`` (default: us) that no other user may write.

    ``hint`` says what to do, e.g. "set $SCHEMADIFF_CACHE_DIR to a directory of your own".
    """
    uid = _euid() if owner is None else owner
    try:
        os.mkdir(path, mode)
    except FileExistsError:
        pass
    except FileNotFoundError:
        ensure_private_dir(path.parent, mode=mode, hint=hint)
        return ensure_private_dir(path, mode=mode, hint=hint, owner=owner)
    except OSError as exc:
        if is_disk_full(exc):
            raise ServerError(full_disk_message(path.parent, 1 << 20, "a directory")) from None
        raise ServerError(f"cannot create {path}: {exc.strerror}: {hint}") from None
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise ServerError(f"{path} is a symbolic link, which we never follow: remove it, or {hint}")
    if not stat.S_ISDIR(st.st_mode):
        raise ServerError(f"{path} is not a directory: remove it, or {hint}")
    if st.st_uid != uid:
        raise ServerError(
            f"{path} belongs to {_describe_owner(st.st_uid)}, not {_describe_owner(uid)}: "
            f"remove it, or {hint}"
        )
    if st.st_mode & _WRITE_BY_OTHERS:
        raise ServerError(
            f"{path} is writable by other users (mode {stat.S_IMODE(st.st_mode):04o}): "
            f"chmod go-w {path}, or {hint}"
        )
    return path


def open_private_file(path: Path, flags: int, hint: str) -> int:
    """``os.open`` of a file of ours with mode 0600, never through a symbolic link.

    The file must be ours and unreadable by anybody else; returns the descriptor.
    """
    extra = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags | extra, 0o600)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ServerError(
                f"{path} is a symbolic link, which we never follow: remove it, or {hint}"
            ) from None
        if is_disk_full(exc):
            raise ServerError(full_disk_message(path.parent, 1 << 20, "a file")) from None
        raise ServerError(f"cannot open {path}: {exc.strerror}: {hint}") from None
    st = os.fstat(fd)
    if not _POSIX:
        return fd
    if st.st_uid != _euid() or not stat.S_ISREG(st.st_mode) or st.st_mode & 0o077:
        os.close(fd)
        raise ServerError(
            f"{path} must be a file of {_describe_owner(_euid())} that only it can read "
            f"(found owner {_describe_owner(st.st_uid)}, mode {stat.S_IMODE(st.st_mode):04o}): "
            f"remove it, or {hint}"
        )
    return fd


def check_trusted_program_dir(bin_dir: Path) -> None:
    """As root, refuse to run programs from ``bin_dir`` unless nobody else could change them.

    ``bin_dir``, its parents, the ``lib`` beside it (where the programs' shared libraries
    are) and every entry of both must belong to root and be writable by nobody else.
    Without root this is the user's own business and nothing is checked.
    """
    if _euid() != 0:
        return
    hint = "install PostgreSQL where only root can write, or use --schemadiff-url"
    real = Path(os.path.realpath(bin_dir))
    trusted_parents(real, hint)
    lib = real.parent / "lib"
    for directory in (real, lib) if lib.is_dir() else (real,):
        # One level: root runs the programs and they load libraries from lib itself;
        # lib/postgresql (server extensions) is loaded only by the server user.
        with os.scandir(directory) as entries:
            names = [str(directory), *(entry.path for entry in entries)]
        for name in names:
            st = os.lstat(name)
            if stat.S_ISLNK(st.st_mode):
                target = os.path.realpath(name)
                if not os.path.exists(target):
                    continue  # a dangling link runs nothing
                st = os.stat(target)
            if st.st_uid != 0 or st.st_mode & _WRITE_BY_OTHERS:
                raise ServerError(
                    f"refusing to run PostgreSQL programs as root from {real}: {name} "
                    f"belongs to {_describe_owner(st.st_uid)} with mode "
                    f"{stat.S_IMODE(st.st_mode):04o}, so another user could change them: "
                    f"{hint}"
                )


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or any error text) says the file system is full or over quota."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(exc)
    return "No space left on device" in text or "Disk quota exceeded" in text


def full_disk_message(path: Path, needed: int, what: str) -> str:
    """One line: which file system is full, how much is free and how much ``what`` needs."""
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        free = shutil.disk_usage(probe).free
        free_text = f"{_mb(free)} free"
    except OSError:
        free_text = "free space unknown"
    return (
        f"no space left on the file system of {path} ({free_text}; {what} needs about "
        f"{_mb(needed)}): free some space there, or set $SCHEMADIFF_CACHE_DIR to another disk"
    )


def _mb(size: int) -> str:
    return f"{max(size, 0) / (1 << 20):.0f} MB"
