"""The smallest use of the plugin: a private PostgreSQL server, no set-up."""

import psycopg2


def test_server_gives_a_fresh_database(schemadiff_server):
    url = schemadiff_server.create_database("example_app")
    try:
        with psycopg2.connect(url) as conn, conn.cursor() as cur:
            cur.execute("CREATE TABLE book (id int PRIMARY KEY, title text NOT NULL)")
            cur.execute("INSERT INTO book VALUES (1, 'Dune') RETURNING title")
            assert cur.fetchone() == ("Dune",)
        conn.close()
    finally:
        schemadiff_server.drop_database("schemadiff_example_app")
