"""The query face of a graph that a build loaded into a SPARQL server (kg.server_store).

`open_store` gives commands this instead of a local Oxigraph store when the build folder
says its graph is on a server, so `hlkg query`, `claims`, `ask`, `view` and `site` run the
same SPARQL there. Only `query` is offered: exporting, checking or pushing such a graph reads
it whole, which is the server's job (its own dump), so those commands say so in one line.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kg.errors import HlkgError
from kg.httpauth import Opener, connect


class EndpointStore:
    """`query` like pyoxigraph.Store's, sent to `endpoint` (SPARQL 1.1 Protocol) through one
    `opener`, so that a server's challenge is answered once, not once per query.

    The server's default graph must be the union of its named graphs (Oxigraph's
    `--union-default-graph`, Virtuoso's default), as a local store's queries assume.
    Queries go as URL-encoded POSTs (kg.remote's default), which every server answers.
    """

    def __init__(
        self, endpoint: str, opener: Opener | None = None, timeout: float = 300.0
    ) -> None:
        self.endpoint = endpoint
        self.opener = opener or Opener()
        self.timeout = timeout

    @classmethod
    def connect(
        cls,
        endpoint: str,
        *,
        user: str | None = None,
        interactive: bool | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> EndpointStore:
        """The store at `endpoint`, logged in as `user` when one is named (the password, or
        with no user a ~/.netrc entry, from where kg.httpauth.connect looks)."""
        opener, (clean,) = connect(endpoint, user=user, interactive=interactive, environ=environ)
        return cls(clean, opener)

    def query(
        self,
        text: str,
        *,
        prefixes: dict[str, str] | None = None,
        use_default_graph_as_union: bool = False,
        **_: Any,
    ) -> Any:
        """Results as pyoxigraph objects (solutions, a boolean, or a list of triples)."""
        from kg import remote
        from kg.sparql.text import prefix_declarations

        declared = prefix_declarations(prefixes) if prefixes else ""
        results = remote.query(
            self.endpoint,
            f"{declared} {text}" if declared else text,
            self.timeout,
            opener=self.opener,
        )
        return _Triples(results) if isinstance(results, list) else results

    def __getattr__(self, name: str) -> Any:
        raise HlkgError(
            f"this build's graph is on the SPARQL server {self.endpoint}, and this command "
            "needs a local store: query the server, or build again without --store-endpoint"
        )


class _Triples(list):
    """A CONSTRUCT's triples, serializable like pyoxigraph's QueryTriples."""

    def serialize(self, output: Any = None, format: Any = None) -> bytes | None:
        from pyoxigraph import serialize

        return serialize(self, output, format=format)
