"""PDF reports (.pdf): the text of every page in order, read by pypdf (pure Python, kept up), with
words hyphenated at line ends joined again. A PDF without a text layer (a scan), an encrypted one,
a broken one or one too large is named with the reason; time and memory stay bounded. Imported
only when a PDF is read."""

from __future__ import annotations

import io
import re
from pathlib import Path

from ssecli.corpus import MAX_ARTICLE_BYTES, Article, Problem, clean_text

# A report of a few hundred pages is a few MB; a larger file is mostly images, or not a report.
MAX_PDF_BYTES = 40 * 1024 * 1024
MAX_PDF_PAGES = 500

# "co-\noperatives" -> "cooperatives": a hyphen at a line's end between two lower-case letters
# cuts a word; "Jean-\nPierre" and "2019-\n2023" keep theirs.
RE_LINE_END_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[a-zß-ÿ])")
RE_SPACES = re.compile(r"[ \t]+")


def read_pdf(path: Path, ident: str) -> Article | Problem:
    try:
        size = path.stat().st_size
        if size > MAX_PDF_BYTES:
            return Problem(path, f"PDF of {size / 1e6:.1f} MB: larger than {MAX_PDF_BYTES // 2**20} MB, not read")
        data = path.read_bytes()
    except OSError as e:
        return Problem(path, e.strerror or str(e))
    return pdf_from_bytes(path, ident, data)


def pdf_from_bytes(path: Path, ident: str, data: bytes) -> Article | Problem:
    import logging
    import warnings

    if len(data) > MAX_PDF_BYTES:
        return Problem(path, f"PDF of {len(data) / 1e6:.1f} MB: larger than {MAX_PDF_BYTES // 2**20} MB, not read")
    if not data.lstrip()[:1024].startswith(b"%PDF") and b"%PDF" not in data[:1024]:
        return Problem(path, "not a PDF document (it does not start with %PDF)")
    # pypdf logs what it repairs in a damaged file: the file's problem, said once as such.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    from pypdf import PdfReader

    notes = []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                # Many reports are "encrypted" with an empty password, only to forbid copying.
                try:
                    opened = bool(reader.decrypt(""))
                except Exception:  # noqa: BLE001 - pypdf needs a crypto library for AES; any failure: encrypted
                    opened = False
                if not opened:
                    return Problem(path, "encrypted PDF (it needs a password): not read")
            pages = reader.pages
            count = len(pages)
            texts: list[str] = []
            length = 0
            for n in range(min(count, MAX_PDF_PAGES)):
                text = pages[n].extract_text() or ""
                texts.append(text)
                length += len(text)
                if length > MAX_ARTICLE_BYTES:
                    notes.append(f"{count} pages: only the first {n + 1} are read")
                    break
            else:
                if count > MAX_PDF_PAGES:
                    notes.append(f"{count} pages: only the first {MAX_PDF_PAGES} are read")
    except Exception as e:  # noqa: BLE001 - a damaged PDF fails inside pypdf in many ways
        return Problem(path, f"broken PDF ({type(e).__name__}): not read")
    text = join_pages(texts)
    if not text.strip():
        return Problem(path, "PDF with no text layer (scanned pages?): nothing to read")
    return Article(path, ident, text, notes)


def join_pages(texts: list[str]) -> str:
    """The pages' text as one article: hyphenated words joined, a blank line between pages."""
    pages = []
    for text in texts:
        text = clean_text(text.replace("\r\n", "\n").replace("\r", "\n"))
        text = RE_LINE_END_HYPHEN.sub("", text)
        text = "\n".join(RE_SPACES.sub(" ", line).strip() for line in text.split("\n"))
        if text.strip():
            pages.append(text.strip())
    return "\n\n".join(pages) + "\n" if pages else ""
