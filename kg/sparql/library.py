"""The named query library: `queries/*.rq`, each with a comment header the CLI reads.

A header is the run of `#` lines at the top of the file:

    # title: What a concept supports
    # description: Concepts that the given concept supports, with the evidence sentences.
    # param: concept (concept, required) the concept to start from
    # param: limit (integer, default 20) the most rows to show

Parameter kinds: concept, document, iri, string, integer, decimal, boolean. A parameter named
`limit` becomes the query's LIMIT clause; every other one is bound as a SPARQL variable. An
`optional` parameter left out stays unbound, so that the query matches any value there
(`# param: concept (concept, optional) keep the claims about this concept`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from kg.errors import HlkgError

PARAM_KINDS = ("concept", "document", "iri", "string", "integer", "decimal", "boolean")
_HEADER_LINE = re.compile(r"^#\s*(\w+)\s*:\s*(.*?)\s*$")
_PARAM = re.compile(r"^(\w+)\s*\(([^)]*)\)\s*(.*)$")


class Param(NamedTuple):
    name: str
    kind: str
    required: bool
    default: str | None
    help: str

    @property
    def optional(self) -> bool:
        """Neither required nor defaulted: left unbound when not given."""
        return not self.required and self.default is None

    def describe(self) -> str:
        """`concept (concept, required)`, `limit (integer, default 20)` or `concept (concept,
        optional)`, as in the header."""
        status = (
            "required" if self.required else "optional" if self.optional
            else f"default {self.default}"
        )
        return f"{self.name} ({self.kind}, {status})"


class NamedQuery(NamedTuple):
    name: str
    """The file's stem: what the user types after `hlkg query`."""
    text: str
    title: str
    description: str
    params: tuple[Param, ...]
    source: str
    """Where the text came from (a path, `-` or `-e`), for error messages."""
    library: bool = False
    """From the named query library: only its declared parameters are accepted."""

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


def parse_query_text(text: str, name: str, source: str) -> NamedQuery:
    """Read the header of a query's text; a malformed `# param:` line is a one-line error."""
    fields: dict[str, str] = {}
    params: list[Param] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if not stripped.startswith("#"):
            break
        match = _HEADER_LINE.match(stripped)
        if not match:
            continue
        key, value = match.group(1).lower(), match.group(2)
        if key == "param":
            params.append(_parse_param(value, source, number))
        else:
            fields.setdefault(key, value)
    return NamedQuery(
        name=name,
        text=text,
        title=fields.get("title", name),
        description=fields.get("description", ""),
        params=tuple(params),
        source=source,
    )


def _parse_param(spec: str, source: str, line: int) -> Param:
    match = _PARAM.match(spec)
    where = f"{source}:{line}"
    if not match:
        raise HlkgError(
            f"{where}: bad `# param:` line, expected "
            "`NAME (KIND, required|optional|default V) help`",
            2,
        )
    name, inside, help_text = match.groups()
    parts = [part.strip() for part in inside.split(",")]
    kind = parts[0]
    if kind not in PARAM_KINDS:
        raise HlkgError(
            f"{where}: unknown parameter kind {kind!r} (one of {', '.join(PARAM_KINDS)})", 2
        )
    required, default, optional = False, None, False
    for part in parts[1:]:
        if part == "required":
            required = True
        elif part == "optional":
            optional = True
        elif part.startswith("default "):
            default = part.removeprefix("default ").strip()
        elif part:
            raise HlkgError(f"{where}: cannot read {part!r} in parameter {name!r}", 2)
    if optional and (required or default is not None or name == "limit"):
        raise HlkgError(
            f"{where}: parameter {name!r} is optional, so it can be neither required, "
            "defaulted nor a limit",
            2,
        )
    if not required and default is None and not optional:
        required = True
    return Param(name=name, kind=kind, required=required, default=default, help=help_text)


def queries_folder() -> Path:
    from kg.resources import queries_dir

    return queries_dir()


def list_queries(folder: Path | None = None) -> list[NamedQuery]:
    """Every named query, sorted by name."""
    folder = folder or queries_folder()
    return [load_file(path) for path in sorted(folder.glob("*.rq"))]


def query_names(folder: Path | None = None) -> list[str]:
    folder = folder or queries_folder()
    return sorted(path.stem for path in folder.glob("*.rq"))


def load_file(path: Path) -> NamedQuery:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise HlkgError(f"cannot read query file {path}: {error}", 2) from error
    return parse_query_text(text, path.stem, str(path))


def find(name: str, folder: Path | None = None) -> NamedQuery:
    """The named query `name`, or an error that suggests the closest names."""
    folder = folder or queries_folder()
    path = folder / f"{name}.rq"
    if path.is_file():
        return load_file(path)._replace(library=True)
    import difflib

    names = query_names(folder)
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
    hint = f"did you mean {', '.join(close)}?" if close else "`hlkg queries` lists them"
    raise HlkgError(f"no named query {name!r}: {hint}", 2)
