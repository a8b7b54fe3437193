"""The application's tests: each one that takes ``db`` runs on db[pre] and db[post]."""

import bookstore
import psycopg2
import pytest


def test_books_are_listed_with_their_author(db):
    with db.connect() as conn:
        author = bookstore.add_author(conn, "Ursula K. Le Guin")
        bookstore.add_book(conn, "The Dispossessed", author)
        bookstore.add_book(conn, "A Wizard of Earthsea", author)
        assert bookstore.list_books(conn) == [
            ("A Wizard of Earthsea", "Ursula K. Le Guin"),
            ("The Dispossessed", "Ursula K. Le Guin"),
        ]
    conn.close()


def test_each_test_starts_from_the_dump(db):
    # The previous test's rows are gone, and identities start over.
    with db.connect() as conn:
        assert bookstore.list_books(conn) == []
        assert bookstore.add_author(conn, "Octavia E. Butler") == 1
    conn.close()


@pytest.mark.db_state("post")
def test_isbn_is_unique_after_the_migration(db):
    with db.connect() as conn:
        author = bookstore.add_author(conn, "Frank Herbert")
        first = bookstore.add_book(conn, "Dune", author)
        second = bookstore.add_book(conn, "Dune Messiah", author)
        bookstore.set_isbn(conn, first, "978-0441013593")
        with pytest.raises(psycopg2.errors.UniqueViolation):
            bookstore.set_isbn(conn, second, "978-0441013593")
    conn.close()


def test_reviews_exist_only_after_the_migration(db):
    with db.connect() as conn, conn.cursor() as cur:
        cur.execute("SELECT to_regclass('public.review') IS NOT NULL")
        assert cur.fetchone()[0] == (db.state == "post")
    conn.close()
