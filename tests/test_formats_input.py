"""Articles as people save them: Markdown exports, web pages saved whole, PDF reports. Each is read
into a record like a text file (title, date, text), with its markup and page furniture gone; a
bad file of any format is named on stderr and the rest of the folder is answered."""

import json
import shutil
from pathlib import Path

import pytest

from .conftest import DATA

SAVED = DATA / "saved"  # articles as saved: Markdown, web pages
FURNITURE = [
    "cookies",
    "Privacy policy",
    "All rights reserved",
    "Most read",
    "Fair trade coffee",
    "Subscribe",
    "Donate",
]


@pytest.fixture()
def folder(tmp_path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(SAVED, d)
    return d


def show(cli, folder: Path, ident: str) -> dict:
    result = cli("--corpus", str(folder), "show", ident, "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_markdown_front_matter_gives_title_and_date_and_markup_is_gone(cli, folder):
    record = show(cli, folder, "007")
    assert record["title"] == "KoSEA and the ILO sign a new agreement"
    assert record["date"] == "2023-05-12"
    assert record["source"] == "007_kosea.md"
    text = record["text"]
    assert "The Korea Social Enterprise Promotion Agency (KoSEA) and the ILO signed" in text
    for markup in ("**", "](", "---", "title:", "`", "![", "[1]"):
        assert markup not in text
    assert "Korea Social Enterprise Promotion Agency" in {o["name"] for o in record["orgs"]}
    assert "Kim Min-jun" in {p["name"] for p in record["people"]}


def test_markdown_without_front_matter_takes_its_heading_as_title(cli, tmp_path):
    (tmp_path / "020_plain.md").write_text(
        "# Fair trade towns meet in Ghent\n\n*Ghent, 4 March 2024* – Fair trade towns from **Belgium** met.\n"
    )
    record = show(cli, tmp_path, "020")
    assert record["title"] == "Fair trade towns meet in Ghent"
    assert record["date"] == "2024-03-04"
    assert "*" not in record["text"] and "#" not in record["text"]


def test_web_page_keeps_the_article_and_drops_menus_banner_sidebar_and_footer(cli, folder):
    record = show(cli, folder, "101")
    assert record["title"] == "Kenyan cooperatives double their membership"  # not "... | SSE World News"
    assert record["date"] == "2023-05-12"  # article:published_time
    text = record["text"]
    assert "more than two million people" in text and "twenty new branches" in text
    for junk in FURNITURE:
        assert junk not in text
    assert "Kenya Union of Savings and Credit Cooperatives" in {o["name"] for o in record["orgs"]}
    assert "Grace Wanjiru" in {p["name"] for p in record["people"]}
    assert not {"Home", "About", "Contact", "SSE World News"} & {o["name"] for o in record["orgs"]}


def test_web_page_date_and_title_from_json_ld(cli, folder):
    record = show(cli, folder, "102")
    assert record["title"] == "Social economy law passes in Senegal"
    assert record["date"] == "2021-06-18"
    assert "Subscribe" not in record["text"] and "framework law" in record["text"]


def test_web_page_date_from_time_element_and_title_from_its_heading(cli, folder):
    record = show(cli, folder, "103")
    assert record["title"] == "Quebec's Chantier de l'économie sociale turns 25"  # the page's <title> is "Home"
    assert record["date"] == "2022-11-03"
    assert "Donate" not in record["text"]


def test_every_format_is_listed_and_searched(cli, folder):
    (folder / "001_plain.txt").write_text("Cooperatives meet in Seoul\n\nSeoul, 3 July 2023 - KoSEA met.\n")
    result = cli("--corpus", str(folder), "list", "--json")
    assert result.exit_code == 0, result.output
    assert {r["id"] for r in json.loads(result.stdout)} == {"001", "007", "101", "102", "103"}
    hits = cli("--corpus", str(folder), "search", "Mombasa", "--json")
    assert [h["id"] for h in json.loads(hits.stdout)] == ["101"]
    assert "cookies" not in cli("--corpus", str(folder), "search", "cookies").stdout


def test_a_changed_page_is_parsed_again(cli, folder):
    assert show(cli, folder, "102")["date"] == "2021-06-18"
    page = folder / "102_jsonld.html"
    page.write_text(page.read_text().replace("2021-06-18", "2022-01-20"))
    assert cli("--corpus", str(folder), "index").exit_code == 0
    assert show(cli, folder, "102")["date"] == "2022-01-20"


BAD_PAGES = {
    "201_binary.html": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "not a text article: a PNG image"),
    "202_links_only.html": (
        b"<html><head><title>Links</title></head><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>",
        "no article text found in the web page",
    ),
    "203_empty.htm": (b"", "empty file"),
    "204_garbage.html": (b"<<<>>>\x01<html<body<<p>" * 3, "no article text found in the web page"),
}


def test_bad_pages_are_named_and_the_good_ones_still_listed(cli, folder):
    for name, (data, _) in BAD_PAGES.items():
        (folder / name).write_bytes(data)
    result = cli("--corpus", str(folder), "list", "--json")
    assert result.exit_code == 0
    assert {r["id"] for r in json.loads(result.stdout)} == {"007", "101", "102", "103"}
    for name, (_, reason) in BAD_PAGES.items():
        assert f"skipped {name}: {reason}" in result.stderr
    assert "Traceback" not in result.output


def test_a_page_whose_charset_lies_is_read_by_its_bytes(cli, tmp_path):
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Coopératives à Genève</title></head><body><article>'
        "<h1>Coopératives à Genève</h1><p>Genève – Les coopératives de Genève et l’Après-GE se réunissent "
        "pour la semaine de l’économie sociale et solidaire, avec des entreprises sociales du canton.</p>"
        "<p>Les membres de l’Après-GE ont présenté leurs projets à la presse et au public du canton.</p>"
        "</article></body></html>"
    )
    (tmp_path / "301_lies.html").write_bytes(html.encode("utf-8"))  # says Latin-1, is UTF-8
    record = show(cli, tmp_path, "301")
    assert "Coopératives de Genève" in record["text"].replace("coopératives", "Coopératives")
    assert "Ã" not in record["text"]


def make_pdf(pages: list[list[str]], password: str | None = None) -> bytes:
    """A PDF whose pages hold these lines of text (Helvetica), made with pypdf."""
    import io

    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        ops = ["BT", "/F1 11 Tf", "14 TL", "72 720 Td"]
        ops += ["(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for line in lines]
        stream = DecodedStreamObject()
        stream.set_data("\n".join([*ops, "ET"]).encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


REPORT_PAGES = [
    [
        "Social economy report 2023",
        "",
        "Geneva, 14 March 2023 - The ILO published a report on co-",
        "operatives in Africa, which counts their members.",
    ],
    ["On page two the International Co-operative Alliance agreed with the find-", "ings of the report."],
]


def test_pdf_text_of_every_page_with_hyphenation_joined(cli, tmp_path):
    (tmp_path / "500_report.pdf").write_bytes(make_pdf(REPORT_PAGES))
    record = show(cli, tmp_path, "500")
    assert record["title"] == "Social economy report 2023"
    assert record["date"] == "2023-03-14"
    assert record["source"] == "500_report.pdf"
    assert "a report on cooperatives in Africa" in record["text"]
    assert "agreed with the findings of the report" in record["text"]  # page two
    assert "International Co-operative Alliance" in record["text"]  # a hyphen inside a line stays
    hits = cli("--corpus", str(tmp_path), "search", "findings", "--json")
    assert [h["id"] for h in json.loads(hits.stdout)] == ["500"]


def test_bad_pdfs_are_named_and_the_rest_listed(cli, tmp_path, monkeypatch):
    good = make_pdf(REPORT_PAGES)
    (tmp_path / "500_report.pdf").write_bytes(good)
    (tmp_path / "501_locked.pdf").write_bytes(make_pdf([["The text of a locked report"]], password="s3cret"))
    (tmp_path / "502_scan.pdf").write_bytes(make_pdf([[]]))
    (tmp_path / "503_broken.pdf").write_bytes(good[:300])
    (tmp_path / "504_not_pdf.pdf").write_text("Just text named .pdf\n\nGeneva, 1 May 2023 - text.\n")
    with (tmp_path / "505_huge.pdf").open("wb") as f:
        f.write(good[:-200])
        f.seek(50 * 1024 * 1024)  # 50 MB, most of it a hole: written in no time
        f.write(b"\n%%EOF\n")
    result = cli("--corpus", str(tmp_path), "list", "--json")
    assert result.exit_code == 0
    assert [r["id"] for r in json.loads(result.stdout)] == ["500"]
    for name, reason in [
        ("501_locked.pdf", "encrypted PDF (it needs a password): not read"),
        ("502_scan.pdf", "PDF with no text layer (scanned pages?): nothing to read"),
        ("503_broken.pdf", "broken PDF"),
        ("504_not_pdf.pdf", "not a PDF document"),
        ("505_huge.pdf", "PDF of 52.4 MB: larger than 40 MB, not read"),
    ]:
        assert f"skipped {name}: {reason}" in result.stderr
    assert "Traceback" not in result.output


# `sse add` against a web server of the test's own.
PAGE = (SAVED / "101_menus.html").read_bytes()
OTHER_PAGE = (SAVED / "102_jsonld.html").read_bytes()


@pytest.fixture(scope="module")
def server():
    """A local web server: a good page, another, a 404, one that never answers in time, a PDF."""
    import threading
    import time
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    release = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            routes = {
                "/news/kenya": (200, "text/html; charset=utf-8", PAGE),
                "/news/senegal": (200, "text/html", OTHER_PAGE),
                "/report.pdf": (200, "application/pdf", make_pdf(REPORT_PAGES)),
                "/links": (200, "text/html", b"<html><body><a href='/a'>A</a></body></html>"),
            }
            if self.path == "/slow":
                release.wait(10)
                time.sleep(0)
            status, kind, body = routes.get(self.path, (404, "text/html", b"<h1>Not found</h1>"))
            try:
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except OSError:  # the client gave up (the timeout test)
                pass

        def log_message(self, *args):
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    release.set()
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def archive(tmp_path) -> Path:
    d = tmp_path / "archive"
    d.mkdir()
    (d / "411_seoul.txt").write_text("Cooperatives meet in Seoul\n\nSeoul, 3 July 2023 - The ILO and KoSEA met.\n")
    return d


def add(cli, folder: Path | None, *args, env=None):
    corpus = ("--corpus", str(folder)) if folder else ()
    return cli(*corpus, "add", *args, env={"SSE_FETCH_TIMEOUT": "1", **(env or {})})


def test_add_fetches_a_page_under_the_next_id_and_prints_its_id_and_title(cli, server, archive):
    result = add(cli, archive, f"{server}/news/kenya")
    assert result.exit_code == 0, result.output
    assert result.stdout == "412\tKenyan cooperatives double their membership\n"
    saved = archive / "412_kenyan-cooperatives-double-their-membership.html"
    assert saved.read_bytes().endswith(PAGE)  # as published, below the address it came from
    record = show(cli, archive, "412")
    assert record["date"] == "2023-05-12" and "cookies" not in record["text"]
    listed = cli("--corpus", str(archive), "list", "--json")
    assert {r["id"] for r in json.loads(listed.stdout)} == {"411", "412"}


def test_add_does_not_add_the_same_page_twice(cli, server, archive):
    assert add(cli, archive, f"{server}/news/kenya").exit_code == 0
    again = add(cli, archive, f"{server}/news/kenya")
    assert again.exit_code == 0 and again.stdout == ""
    assert "already in the corpus as 412_kenyan-cooperatives-double-their-membership.html" in again.stderr
    copy = archive.parent / "kenya-copy.html"
    copy.write_bytes(PAGE)  # the same text, from a file
    same_text = add(cli, archive, str(copy))
    assert same_text.exit_code == 0 and "(the same text): not added again" in same_text.stderr
    assert sorted(p.name for p in archive.iterdir()) == [
        "411_seoul.txt",
        "412_kenyan-cooperatives-double-their-membership.html",
    ]


@pytest.mark.parametrize(
    "path, reason",
    [
        ("/gone", "HTTP 404"),
        ("/slow", "no answer within 1 s (timed out)"),
        ("/report.pdf", "not a web page (Content-Type: application/pdf)"),
        ("/links", "no article text found in the web page"),
    ],
)
def test_add_of_a_page_that_cannot_be_had_exits_1_and_saves_nothing(cli, server, archive, path, reason):
    result = add(cli, archive, f"{server}{path}")
    assert result.exit_code == 1
    assert f"sse: cannot add {server}{path}: {reason}" in result.stderr
    assert result.stdout == "" and "Traceback" not in result.output
    assert [p.name for p in archive.iterdir()] == ["411_seoul.txt"]


def test_add_without_a_corpus_folder_exits_2_and_says_how_to_name_one(cli, server, monkeypatch):
    monkeypatch.delenv("SSE_CORPUS", raising=False)
    result = add(cli, None, f"{server}/news/kenya")
    assert result.exit_code == 2
    assert "--corpus FOLDER" in result.stderr and "SSE_CORPUS" in result.stderr


def test_add_adds_the_good_sources_and_exits_1_for_the_bad(cli, server, archive, tmp_path):
    pdf = tmp_path / "ilo report.pdf"
    pdf.write_bytes(make_pdf(REPORT_PAGES))
    result = add(cli, archive, f"{server}/news/senegal", f"{server}/gone", str(pdf), str(tmp_path / "missing.md"))
    assert result.exit_code == 1
    assert result.stdout == "412\tSocial economy law passes in Senegal\n413\tSocial economy report 2023\n"
    assert "missing.md: No such file or directory" in result.stderr
    assert (archive / "413_social-economy-report-2023.pdf").read_bytes() == pdf.read_bytes()


def test_add_title_and_date_override_the_page_metadata(cli, server, archive):
    result = add(cli, archive, f"{server}/news/senegal", "--title", "Senegal votes its SSE law", "--date", "2021-06-17")
    assert result.exit_code == 0, result.output
    assert result.stdout == "412\tSenegal votes its SSE law\n"
    record = show(cli, archive, "412")
    assert (record["title"], record["date"]) == ("Senegal votes its SSE law", "2021-06-17")
    assert (archive / "412_senegal-votes-its-sse-law.html").exists()


def test_add_copies_a_markdown_file_with_its_title_overridden(cli, archive):
    result = add(cli, archive, str(SAVED / "007_kosea.md"), "--title", "KoSEA signs with the ILO")
    assert result.exit_code == 0, result.output
    assert result.stdout == "412\tKoSEA signs with the ILO\n"
    assert show(cli, archive, "412")["date"] == "2023-05-12"


@pytest.mark.parametrize(
    "args, message",
    [
        (["--date", "May 2023"], "--date: 'May 2023' is not a date"),
        (["--title", "T", "a.html", "b.html"], "--title and --date apply to one article"),
    ],
)
def test_add_usage_errors_exit_2(cli, archive, args, message):
    result = add(cli, archive, "x.html", *args)
    assert result.exit_code == 2 and message in result.stderr


def test_add_of_a_file_that_is_not_an_article_exits_1(cli, archive, tmp_path):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    result = add(cli, archive, str(tmp_path / "notes.docx"))
    assert result.exit_code == 1 and "not an article file" in result.stderr


def test_markdown_with_only_front_matter_is_named_and_skipped(cli, folder):
    (folder / "030_empty.md").write_text("---\ntitle: Nothing here\ndate: 2023-01-01\n---\n\n![](x.png)\n")
    result = cli("--corpus", str(folder), "list", "--json")
    assert result.exit_code == 0 and "030" not in {r["id"] for r in json.loads(result.stdout)}
    assert "skipped 030_empty.md: no text (only front matter and markup)" in result.stderr


def test_a_fetch_timeout_that_is_no_number_exits_2(cli, archive):
    result = add(cli, archive, "http://127.0.0.1:9/x", env={"SSE_FETCH_TIMEOUT": "soon"})
    assert result.exit_code == 2 and "SSE_FETCH_TIMEOUT: 'soon' is not a number of seconds" in result.stderr


def test_show_says_where_the_title_and_date_came_from(cli, folder):
    def metadata(ident: str) -> str:
        lines = cli("--corpus", str(folder), "show", ident).stdout.split("\n--\n")[0].splitlines()
        return next((line for line in lines if line.startswith("metadata:")), "")

    assert metadata("101") == "metadata:\ttitle and date from the web page's metadata"
    assert metadata("007") == "metadata:\ttitle and date from the front matter"
    assert metadata("103") == "metadata:\ttitle from the article's heading; date from the web page's metadata"
    (folder / "001_plain.txt").write_text("Title: Coops\nDate: 2023-07-03\n\nKoSEA met in Seoul.\n")
    assert metadata("001") == ""


def test_a_page_heavy_with_scripts_and_markup_is_read_in_bounded_time(cli, tmp_path):
    page = (SAVED / "101_menus.html").read_text()
    script = "<script>var tracking = '" + "x" * 3_000_000 + "';</script>"
    (tmp_path / "601_scripts.html").write_text(page.replace("</head>", script + "</head>"))
    filler = "<div><p>Related link to another story on the site.</p></div>" * 40_000  # 2.4 MB after the article
    (tmp_path / "602_long.html").write_text(page.replace("</footer>", "</footer>" + filler))
    result = cli("--corpus", str(tmp_path), "list", "--json")
    assert result.exit_code == 0
    titles = {r["id"]: r["title"] for r in json.loads(result.stdout)}
    assert titles == {
        "601": "Kenyan cooperatives double their membership",
        "602": "Kenyan cooperatives double their membership",
    }
    assert "601_scripts.html: only the first" not in result.stderr  # the script is taken out, not cut
    assert "602_long.html: only the first 1024 KB of the page's markup are read" in result.stderr
