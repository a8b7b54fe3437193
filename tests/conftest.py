"""Fixtures shared by every test folder."""

from password_role import password_role  # noqa: F401 - a fixture, registered by import
