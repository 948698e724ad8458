"""The query face of a graph that a build loaded into a SPARQL server (kg.server_store).

`open_store` gives commands this instead of a local Oxigraph store when the build folder
says its graph is on a server, so `hlkg query`, `claims`, `ask`, `view` and `site` run the
same SPARQL there. Only `query` is offered: exporting, checking or pushing such a graph reads
it whole, which is the server's job (its own dump), so those commands say so in one line.
"""

from __future__ import annotations

from typing import Any

from kg.errors import HlkgError


class EndpointStore:
    """`query` like pyoxigraph.Store's, sent to `endpoint` (SPARQL 1.1 Protocol).

    The server's default graph must be the union of its named graphs (Oxigraph's
    `--union-default-graph`, Virtuoso's default), as a local store's queries assume.
    """

    def __init__(self, endpoint: str, timeout: float = 300.0) -> None:
        self.endpoint = endpoint
        self.timeout = timeout

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
            self.endpoint, f"{declared} {text}" if declared else text, self.timeout
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
