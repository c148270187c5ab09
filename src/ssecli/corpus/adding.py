"""Bringing an article into a corpus folder (`sse add`): a web page fetched, or a file copied, as it
was published, under the next free id and a slug of its title ('412_coops-in-kenya.html'). Nothing
is written until the article is known to be readable and new; then it is written whole or not at
all (a temporary file renamed)."""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ssecli.corpus import ARTICLE_SUFFIXES, MAX_PAGE_BYTES, Article, Problem, article_from_bytes, record_id, scan
from ssecli.errors import SseError, UsageError

RE_URL = re.compile(r"^https?://", re.I)
RE_DATE_OPTION = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Mozilla/5.0 (compatible; sse; +https://github.com/)"


class AddFailed(SseError):
    """A page that could not be fetched or a file that holds no article: nothing is saved."""


@dataclass
class Candidate:
    """An article about to be added: its bytes as they will be saved, and what it reads as."""

    source: str  # the URL or the file named on the command line
    data: bytes
    suffix: str
    article: Article
    url: str | None = None


def is_url(source: str) -> bool:
    return bool(RE_URL.match(source))


def check_date(date: str | None) -> None:
    if date is not None and not RE_DATE_OPTION.match(date.strip()):
        raise UsageError(f"--date: {date!r} is not a date; use 2023, 2023-05 or 2023-05-12")


def fetch(url: str, timeout: float) -> tuple[bytes, str]:
    """A web page's bytes and the address it was found at (after redirects); AddFailed says why not."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            kind = (response.headers.get_content_type() or "").lower()
            if kind not in HTML_TYPES:
                raise AddFailed(
                    f"cannot add {url}: not a web page (Content-Type: {kind}); save the file and `sse add` it"
                )
            data = response.read(MAX_PAGE_BYTES + 1)
            final = response.geturl() or url
    except urllib.error.HTTPError as e:
        raise AddFailed(f"cannot add {url}: HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError):
            raise AddFailed(f"cannot add {url}: no answer within {timeout:g} s (timed out)") from None
        raise AddFailed(f"cannot add {url}: {getattr(reason, 'strerror', None) or reason}") from None
    except TimeoutError:
        raise AddFailed(f"cannot add {url}: no answer within {timeout:g} s (timed out)") from None
    except (OSError, ValueError) as e:  # a reset connection, a malformed address or answer
        raise AddFailed(f"cannot add {url}: {e}") from None
    if len(data) > MAX_PAGE_BYTES:
        raise AddFailed(f"cannot add {url}: the page is larger than {MAX_PAGE_BYTES // 2**20} MB")
    return data, final


def candidate_from_url(url: str, timeout: float, title: str | None, date: str | None) -> Candidate:
    data, final = fetch(url, timeout)
    suffix = ".htm" if final.lower().split("?")[0].endswith(".htm") else ".html"
    # The mark browsers leave on a page saved whole: the page's address, read back by page_address.
    mark = f"<!-- saved from url=({len(url):04d}){url} -->\n"
    data = mark.encode() + overrides_comment(title, date) + data
    return _candidate(url, data, suffix, url)


def candidate_from_file(name: str, title: str | None, date: str | None) -> Candidate:
    path = Path(name).expanduser()
    suffix = path.suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise AddFailed(f"cannot add {name}: not an article file (sse reads {', '.join(ARTICLE_SUFFIXES)})")
    try:
        if path.is_dir():
            raise AddFailed(f"cannot add {name}: a folder, not a file")
        size = path.stat().st_size
        limit = 40 * 2**20 if suffix == ".pdf" else MAX_PAGE_BYTES
        if size > limit:
            raise AddFailed(f"cannot add {name}: {size / 1e6:.1f} MB, larger than {limit // 2**20} MB")
        data = path.read_bytes()
    except OSError as e:
        raise AddFailed(f"cannot add {name}: {e.strerror or e}") from None
    if title is not None or date is not None:
        data = with_overrides(data, suffix, title, date, name)
    return _candidate(name, data, suffix, None)


def _candidate(source: str, data: bytes, suffix: str, url: str | None) -> Candidate:
    got = article_from_bytes(Path(f"new{suffix}"), "new", data)
    if isinstance(got, Problem):
        raise AddFailed(f"cannot add {source}: {got.reason}")
    return Candidate(source, data, suffix, got, url)


def overrides_comment(title: str | None, date: str | None) -> bytes:
    """`--title` and `--date` above a page, where corpus.html reads them before its metadata."""
    fields = [
        f'{key}="{value.replace(chr(34), chr(39))}"' for key, value in (("title", title), ("date", date)) if value
    ]
    return f"<!-- sse: {' '.join(fields)} -->\n".encode() if fields else b""


def with_overrides(data: bytes, suffix: str, title: str | None, date: str | None, name: str) -> bytes:
    """A file's bytes with --title and --date written where its reader takes them first."""
    if not title and not date:
        return data
    if suffix in (".html", ".htm"):
        return overrides_comment(title, date) + data
    if suffix == ".pdf":
        raise UsageError("--title and --date cannot be written into a PDF; add it without them")
    header = "".join(f"{key}: {value}\n" for key, value in (("title", title), ("date", date)) if value)
    text = data.decode("utf-8", errors="replace")
    if suffix == ".md":
        from ssecli.corpus.markdown import RE_FRONT_MATTER

        m = RE_FRONT_MATTER.match(text)
        if m:  # the front matter's own title and date give way
            given = "|".join(key for key, value in (("title", title), ("date", date)) if value)
            keep = [ln for ln in m.group(2).split("\n") if not re.match(rf"\s*(?:{given})\s*[:=]", ln, re.I)]
            return f"---\n{header}{chr(10).join(keep)}\n---\n{text[m.end() :]}".encode()
        return f"---\n{header}---\n\n{text}".encode()
    return f"{header.replace('title:', 'Title:').replace('date:', 'Date:')}\n{text}".encode()


def address_in_folder(folder: Path, url: str) -> str | None:
    """The page of the folder saved from this address (by sse add, a browser, or its canonical link)."""
    from ssecli.corpus.html import page_address

    wanted = _same_address(url)
    for name, *_ in scan(folder).files:
        if not name.endswith((".html", ".htm")):
            continue
        try:
            with open(os.path.join(folder, name), "rb") as f:
                head = f.read(65536).decode("utf-8", errors="replace")
        except OSError:
            continue
        found = page_address(head)
        if found and _same_address(found) == wanted:
            return name
    return None


def _same_address(url: str) -> str:
    """An address as compared: without its fragment, a trailing slash, or the scheme's case."""
    url = url.split("#", 1)[0].strip()
    return re.sub(r"^https?://", "", url, flags=re.I).rstrip("/").lower()


def next_name(folder: Path, title: str, suffix: str) -> tuple[str, str]:
    """The next free id of the folder (one above the largest), as wide as its ids, and the file
    name it gives: ('412', '412_coops-in-kenya.html')."""
    numbers = [record_id(name) for name, *_ in scan(folder).files]
    taken = [int(n) for n in numbers if n.isdigit()]
    width = max([3, *(len(n) for n in numbers if n.isdigit())])
    ident = str(max(taken, default=0) + 1).zfill(width)
    return ident, f"{ident}_{slug(title)}{suffix}"


def slug(title: str, words: int = 6) -> str:
    """'Co-ops in Kenya: a new law' -> 'co-ops-in-kenya-a-new': ASCII, short, never empty."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", ascii_title.lower())
    return "-".join(parts[:words])[:60].strip("-") or "article"


def save(folder: Path, name: str, data: bytes) -> Path:
    """Write the article whole or not at all: a temporary file (a name no scan reads) renamed."""
    target = folder / name
    part = folder / f".{name}.part"
    try:
        with open(part, "xb") as f:
            f.write(data)
        if target.exists():
            raise AddFailed(f"cannot add {name}: a file of that name appeared in {folder}")
        os.replace(part, target)
    except OSError as e:
        raise AddFailed(f"cannot save {name} in {folder}: {e.strerror or e}") from None
    finally:
        if part.exists():
            part.unlink()
    return target


def working_title(article: Article) -> str:
    """A title to name the file by, before the parser reads it: the metadata's, else the first line."""
    for line in article.header.split("\n"):
        if line.lower().startswith("title:") and line[6:].strip():
            return line[6:].strip()
    for line in article.text.split("\n"):
        if line.strip():
            return re.sub(r"^\s*title\s*:\s*", "", line.strip(), flags=re.I)[:120]
    return "article"
