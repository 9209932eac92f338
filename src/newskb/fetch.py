"""Read stage: the one place newskb touches the network, and only for a URL the user gave.

http(s) only, a time-out, a size cap and a bounded number of redirects, so a
slow, huge or looping server cannot hang or flood an export.
"""
from __future__ import annotations

import urllib.error
import urllib.request
from dataclasses import dataclass

from . import __version__
from .errors import InputError

TIMEOUT_SECONDS = 20
MAX_BYTES = 10 * 1024 * 1024
MAX_REDIRECTS = 5


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Page:
    url: str  # after redirects
    body: bytes
    content_type: str  # the media type, lower-case, without parameters
    charset: str | None


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001 - urllib's signature
        if not is_url(newurl):
            raise InputError(f"{req.full_url}: redirected to {newurl!r}", "newskb follows http(s) redirects only")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch(url: str) -> Page:
    """Download one page, or fail with a one-line reason."""
    if not is_url(url):
        raise InputError(f"{url}: not an http(s) URL", "give an http:// or https:// address")
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(url, headers={"User-Agent": f"newskb/{__version__}", "Accept": "text/html, text/plain;q=0.9, */*;q=0.1"})
    try:
        with opener.open(request, timeout=TIMEOUT_SECONDS) as response:
            body = response.read(MAX_BYTES + 1)
            if len(body) > MAX_BYTES:
                raise InputError(f"{url}: the page is larger than {MAX_BYTES // (1024 * 1024)} MiB", "save the article text to a file and export that")
            return Page(
                url=response.geturl(),
                body=body,
                content_type=response.headers.get_content_type().lower(),
                charset=response.headers.get_content_charset(),
            )
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered {exc.code} {exc.reason}", "check the address") from exc
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot fetch ({exc.reason})", "check the address and the network") from exc
    except (TimeoutError, OSError) as exc:
        raise InputError(f"{url}: cannot fetch ({exc})", "check the address and the network") from exc
