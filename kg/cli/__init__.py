"""The `hlkg` command: a thin click layer over the library.

Each command lives in its own module under kg.cli and is imported only when it runs, so that
`hlkg query` does not pay for spaCy, owlready2 or pyvis. Packages that add commands (our `viz`)
register them in the `hlkg.commands` entry-point group; kg never imports them by name.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import HlkgError

BUILTIN_COMMANDS: dict[str, str] = {
    "ask": "kg.cli.ask:ask",
    "build": "kg.cli.build:build",
    "check": "kg.cli.check:check",
    "evaluate": "kg.cli.evaluate:evaluate",
    "claims": "kg.cli.claims:claims",
    "diff": "kg.cli.diff:diff",
    "query": "kg.cli.query:query",
    "queries": "kg.cli.query:queries",
    "export": "kg.cli.export:export",
    "push": "kg.cli.push:push",
}
PLUGIN_GROUP = "hlkg.commands"

build_dir_option = click.option(
    "--build-dir", type=click.Path(file_okay=False, path_type=Path), help="Build folder."
)
"""The --build-dir option of the commands that read a built graph."""

USER_ENV = "HLKG_USER"
"""The environment variable a login name is read from when --user is not given."""


def user_option(to_what: str):
    """The --user option (default $HLKG_USER) of a command that may talk to a SPARQL server."""
    return click.option(
        "--user",
        envvar=USER_ENV,
        metavar="NAME",
        help=f"Log in to {to_what} as NAME, with HTTP Digest or Basic (default: ${USER_ENV}). "
        "The password comes from $HLKG_PASSWORD, ~/.netrc or a prompt, never from an option.",
    )


reading_user_option = user_option("the server of a graph built with --store-endpoint")
"""The --user option of the commands that read a built graph."""


def typed(option: str) -> bool:
    """Whether `option` was given on the command line (not by its variable or default)."""
    source = click.get_current_context().get_parameter_source(option)
    return source == click.core.ParameterSource.COMMANDLINE


def open_graph(build_dir: Path | None, user: str | None):
    """The current build's graph for a command that reads it: the local store, or the SPARQL
    server a build with --store-endpoint names, logged in as `user`.

    A --user typed for a local graph is a usage error; $HLKG_USER is not, since it may be set
    for other builds.
    """
    from kg.buildstore import graph_server, open_store

    if user and typed("user") and graph_server(build_dir) is None:
        raise HlkgError(
            "--user is for a graph on a SPARQL server (--endpoint URL, or a build made with "
            "--store-endpoint): this build's graph is local and needs no login",
            2,
        )
    return open_store(build_dir, user=user)


def _plugin_commands() -> dict[str, str]:
    # Imported here: importlib.metadata costs ~50 ms, and `hlkg query` never needs it.
    from importlib.metadata import entry_points

    return {ep.name: ep.value for ep in entry_points(group=PLUGIN_GROUP)}


class LazyGroup(click.Group):
    """A group whose commands are imported on first use."""

    def _targets(self, include_plugins: bool) -> dict[str, str]:
        targets = dict(BUILTIN_COMMANDS)
        if include_plugins:
            for name, target in _plugin_commands().items():
                targets.setdefault(name, target)
        return targets

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(self._targets(include_plugins=True))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = BUILTIN_COMMANDS.get(cmd_name) or _plugin_commands().get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        return getattr(importlib.import_module(module_name), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="hlkg")
def cli() -> None:
    """A knowledge graph of healthcare leadership concepts.

    \b
    Example, from building the graph to exploring it:
      hlkg build --corpus ./articles
      hlkg query concept-relations --param concept="clinical leadership"
      hlkg view concepts --output concepts.html
    """


def _silence_library_loggers() -> None:
    """rdflib logs warnings about malformed input (echoing it) before hlkg's own one-line error
    is raised; the CLI's errors say all the user needs, so its loggers print nothing here."""
    import logging  # ~3 ms; only rdflib's messages need it

    for name in QUIET_LOGGERS:
        logger = logging.getLogger(name)
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


def _without_user_info(message: str) -> str:
    """A last guard: no URL's user-info (a password) in anything the CLI prints as an error."""
    if "@" not in message:
        return message
    from kg.httpauth import redact

    return redact(message)


QUIET_LOGGERS = ("rdflib",)
"""Libraries whose log lines the CLI drops (HLKG_DEBUG=1 keeps them)."""


def main(argv: list[str] | None = None) -> None:
    """Run the CLI, turning expected failures into one line on stderr and a non-zero exit."""
    if not os.environ.get("HLKG_DEBUG"):
        _silence_library_loggers()
    try:
        result = cli.main(args=argv, prog_name="hlkg", standalone_mode=False)
    except HlkgError as error:
        click.echo(f"hlkg: error: {_without_user_info(str(error))}", err=True)
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("hlkg: aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        click.echo("hlkg: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        # The reader (say `| head`) went away: stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
    except Exception as error:
        # A bug, not bad input: still one line, unless the user asks for the traceback.
        if os.environ.get("HLKG_DEBUG"):
            raise
        click.echo(
            f"hlkg: internal error: {type(error).__name__}: {_without_user_info(str(error))} "
            "(set HLKG_DEBUG=1 for details)",
            err=True,
        )
        sys.exit(70)
    # click returns the code of ctx.exit(); commands themselves return nothing.
    sys.exit(result if isinstance(result, int) else 0)
