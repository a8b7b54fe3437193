"""A tiny application whose code must work before and after the pending migration."""

from __future__ import annotations

import psycopg2.extensions


def add_author(conn: psycopg2.extensions.connection, name: str) -> int:
    with conn.cursor() as cur:
        cur.execute("INSERT INTO author (name) VALUES (%s) RETURNING id", (name,))
        return int(cur.fetchone()[0])


def add_book(conn: psycopg2.extensions.connection, title: str, author_id: int) -> int:
    with conn.cursor() as cur:
        cur.execute(
            "INSERT INTO book (title, author_id) VALUES (%s, %s) RETURNING id", (title, author_id)
        )
        return int(cur.fetchone()[0])


def list_books(conn: psycopg2.extensions.connection) -> list[tuple[str, str]]:
    with conn.cursor() as cur:
        cur.execute("SELECT title, author FROM book_list ORDER BY title")
        return list(cur.fetchall())


def set_isbn(conn: psycopg2.extensions.connection, book_id: int, isbn: str) -> None:
    """Only after the migration: the isbn column is new."""
    with conn.cursor() as cur:
        cur.execute("UPDATE book SET isbn = %s WHERE id = %s", (isbn, book_id))
