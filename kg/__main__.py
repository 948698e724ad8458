"""Allows `python -m kg`, the same as the `hlkg` command."""

from kg.cli import main

main()
