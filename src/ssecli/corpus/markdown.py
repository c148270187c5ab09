"""Markdown files (.md): the front matter's title and date as metadata, the markup removed, so that
`**KoSEA**` or `[ILO](https://www.ilo.org)` reaches the extractors as the words a reader sees."""

from __future__ import annotations

import re
from pathlib import Path

from ssecli.corpus import Article, Problem

# YAML front matter ("---" lines) or TOML front matter ("+++"), at the very top of the file.
RE_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\n(.*?)\n\1[ \t]*(?:\n|\Z)", re.S)
RE_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z_][\w-]*)\s*[:=]\s*(?P<value>.*?)\s*$")
FRONT_KEYS = {"title": "Title", "date": "Date", "published": "Date", "author": "Author"}

RE_FENCE = re.compile(r"^\s*(```|~~~)")
RE_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
RE_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
RE_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]")
RE_LINK_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]+\]:\s+\S+.*$")
RE_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+)>")
RE_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
RE_SETEXT_RULE = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
RE_QUOTE = re.compile(r"^\s{0,3}>\s?")
# Emphasis: `**bold**`, `__bold__`, `*em*`, `_em_` (not the underscores inside a word: snake_case).
RE_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
RE_EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
RE_STRIKE = re.compile(r"~~(.+?)~~")
RE_CODE = re.compile(r"`+([^`\n]+?)`+")
RE_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]{0,200}>|<!--.*?-->", re.S)
RE_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def read_markdown(path: Path, ident: str, text: str, notes: list[str]) -> Article | Problem:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body = front_matter(text)
    plain = markdown_to_text(body)
    if not plain.strip():
        return Problem(path, "no text (only front matter and markup)")
    header = "".join(f"{FRONT_KEYS[k]}: {v}\n" for k, v in fields.items())
    origins = {k: "the front matter" for k in fields if k in ("title", "date")}
    return Article(path, ident, plain, notes, header=header, origins=origins)


def front_matter(text: str) -> tuple[dict[str, str], str]:
    """The front matter's title, date and author (the keys of FRONT_KEYS, first of each kind), and
    the text after it."""
    m = RE_FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(2).split("\n"):
        f = RE_FRONT_FIELD.match(line)
        if not f or f.group("key").lower() not in FRONT_KEYS:
            continue
        key = f.group("key").lower()
        value = f.group("value").strip().strip("\"'").strip()
        if key == "published":
            key = "date"
        if key == "title":
            value = markdown_to_text(value).strip()
        if key == "date":
            value = value.split("T")[0] if re.match(r"\d{4}-\d\d-\d\dT", value) else value
        if value and key not in fields:
            fields[key] = value
    return fields, text[m.end() :]


def markdown_to_text(text: str) -> str:
    """Markdown as the words a reader sees: no emphasis marks, links as their text, headings as
    lines, code fences and tables' rules dropped; list markers stay (they mark items)."""
    out = []
    fenced = False
    for line in text.split("\n"):
        if RE_FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            out.append(line)
            continue
        if RE_LINK_DEFINITION.match(line) or RE_TABLE_RULE.match(line):
            continue
        if RE_SETEXT_RULE.match(line) and out and out[-1].strip():
            continue  # the line under a heading ("Title\n=====")
        line = RE_QUOTE.sub("", line)
        heading = RE_HEADING.match(line)
        if heading:
            line = heading.group(1)
        line = RE_IMAGE.sub("", line)
        line = RE_LINK.sub(r"\1", line)
        line = RE_REF_LINK.sub(r"\1", line)
        line = RE_AUTOLINK.sub(r"\1", line)
        line = RE_HTML_TAG.sub("", line)
        line = RE_CODE.sub(r"\1", line)
        line = RE_STRONG.sub(r"\2", line)
        line = RE_EMPHASIS.sub(lambda m: m.group(1) or m.group(2), line)
        line = RE_STRIKE.sub(r"\1", line)
        line = line.replace("\\*", "*").replace("\\_", "_").replace("\\#", "#")
        if line.rstrip().endswith("  "):
            line = line.rstrip()
        out.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n") + "\n"
