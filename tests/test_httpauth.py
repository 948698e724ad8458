"""kg.httpauth on its own: user-info, redaction, and where credentials come from."""

from __future__ import annotations

import pytest

from kg.errors import HlkgError
from kg.httpauth import Credentials, connect, find_credentials, redact, split_user_info


def test_user_info_is_split_off_and_decoded() -> None:
    assert split_user_info("http://al%40ice:p%3Aw@h.example:8890/sparql?x=1") == (
        "http://h.example:8890/sparql?x=1",
        "al@ice",
        "p:w",
    )
    assert split_user_info("https://h.example/q") == ("https://h.example/q", None, None)
    assert split_user_info("http://bob@[::1]:7878/") == ("http://[::1]:7878/", "bob", None)


def test_redaction_hides_user_info_and_the_password_in_any_form() -> None:
    secret = "s3c r@t/pw"
    text = (
        "http://u:s3c r@t/pw@host/x failed; server said: bad password s3c r@t/pw "
        "(s3c%20r%40t%2Fpw); see https://docs.example/a@b"
    )
    shown = redact(text, Credentials("u", secret))
    assert secret not in shown and "s3c%20r%40t%2Fpw" not in shown
    assert "https://docs.example/a@b" in shown  # an @ after the path is no user-info
    assert redact("ftp://x:y@h/ and http://h/") == "ftp://***@h/ and http://h/"
    assert "s3c" not in repr(Credentials("u", secret))


def test_where_a_password_comes_from(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    url = "http://h.example/sparql"
    # The URL's own password wins over the environment.
    found = find_credentials([url.replace("//", "//u:from-url@")], environ={"HLKG_PASSWORD": "e"})
    assert (found.user, found.password) == ("u", "from-url")
    found = find_credentials([url], "u", environ={"HLKG_PASSWORD": "from-env"})
    assert found.password == "from-env"
    # No user named and no ~/.netrc: no credentials at all (an open server).
    assert find_credentials([url], environ={"HLKG_PASSWORD": "ignored"}) is None
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine h.example login u password from-netrc\n", encoding="utf-8")
    netrc.chmod(0o600)
    found = find_credentials([url], environ={})
    assert (found.user, found.password) == ("u", "from-netrc")
    with pytest.raises(HlkgError, match=r"no password for v at h\.example"):
        find_credentials([url], "v", interactive=False, environ={})


def test_connect_refuses_other_schemes_and_strips_user_info() -> None:
    opener, urls = connect("http://u:pw@h.example/a", "http://h.example/b", environ={})
    assert urls == ["http://h.example/a", "http://h.example/b"]
    assert opener.credentials is not None and opener.credentials.user == "u"
    with pytest.raises(HlkgError, match=r"'file:///etc/passwd' must be an http"):
        connect("file:///etc/passwd")
