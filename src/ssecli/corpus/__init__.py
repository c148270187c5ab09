"""Finding and reading article files: ids, encodings, the bundled default corpus, and the formats
an archive holds (text here; Markdown, HTML and PDF in their own modules, each importing its
library only when a file of its kind is read).

A folder saved from the web is messy. Every file that cannot be read as an article is
reported as a `Problem` (its name and why) and skipped; every file that can is read,
whatever its encoding, with the reason on stderr where it took a guess. Nothing here
raises for a bad file: one bad file never hides the good ones."""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from ssecli.errors import CorpusError

RE_LEADING_DIGITS = re.compile(r"(\d+)")

# The files read as articles, by the end of their names: plain text, Markdown, web pages, PDF.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")

# An article is text of a few kilobytes; a larger file is read up to this size, with a warning,
# so that time and memory stay bounded whatever a folder holds.
MAX_ARTICLE_BYTES = 512 * 1024
# A web page carries its scripts, styles and menus around an article of a few kilobytes.
MAX_PAGE_BYTES = 8 * 1024 * 1024

# Escape sequences (CSI such as colours, OSC such as window titles and hyperlinks) and other
# control characters would act on the terminal that prints an article: they never reach it.
RE_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]"
)
RE_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# Files that are not text, by their first bytes.
MAGIC = [
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x1f\x8b", "a gzip archive"),
]


@dataclass
class Article:
    path: Path
    id: str
    text: str
    notes: list[str] = field(default_factory=list)  # what was guessed or cut while reading it
    # What the file's metadata say (front matter, a page's <meta> and JSON-LD), as the lines of a
    # header block the parser reads ("Title: ...", "Date: ..."): the record's text stays `text`.
    header: str = ""
    # Where the header's fields come from, by field ("title": "the web page's metadata"), for `sse show`.
    origins: dict[str, str] = field(default_factory=dict)

    def parser_text(self) -> str:
        return f"{self.header}\n{self.text}" if self.header else self.text


@dataclass
class Problem:
    """A file that could not be read as an article (skipped), or one read with a caveat (its
    encoding was guessed, it was cut, its id was taken): reported on stderr, never fatal."""

    path: Path
    reason: str
    skipped: bool = True
    retry: bool = False  # tried again at the next refresh even if unchanged (a parser error)

    def message(self) -> str:
        name = display_name(self.path.name)
        return f"skipped {name}: {self.reason}" if self.skipped else f"{name}: {self.reason}"


def default_corpus() -> Path:
    """The seeds shipped inside the package (or, in a source checkout, seeds/ at the top)."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "seeds", here.parent.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    raise CorpusError("the bundled seed articles are missing from this installation")


def corpus_dir(option: str | None) -> Path:
    from ssecli.settings import corpus_option

    chosen = corpus_option(option)
    if not chosen:
        return default_corpus()
    path = Path(chosen).expanduser()
    if not path.is_dir():
        raise CorpusError(f"corpus folder not found: {chosen}")
    return path


def record_id(name: str) -> str:
    """'003_126183a6a2cf459b.txt' -> '003'; a name without leading digits keeps its stem."""
    base = os.path.basename(name)
    m = RE_LEADING_DIGITS.match(base)
    return m.group(1) if m else os.path.splitext(base)[0]


def clean_text(text: str) -> str:
    """Without escape sequences and control characters; line breaks and tabs stay."""
    return RE_CONTROL.sub("", RE_ESCAPE_SEQUENCE.sub("", text))


def decode(data: bytes) -> tuple[str, str | None]:
    """The text of an article file and, where the encoding was not plain UTF-8, a note saying
    how it was read. UTF-8 (with or without a BOM) first, as nearly every saved article is;
    then UTF-16 by its BOM; then what charset-normalizer makes of it."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            return text, None if encoding == "utf-8" else f"decoded as {encoding.upper()}"
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as e:
        if len(data) - e.start <= 4 and len(data) >= MAX_ARTICLE_BYTES:
            # A multi-byte character cut at the read limit.
            return data[: e.start].decode("utf-8"), None
    decoded = data.decode("utf-8", errors="replace")
    if sum(ord(c) > 0x7F for c in decoded) >= 2 * decoded.count("\ufffd"):
        # More real UTF-8 characters than bad bytes: UTF-8 with a few broken sequences.
        return decoded, "invalid UTF-8: bad bytes replaced with \ufffd"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    name = best.encoding if best is not None else ""
    if not best or _single_byte(name):
        # A single-byte code page: nearly always Windows-1252 (which reads Latin-1 alike) in this
        # field; charset-normalizer's guesses among code pages are unsure on a few accented words.
        try:
            return data.decode("cp1252"), "not UTF-8: decoded as Windows-1252"
        except UnicodeDecodeError:
            if best is None:
                return data.decode("latin-1"), "not UTF-8: decoded as Latin-1"
    return str(best), f"not UTF-8: decoded as {name.replace('_', '-')}"


def _single_byte(encoding: str) -> bool:
    """A code page of one byte a character (Windows-1252, KOI8-R), not EUC-KR or Shift-JIS."""
    try:
        return len(bytes(range(0x80, 0x100)).decode(encoding, errors="replace")) == 0x80
    except LookupError:
        return False


def _binary_kind(head: bytes) -> str | None:
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if b"\x00" in head and not _looks_utf16(head):
        return "a binary file (it holds NUL bytes)"
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 text without a BOM: every other byte of its ASCII characters is NUL."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    sample = head[:2000]
    if len(sample) < 4:
        return False
    zeros_odd, zeros_even = sample[1::2].count(0), sample[0::2].count(0)
    half = len(sample) // 2
    return zeros_odd > 0.4 * half and zeros_even == 0 or zeros_even > 0.4 * half and zeros_odd == 0


def read_article(path: Path, ident: str) -> Article | Problem:
    """One file as an article, or the reason it is not one."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ssecli.corpus.pdf import read_pdf

        return read_pdf(path, ident)
    limit = MAX_PAGE_BYTES if suffix in (".html", ".htm") else MAX_ARTICLE_BYTES
    try:
        with path.open("rb") as f:
            data = f.read(limit + 1)
            size = os.fstat(f.fileno()).st_size
    except OSError as e:
        return Problem(path, e.strerror or str(e))
    return article_from_bytes(path, ident, data, size)


def article_from_bytes(path: Path, ident: str, data: bytes, size: int | None = None) -> Article | Problem:
    """The article a file's bytes hold, read by the format its name says (`sse add` reads a page
    fetched, before it is saved, with this)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ssecli.corpus.pdf import pdf_from_bytes

        return pdf_from_bytes(path, ident, data)
    size = len(data) if size is None else size
    limit = MAX_PAGE_BYTES if suffix in (".html", ".htm") else MAX_ARTICLE_BYTES
    notes = []
    kind = _binary_kind(data[:8192])
    if kind:
        return Problem(path, f"not a text article: {kind}")
    if len(data) > limit:
        data = data[:limit]
        notes.append(f"{size / 1e6:.1f} MB: only the first {limit // 1024} KB are read")
    note: str | None
    if not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _looks_utf16(data):
        text, note = data.decode("utf-16-le" if data[1] == 0 else "utf-16-be", errors="replace"), "decoded as UTF-16"
    else:
        text, note = decode(data)
    if note:
        notes.append(note)
    if not text.strip():
        return Problem(path, "empty file" if not data else "no text (only white space)")
    if suffix in (".html", ".htm"):
        from ssecli.corpus.html import read_page

        return read_page(path, ident, text, notes)
    if suffix == ".md":
        from ssecli.corpus.markdown import read_markdown

        return read_markdown(path, ident, clean_text(text), notes)
    return Article(path, ident, clean_text(text), notes)


def metadata_origins(path: Path, title: str, date: str | None) -> dict[str, str]:
    """Where a record's title and date come from, where the file's metadata gave them (a web page's
    <meta> and JSON-LD, a Markdown file's front matter, `sse add --title`): read from the file again,
    for `sse show`. Empty for a text file, or a file that is gone."""
    if path.suffix.lower() not in (".md", ".html", ".htm") or not path.is_file():
        return {}
    got = read_article(path, "")
    if isinstance(got, Problem):
        return {}
    fields = dict(line.split(": ", 1) for line in got.header.splitlines() if ": " in line)
    found = {}
    if "title" in got.origins and " ".join(fields.get("Title", "").split()) == " ".join(title.split()):
        found["title"] = got.origins["title"]
    if "date" in got.origins and date and fields.get("Date", "").startswith(date[:4]):
        found["date"] = got.origins["date"]
    return found


def display_name(name: str) -> str:
    """A file name as sse stores and shows it: as the system gives it, its bytes that are not
    UTF-8 written as escapes ('caf\\xe9.txt'), so that it can be printed and kept in the index."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


@dataclass
class Scan:
    """A corpus folder's article files, as (name relative to the folder, size, modification time
    in ns), the entries named like articles that cannot be read as files of it, and the real
    names of the few whose names are not UTF-8 (by their display_name)."""

    files: list[tuple[str, int, int]]
    problems: list[Problem]
    real_names: dict[str, str] = field(default_factory=dict)

    def path(self, folder: Path, name: str) -> str:
        return os.path.join(str(folder), self.real_names.get(name, name))


def scan(folder: Path, recursive: bool = False) -> Scan:
    """The article files of a corpus folder (ARTICLE_SUFFIXES) in the folder's own order (sorting 100,000 costs more
    than comparing them with the index), and the entries named like articles that are not
    readable files of it: broken links, links that lead outside it or to themselves, folders
    called *.txt. Hidden folders are never read. One scandir a folder and one stat a file, with
    strings rather than Paths, so that an archive of 100,000 articles is checked in a fraction
    of a second."""
    root = folder.resolve()
    found = Scan([], [])
    files, problems = found.files, found.problems
    top = str(folder)
    prefix = len(top.rstrip(os.sep)) + 1

    def walk(directory: str) -> None:
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except OSError as e:
            problems.append(Problem(Path(display_name(directory)), e.strerror or str(e)))
            return
        nested = directory != top
        for entry in entries:
            name = entry.name
            if name.endswith(ARTICLE_SUFFIXES) and entry.is_file(follow_symlinks=False):
                pass  # a regular file: the common case, known from the folder listing alone
            elif recursive and entry.is_dir(follow_symlinks=False) and not name.startswith("."):
                walk(entry.path)
                continue
            elif not name.endswith(ARTICLE_SUFFIXES):
                continue
            elif not _readable_entry(entry, root, problems):
                continue
            try:
                st = entry.stat()
            except OSError as e:
                problems.append(Problem(Path(display_name(entry.path)), e.strerror or str(e)))
                continue
            relative = entry.path[prefix:] if nested else name
            shown = display_name(relative)
            if shown != relative:
                found.real_names[shown] = relative
            files.append((shown, st.st_size, st.st_mtime_ns))

    walk(top)
    problems.sort(key=lambda p: str(p.path))
    return found


def _readable_entry(entry: os.DirEntry, root: Path, problems: list[Problem]) -> bool:
    """Whether an entry named like an article that is not a plain file is one to read (a link to a file
    inside the corpus); if not, why, in problems."""
    shown = Path(display_name(entry.path))
    if entry.is_symlink():
        try:
            target = Path(entry.path).resolve(strict=True)
        except FileNotFoundError:
            problems.append(Problem(shown, "broken symbolic link"))
            return False
        except (RuntimeError, OSError):  # RuntimeError: Python before 3.13 on a loop
            problems.append(Problem(shown, "symbolic link that leads to itself (a loop)"))
            return False
        if root not in target.parents:
            problems.append(Problem(shown, "symbolic link to a file outside the corpus: not followed"))
            return False
    if entry.is_dir():
        problems.append(Problem(shown, "a folder, not a file"))
        return False
    if not entry.is_file():
        problems.append(Problem(shown, "not a regular file"))
        return False
    return True


def unique_ids(names: list[str], folder: Path) -> tuple[dict[str, str], list[tuple[Path, str]]]:
    """Each file's record id, by its path relative to the folder. Where two files give the same
    id ('003_a.txt', '003_b.txt'), the first by name keeps it and the others take their file
    stem ('003_b'), with a warning."""
    ids: dict[str, str] = {}
    owner: dict[str, str] = {}
    warnings = []
    for name in names:
        ident = record_id(name)
        if ident in owner:
            stem = os.path.splitext(name)[0].replace(os.sep, "/")
            alt, n = stem, 2
            while alt in owner:
                alt, n = f"{stem}~{n}", n + 1
            warnings.append(
                (folder / name, f"id {ident} is taken by {os.path.basename(owner[ident])}: this file's id is {alt}")
            )
            ident = alt
        owner[ident] = name
        ids[name] = ident
    return ids, warnings


def read_articles(folder: Path, recursive: bool = False) -> tuple[list[Article], list[Problem]]:
    found = scan(folder, recursive)
    files, problems = sorted(found.files), found.problems
    ids, warnings = unique_ids([name for name, *_ in files], folder)
    articles = []
    for name, *_ in files:
        path = folder / name
        got = read_article(Path(found.path(folder, name)), ids[name])
        if isinstance(got, Problem):
            problems.append(got)
        else:
            articles.append(got)
            problems += [Problem(path, note, skipped=False) for note in got.notes]
    problems += [Problem(path, message, skipped=False) for path, message in warnings]
    return articles, problems
