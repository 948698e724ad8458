"""The one exception type the CLI turns into a one-line message and a non-zero exit."""

from __future__ import annotations


class HlkgError(Exception):
    """A problem the user can fix: bad input, a missing build, an unreachable endpoint.

    The message is one line that says what is wrong and where (file, line, column when known).
    `exit_code` follows the convention of the command: 2 for usage and syntax errors, 1 otherwise.
    """

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code

    def __str__(self) -> str:
        return " ".join(super().__str__().split())
