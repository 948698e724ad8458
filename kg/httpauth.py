"""Credentials for SPARQL servers, and the opener that every request to a server goes through.

A user name comes from `--user` or the URL's user-info; its password from the URL's user-info,
`$HLKG_PASSWORD`, `~/.netrc` or a prompt on a terminal, in that order (with no user name at all,
a `~/.netrc` entry for the host is used if there is one). The password is offered with HTTP
Digest or Basic, whichever the server asks for, through urllib's own handlers, and only to the
hosts of the URLs it was given for. Nothing here prints a password: URLs lose their user-info
before any request is made, and error messages are scrubbed of the password and of any URL's
user-info.

For other code (`hlkg push`, a build that loads a server): `connect(url, user=...)` gives an
`Opener` and the URL without its user-info; `kg.remote`'s functions take that opener.
"""

from __future__ import annotations

import base64
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from pathlib import Path

from kg.errors import HlkgError

PASSWORD_ENV = "HLKG_PASSWORD"  # noqa: S105 (a variable's name, not a password)
"""The environment variable a password is read from (never a command-line option: those show
in `ps` and in shell history)."""

_USER_INFO = re.compile(r"(?i)\b([a-z][a-z0-9+.\-]*://)[^/\s?#]*@")


class Credentials:
    """A user name and password; the password never shows in a repr or a message."""

    __slots__ = ("password", "user")

    def __init__(self, user: str, password: str) -> None:
        self.user = user
        self.password = password

    def __repr__(self) -> str:
        return f"Credentials(user={self.user!r}, password=***)"


def split_user_info(url: str) -> tuple[str, str | None, str | None]:
    """The URL without its user-info, and the user name and password it held (decoded)."""
    parts = urllib.parse.urlsplit(url)
    if "@" not in parts.netloc:
        return url, None, None
    host = parts.netloc.rpartition("@")[2]
    user = urllib.parse.unquote(parts.username) if parts.username else None
    password = urllib.parse.unquote(parts.password) if parts.password is not None else None
    return urllib.parse.urlunsplit(parts._replace(netloc=host)), user, password


def redact(text: str, credentials: Credentials | None = None) -> str:
    """`text` with every URL's user-info shown as `***@`, and the password (as given or
    percent-encoded) as `***`: for messages that may quote a URL or a server's answer."""
    text = _USER_INFO.sub(r"\1***@", text)
    if credentials is not None and credentials.password:
        for form in {credentials.password, urllib.parse.quote(credentials.password, safe="")}:
            text = text.replace(form, "***")
    return text


def check_url(url: str) -> str:
    """An http(s) URL, else a usage error (naming the URL without its user-info)."""
    if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
        raise HlkgError(f"endpoint {redact(url)!r} must be an http:// or https:// URL", 2)
    return url


class ServerError(HlkgError):
    """A request that failed: `status` is the HTTP status, or None when there was no answer."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class Opener:
    """Sends requests to a server, answering its Digest or Basic challenge with the credentials.

    Failures become one-line HlkgErrors that say what failed and where, without a password.
    """

    def __init__(self, credentials: Credentials | None = None, urls: tuple[str, ...] = ()) -> None:
        self.credentials = credentials
        handlers: list[urllib.request.BaseHandler] = []
        if credentials is not None:
            manager = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            roots = sorted({_root(url) for url in urls})
            manager.add_password(None, roots, credentials.user, credentials.password)
            # Digest first (urllib's order too): Basic would send the password readable.
            handlers = [_DigestAuthHandler(manager), _BasicAuthHandler(manager)]
        self._director = urllib.request.build_opener(*handlers)
        self._primed = credentials is None

    def prime(self, url: str, timeout: float) -> None:
        """Learn the server's challenge with a small HEAD request before a large upload.

        A server that refuses a request without credentials may close the connection before
        reading its body (Virtuoso does, from about a megabyte): an upload must carry its
        credentials from the first byte, so the challenge has to be known before it.
        """
        if self._primed:
            return
        self._primed = True
        request = urllib.request.Request(url, method="HEAD")  # noqa: S310 (http(s) checked)
        try:
            with self._director.open(request, timeout=timeout):
                pass
        except (OSError, ValueError):
            pass  # the upload itself will say what is wrong

    def open(self, request: urllib.request.Request, timeout: float, what: str):
        """The response to `request`; `what` names the operation in an error ("push")."""
        url = redact(request.full_url)
        try:
            return self._director.open(request, timeout=timeout)
        except urllib.error.HTTPError as error:
            message = f"{what}: {url} answered {self._http_error(error)}"
            raise self._error(message, error.code) from None
        except urllib.error.URLError as error:
            raise self._error(f"{what}: cannot reach {url}: {error.reason}") from None
        except TimeoutError:
            raise self._error(f"{what}: {url} did not answer within {timeout:g} s") from None
        except ValueError as error:
            # urllib's handlers raise it for a challenge they do not know (Bearer, Negotiate).
            raise self._error(
                f"{what}: {url} asks for an authentication hlkg does not speak "
                f"(only HTTP Basic and Digest): {error}"
            ) from None
        except OSError as error:
            raise self._error(f"{what}: {url}: {error}") from None

    def _http_error(self, error: urllib.error.HTTPError) -> str:
        try:
            detail = " ".join(error.read(400).decode("utf-8", "replace").split())
        except (AttributeError, OSError, ValueError):
            detail = ""  # urllib's own "digest auth failed" error has no body
        text = f"HTTP {error.code} {error.reason}" + (f": {detail}" if detail else "")
        if error.code == 401:
            text += (
                " (the user name or password was refused)"
                if self.credentials is not None
                else " (it asks for a user name and password: pass --user NAME)"
            )
        return text

    def _error(self, message: str, status: int | None = None) -> ServerError:
        return ServerError(redact(message, self.credentials), status)


class _DigestAuthHandler(urllib.request.HTTPDigestAuthHandler):
    """urllib's Digest handler, which also answers the server's last challenge up front (a
    new nonce count each time), so that a request after the first carries its credentials."""

    def __init__(self, manager: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(manager)
        self.challenge: dict[str, str] | None = None

    def retry_http_digest_auth(self, req: urllib.request.Request, auth: str):
        _, challenge = auth.split(" ", 1)
        self.challenge = urllib.request.parse_keqv_list(
            filter(None, urllib.request.parse_http_list(challenge))
        )
        return super().retry_http_digest_auth(req, auth)

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.challenge is not None and not req.has_header(self.auth_header):
            answer = self.get_authorization(req, self.challenge)
            if answer:
                req.add_unredirected_header(self.auth_header, f"Digest {answer}")
        return req

    https_request = http_request


class _BasicAuthHandler(urllib.request.HTTPBasicAuthHandler):
    """urllib's Basic handler, which sends the credentials up front once the server has asked
    for Basic (never before: a Digest server must not be sent a readable password)."""

    def __init__(self, manager: urllib.request.HTTPPasswordMgr) -> None:
        super().__init__(manager)
        self.realm: str | None = None
        self.asked = False

    def retry_http_basic_auth(self, host: str, req: urllib.request.Request, realm: str):
        self.asked, self.realm = True, realm
        return super().retry_http_basic_auth(host, req, realm)

    def http_request(self, req: urllib.request.Request) -> urllib.request.Request:
        if self.asked and not req.has_header(self.auth_header):
            user, password = self.passwd.find_user_password(self.realm, req.full_url)
            if password is not None:
                token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
                req.add_unredirected_header(self.auth_header, f"Basic {token}")
        return req

    https_request = http_request


def connect(
    *urls: str,
    user: str | None = None,
    interactive: bool | None = None,
    environ: Mapping[str, str] | None = None,
) -> tuple[Opener, list[str]]:
    """An Opener holding the credentials for `urls`, and the URLs without their user-info.

    `interactive` (default: stdin and stderr are a terminal) allows a password prompt.
    """
    for url in urls:
        check_url(url)
    credentials = find_credentials(urls, user, interactive=interactive, environ=environ)
    clean = [split_user_info(url)[0] for url in urls]
    return Opener(credentials, tuple(clean)), clean


def find_credentials(
    urls: tuple[str, ...] | list[str],
    user: str | None = None,
    *,
    interactive: bool | None = None,
    environ: Mapping[str, str] | None = None,
) -> Credentials | None:
    """The credentials to offer the servers of `urls` (see the module's docstring for where
    they come from), or None when no user is named and ~/.netrc has no entry for the host."""
    environ = os.environ if environ is None else environ
    given = [split_user_info(url) for url in urls]
    named = {name for _, name, _ in given if name}
    if len(named) > 1 or (user and named and named != {user}):
        raise HlkgError("the URLs and --user name different users: give the user once", 2)
    name = user or (named.pop() if named else None)
    host = (urllib.parse.urlsplit(given[0][0]).hostname or "") if given else ""
    if name is None:
        entry = _netrc_entry(host)
        return Credentials(*entry) if entry else None
    password = next((secret for _, _, secret in given if secret is not None), None)
    if password is None:
        password = environ.get(PASSWORD_ENV) or None
    if password is None:
        entry = _netrc_entry(host)
        if entry and entry[0] == name:
            password = entry[1]
    if password is None:
        if interactive is None:
            interactive = sys.stdin.isatty() and sys.stderr.isatty()
        if not interactive:
            raise HlkgError(
                f"no password for {name} at {host}: set {PASSWORD_ENV}, add a "
                f"'machine {host} login {name} password ...' line to ~/.netrc, or run on a "
                "terminal to be asked",
                2,
            )
        import getpass  # reads from the terminal itself, without echo

        password = getpass.getpass(f"password for {name} at {host}: ")
    return Credentials(name, password)


def _netrc_entry(host: str) -> tuple[str, str] | None:
    """(login, password) of ~/.netrc's entry for `host` (or its `default`), if any."""
    import netrc

    path = Path.home() / ".netrc"
    if not host or not path.is_file():
        return None
    try:
        # No file argument: then Python also refuses a file that others can read.
        entries = netrc.netrc()
    except netrc.NetrcParseError as error:
        # Its message may quote a token of the file, which may be a password: not shown.
        # (Its own checks of the file's owner and mode start with "~/.netrc" and quote nothing.)
        why = error.msg if error.msg.startswith("~/.netrc") else "not a .netrc file"
        raise HlkgError(f"{path}, line {error.lineno}: {why}") from None
    except OSError as error:
        raise HlkgError(f"{path}: {error.strerror}") from None
    found = entries.authenticators(host)
    if not found or not found[0] or found[2] is None:
        return None
    return found[0], found[2]


def _root(url: str) -> str:
    """scheme://host:port/ of a URL: credentials go to every path of the server, no further."""
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"
