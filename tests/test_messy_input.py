"""A folder saved from the web is messy: every bad file is named on stderr with the reason,
the good ones are all still listed, and nothing prints a traceback."""

import codecs
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import DATA, GOOD, SEEDS, assert_clean, run_sse

HOSTILE = DATA / "hostile"


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    """A corpus with one file of every bad kind beside good ones."""
    d = tmp_path_factory.mktemp("messy")
    (d / "001_good.txt").write_text(GOOD, encoding="utf-8")
    (d / "010_empty.txt").write_bytes(b"")
    (d / "011_blank.txt").write_text(" \n\t\n  \n")
    (d / "012_title_only.txt").write_text("Social economy week opens in Busan\n")
    (d / "013_body_only.txt").write_text(
        "\n\nthe cooperative said on 4 May 2022 that it had 300 members, and it met the ILO in Geneva.\n"
    )
    (d / "020_image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (d / "021_paper.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    (d / "022_nul.txt").write_bytes(b"Title\x00\x00\x01\x02binary\x00junk" * 50)
    (d / "030_bom.txt").write_bytes(codecs.BOM_UTF8 + GOOD.replace("Seoul", "Busan").encode())
    (d / "031_utf16.txt").write_bytes(GOOD.replace("Seoul", "Incheon").encode("utf-16"))
    (d / "032_utf16le_nobom.txt").write_bytes(GOOD.replace("Seoul", "Daegu").encode("utf-16-le"))
    (d / "033_cp1252.txt").write_bytes(
        "Coopératives: “a new start” for São Paulo\n\nSão Paulo, 5 May 2022 – The coopératives’ café met.\n".encode(
            "cp1252"
        )
    )
    (d / "034_latin1.txt").write_bytes(
        "Économie sociale à Genève\n\nGenève, 6 June 2022 - Les coopératives de Genève se réunissent à "
        "Genève.\n".encode("latin-1")
    )
    (d / "035_bad_utf8.txt").write_bytes(
        "Coopératives à Genève\n\nGenève, 6 June 2022 – Les coopératives de Genève, à l’œuvre, ".encode()
        + b"\xff broken \xc3\x28 bytes\n"
    )
    (d / "040_crlf.txt").write_bytes(GOOD.replace("\n", "\r\n").encode())
    (d / "041_cr.txt").write_bytes(GOOD.replace("\n", "\r").encode())
    (d / "042_tabs.txt").write_text(GOOD.replace(" ", "\u00a0", 3).replace("The", "\tThe"))
    (d / "050_long_line.txt").write_text("A very long line\n\n" + ("cooperatives in Seoul on 3 July 2023 " * 10000))
    with (d / "051_huge.txt").open("w") as f:
        f.write("A huge file\n\nBrussels, 9 December 2021 - ")
        chunk = "The social economy employs people across Europe and the ILO met KoSEA in 2021. " * 1000
        while f.tell() < 50 * 1024 * 1024:
            f.write(chunk)
    (d / "060_folder.txt").mkdir()
    (d / "nested").mkdir()
    (d / "nested" / "070_inner.txt").write_text("Inner article on cooperatives\n\n12 March 2020\n\nText.\n")
    (d / "061_broken_link.txt").symlink_to(d / "does-not-exist.txt")
    outside = d.parent / "secret.txt"
    outside.write_text("secret outside the corpus\n")
    (d / "062_outside_link.txt").symlink_to(outside)
    (d / "063_inside_link.txt").symlink_to(d / "001_good.txt")
    (d / "080_a.txt").write_text("First of two\n\n1 May 2020\n\nText.\n")
    (d / "080_b.txt").write_text("Second of two\n\n2 May 2020\n\nText.\n")
    return d


@pytest.fixture(scope="module")
def listed(messy):
    r = run_sse("list", "--json", corpus=messy, timeout=300)
    return r, {row["id"]: row for row in json.loads(r.stdout)}


def test_list_over_a_messy_folder_succeeds_and_keeps_every_good_file(listed):
    r, rows = listed
    assert r.returncode == 0
    assert_clean(r)
    for good in (
        "001",
        "012",
        "013",
        "030",
        "031",
        "032",
        "033",
        "034",
        "035",
        "040",
        "041",
        "042",
        "050",
        "051",
        "063",
        "080",
        "080_b",
    ):
        assert good in rows, good


@pytest.mark.parametrize(
    "name,reason",
    [
        ("010_empty.txt", "empty file"),
        ("011_blank.txt", "only white space"),
        ("020_image.txt", "PNG image"),
        ("021_paper.txt", "PDF document"),
        ("022_nul.txt", "NUL bytes"),
        ("060_folder.txt", "a folder"),
        ("061_broken_link.txt", "broken symbolic link"),
        ("062_outside_link.txt", "outside the corpus"),
    ],
)
def test_each_bad_file_is_named_on_stderr_with_its_reason(listed, name, reason):
    r, rows = listed
    line = next(ln for ln in r.stderr.splitlines() if name in ln)
    assert line.startswith("sse: skipped") and reason in line
    assert name[:3] not in rows


@pytest.mark.parametrize(
    "name,note",
    [
        ("031_utf16.txt", "UTF-16"),
        ("032_utf16le_nobom.txt", "UTF-16"),
        ("033_cp1252.txt", "decoded as"),
        ("034_latin1.txt", "decoded as"),
        ("035_bad_utf8.txt", "replaced"),
        ("051_huge.txt", "only the first 512 KB"),
        ("080_b.txt", "this file's id is 080_b"),
    ],
)
def test_guesses_and_cuts_are_said_on_stderr(listed, name, note):
    r, _ = listed
    assert any(name in ln and note in ln for ln in r.stderr.splitlines())


def test_other_encodings_are_decoded_right(listed):
    _, rows = listed
    assert rows["031"]["title"] == "Cooperatives meet in Incheon"
    assert rows["032"]["title"] == "Cooperatives meet in Daegu"
    assert rows["033"]["title"] == "Coopératives: “a new start” for São Paulo"
    assert rows["034"]["title"] == "Économie sociale à Genève"
    assert rows["030"]["title"] == "Cooperatives meet in Busan"  # no BOM in the title


def test_line_ends_tabs_and_no_break_spaces_read_alike(listed):
    _, rows = listed
    for rid in ("040", "041", "042"):
        assert rows[rid]["title"] == "Cooperatives meet in Seoul" and rows[rid]["date"] == "2023-07-03", rid


def test_nested_folders_are_read_only_with_recursive(messy):
    assert "070" not in {row["id"] for row in json.loads(run_sse("list", "--json", corpus=messy).stdout)}
    r = run_sse("--recursive", "list", "--json", corpus=messy)
    assert r.returncode == 0 and "070" in {row["id"] for row in json.loads(r.stdout)}


def test_duplicate_ids_are_both_kept_and_both_shown(messy):
    a = json.loads(run_sse("show", "080", "--json", corpus=messy).stdout)
    b = json.loads(run_sse("show", "080_b", "--json", corpus=messy).stdout)
    assert (a["title"], b["title"]) == ("First of two", "Second of two")


@pytest.mark.parametrize(
    "command",
    [
        ["timeline", "--json"],
        ["show", "051", "--json"],
        ["show", "033"],
        ["search", "cooperatives", "--json"],
        ["search", "Genève"],
    ],
)
def test_other_commands_over_the_messy_folder(messy, command):
    run_sse("list", corpus=messy, timeout=300)  # the refresh that finds the problems says them
    r = run_sse(*command, corpus=messy, timeout=300)
    assert r.returncode == 0
    assert_clean(r)
    assert "020_image.txt" not in r.stderr  # said once, by the refresh that found it
    if "--json" in command:
        json.loads(r.stdout)


def test_the_problems_found_are_kept_and_listed_again(messy):
    run_sse("list", corpus=messy, timeout=300)
    r = run_sse("index", "--problems", corpus=messy)
    assert r.returncode == 0 and r.stderr == ""
    lines = r.stdout.splitlines()
    assert "020_image.txt\tskipped\tnot a text article: a PNG image" in lines
    assert "033_cp1252.txt\tread\tnot UTF-8: decoded as Windows-1252" in lines
    rows = json.loads(run_sse("index", "--problems", "--json", corpus=messy).stdout)
    assert {"file": "061_broken_link.txt", "skipped": True, "reason": "broken symbolic link"} in rows


def test_quiet_says_nothing_but_errors(tmp_path):
    (tmp_path / "001_good.txt").write_text(GOOD)
    (tmp_path / "002_empty.txt").write_text("")
    r = run_sse("-q", "list", "--org", "Nobody at all", corpus=tmp_path)
    assert r.returncode == 0 and r.stderr == "" and r.stdout == ""
    r = run_sse("-q", "show", "999", corpus=tmp_path)
    assert r.returncode == 1 and r.stderr.startswith("sse: no record with id '999'")


def test_an_unreadable_file_is_named_and_the_rest_listed(tmp_path, cli, monkeypatch):
    # Tests run as root in CI, where permissions do not stop a read: make the read fail instead.
    (tmp_path / "001_good.txt").write_text(GOOD)
    (tmp_path / "002_locked.txt").write_text(GOOD)
    real_open = Path.open

    def locked_open(self, *args, **kwargs):
        if self.name == "002_locked.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", locked_open)
    r = cli("--corpus", str(tmp_path), "list", "--json")
    assert r.exit_code == 0
    assert [row["id"] for row in json.loads(r.stdout)] == ["001"]
    assert "sse: skipped 002_locked.txt: Permission denied" in r.stderr


def test_markup_and_escape_sequences_never_reach_the_terminal(cli):
    r = cli("--corpus", str(HOSTILE), "show", "001")
    assert r.exit_code == 0
    assert "[bold red]" in r.stdout and "[link=file:///etc/passwd]" in r.stdout  # literal text
    assert "\x1b" not in r.stdout and "\x07" not in r.stdout and "\x9b" not in r.stdout
    listing = cli("--corpus", str(HOSTILE), "list")
    assert "\x1b" not in listing.stdout and "[bold red]" in listing.stdout


def test_escape_sequences_are_gone_from_json_too(cli):
    data = json.loads(cli("--corpus", str(HOSTILE), "show", "001", "--json").stdout)
    assert "\x1b" not in data["text"] and "\x07" not in data["text"] and "Hostile title" in data["title"]


@pytest.mark.parametrize("ident", ["../../etc/passwd", "/etc/passwd", "..", "seeds/003_126183a6a2cf459b.txt"])
def test_ids_that_are_paths_are_not_found(cli, ident):
    r = cli("show", ident)
    assert r.exit_code == 1 and "no record with id" in r.stderr and "root:" not in r.stdout


def test_a_closed_pipe_ends_quietly():
    p = subprocess.run(
        f"{sys.executable} -m ssecli --corpus {SEEDS} timeline | head -1",
        shell=True,
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
    )
    assert p.stderr == "" and len(p.stdout.splitlines()) == 1


def test_ctrl_c_exits_130_without_a_traceback(tmp_path):
    text = (SEEDS / "001_58839891dcc834f1.txt").read_text()
    for n in range(400):
        (tmp_path / f"{n:04d}_copy.txt").write_text(text)
    p = subprocess.Popen(
        [sys.executable, "-m", "ssecli", "--corpus", str(tmp_path), "list"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(1.5)
    p.send_signal(signal.SIGINT)
    out, err = p.communicate(timeout=60)
    assert p.returncode == 130
    assert "Traceback" not in err and "interrupted" in err
