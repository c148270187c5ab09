"""The three commands users asked for, their exit codes and their JSON contract."""

import json

RECORD_KEYS = {"id", "source", "title", "date", "date_inferred", "orgs", "people", "places", "events", "items"}


def test_list_org_ilo_prints_a_table(cli):
    r = cli("list", "--org", "ILO")
    assert r.exit_code == 0
    assert "001" in r.stdout and "002.1" in r.stdout and "004" in r.stdout
    assert "┃ id" in r.stdout or "id" in r.stdout.splitlines()[1]


def test_list_json_follows_the_contract(cli):
    r = cli("list", "--json")
    rows = json.loads(r.stdout)
    assert all(RECORD_KEYS <= set(row) and "text" not in row for row in rows)
    assert [row["id"] for row in rows][:3] == ["000", "002.1", "002.2"]  # newest first: 2023-07 (inferred)
    assert rows[-1]["id"] == "003"  # undated last


def test_org_filter_matches_any_alias_and_sub_units(cli):
    ids = {row["id"] for row in json.loads(cli("list", "--org", "International Labour Organization", "--json").stdout)}
    assert {"000", "001", "003", "004"} <= ids
    coop = {row["id"] for row in json.loads(cli("list", "--org", "COOP", "--json").stdout)}
    assert "004" in coop and "002.9" in coop


def test_person_filter_is_accent_and_case_insensitive(cli):
    ids = [row["id"] for row in json.loads(cli("list", "--person", "kim", "--json").stdout)]
    assert set(ids) == {"000", "003", "004"}


def test_filters_combine_with_and(cli):
    ids = [
        row["id"]
        for row in json.loads(cli("list", "--org", "KoSEA", "--since", "2020", "--until", "2020-12", "--json").stdout)
    ]
    assert ids == ["004"]


def test_limit(cli):
    assert len(json.loads(cli("list", "--limit", "3", "--json").stdout)) == 3


def test_no_match_is_success_with_a_message(cli):
    r = cli("list", "--org", "No Such Body", "--json")
    assert r.exit_code == 0 and json.loads(r.stdout) == []
    assert "no record matches" in r.stderr


def test_bad_date_exits_2_naming_the_option(cli):
    r = cli("list", "--since", "someday soon")
    assert r.exit_code == 2
    assert "--since" in r.stderr


def test_show_003_json(cli):
    r = cli("show", "003", "--json")
    data = json.loads(r.stdout)
    assert r.exit_code == 0
    assert RECORD_KEYS | {"text"} <= set(data)
    assert data["source"] == "003_126183a6a2cf459b.txt" and data["date"] is None
    assert all(set(e) >= {"start", "end", "text"} for e in data["events"])


def test_show_accepts_stem_and_file_name(cli):
    for ident in ("003_126183a6a2cf459b", "003_126183a6a2cf459b.txt"):
        assert json.loads(cli("show", ident, "--json").stdout)["id"] == "003"


def test_show_listing_page_and_item(cli):
    page = json.loads(cli("show", "002", "--json").stdout)
    assert len(page["items"]) == 10 and page["items"][3]["id"] == "002.4"
    item = json.loads(cli("show", "002.2", "--json").stdout)
    assert item["date"] == "2023-04-11" and [p["name"] for p in item["people"]] == ["Hyun-Gon Jung"]


def test_show_unknown_id_exits_1_with_suggestions(cli):
    r = cli("show", "0003")
    assert r.exit_code == 1
    assert "did you mean" in r.stderr and "003" in r.stderr


def test_show_table_has_metadata_and_text(cli):
    r = cli("--color", "always", "show", "003")
    assert r.exit_code == 0
    assert r.stdout.startswith("╭─") and "\x1b[" in r.stdout
    for fragment in ("KoSEA", "Vic Van Vurren", "Hongseong", "2019-09-05", "unknown"):
        assert fragment in r.stdout


def test_show_on_a_pipe_is_field_lines_then_the_text_as_saved(cli):
    r = cli("show", "003")
    assert r.exit_code == 0
    head, body = r.stdout.split("\n--\n", 1)
    fields = dict(line.split("\t", 1) for line in head.splitlines())
    assert list(fields) == ["title:", "id:", "source:", "date:", "organisations:", "people:", "places:", "events:"]
    assert fields["id:"] == "003" and fields["date:"] == "unknown"
    assert "Vic Van Vurren (Director of Enterprises Department, ILO)" in fields["people:"].split("; ")
    assert "Ministry of Employment and Labour (MOEL)" in fields["organisations:"].split("; ")
    assert fields["events:"].split("; ")[0] == "2019-09-05 September 5, 2019"
    assert "2019 → 2021 (3 years) from 2019 to 2021" in fields["events:"].split("; ")
    data = json.loads(cli("show", "003", "--json").stdout)
    assert body == data["text"].rstrip("\n") + "\n"  # not wrapped to the terminal's width
    assert "╭" not in r.stdout and "\x1b" not in r.stdout


def test_show_of_a_listing_on_a_pipe_has_a_line_an_item(cli):
    body = cli("show", "002").stdout.split("\n--\n", 1)[1]
    lines = body.splitlines()
    assert len(lines) == 10
    assert (
        lines[1] == "002.2\t2023-04-11\tInterview with Mr. Hyun-Gon Jung, President of KoSEA "
        "(Korea Social Enterprise Promotion Agency)"
    )


def _one_table(out: str, caption: bool) -> list[list[str]]:
    """The cells of each line of a table printed in parts, checked to read as one table: one top
    edge and header, one bottom edge, every line as wide and its bars where the others have them."""
    lines = out.splitlines()
    if caption:
        assert lines.pop().strip() == "~ inferred: the article has no date of its own"
    assert lines[0].startswith("┏") and sum(ln.startswith(("┏", "┡")) for ln in lines) == 2
    assert lines[-1].startswith("└") and sum(ln.startswith("└") for ln in lines) == 1
    assert len({len(ln) for ln in lines}) == 1
    bars = {i for i, ch in enumerate(lines[3]) if ch == "│"}
    assert all({i for i, ch in enumerate(ln) if ch in "│├┼┤"} == bars for ln in lines[3:-1])
    return [[c.strip() for c in ln.split("│")[1:-1]] for ln in lines[3:-1] if ln.startswith("│")]


def test_a_timeline_table_drawn_in_parts_reads_as_one_table(cli, monkeypatch):
    from ssecli.output import tables as render

    whole = cli("timeline", "--format", "table").stdout
    monkeypatch.setattr(render, "PART_ROWS", 3)
    out = cli("timeline", "--format", "table").stdout
    assert out != whole  # more than one part, with widths from the first part only
    cells = _one_table(out, caption=True)
    # Row by row, the events of the JSON timeline: a year's heading once, then its events' ids.
    heading = [c[0] for c in cells if c[0][:4].isdigit() and len(c[0]) == 4 and not c[1] and not c[2]]
    ids = [c[1] for c in cells if c[1]]
    rows = json.loads(cli("timeline", "--json").stdout)
    assert ids == [r["id"] for r in rows]
    assert heading == sorted({r["start"][:4] for r in rows if r["start"]})


def test_a_timeline_by_record_drawn_in_parts_reads_as_one_table(cli, monkeypatch):
    from ssecli.output import tables as render

    monkeypatch.setattr(render, "PART_ROWS", 2)
    cells = _one_table(cli("timeline", "--by", "record", "--format", "table").stdout, caption=False)
    rows = json.loads(cli("timeline", "--by", "record", "--json").stdout)
    assert [c[1] for c in cells if c[1]] == [r["id"] for r in rows]
    assert [c[2] for c in cells if c[1]] == [str(r["events"]) for r in rows]


def test_an_entity_table_is_drawn_in_parts_with_long_cells_cut(cli, monkeypatch):
    from ssecli.output import tables as render

    monkeypatch.setattr(render, "PART_ROWS", 4)
    monkeypatch.setattr(render, "CELL_CAP", 20)
    out = cli("orgs", "--format", "table", env={"COLUMNS": "200"}).stdout
    cells = _one_table(out, caption=False)
    rows = json.loads(cli("orgs", "--json").stdout)
    assert [c[0] for c in cells if c[2]] == [n if len(n) <= 20 else n[:19] + "…" for n in (r["name"] for r in rows)]
    ilo = "; ".join(rows[0]["ids"])
    assert len(ilo) > 20 and ilo[:19] + "…" in out and ilo not in out
    assert ilo in cli("orgs", "--format", "csv").stdout  # whole where a program reads it


def test_a_list_table_drawn_in_parts_reads_as_one_table(cli, monkeypatch):
    from ssecli.output import tables as render

    monkeypatch.setattr(render, "PART_ROWS", 2)
    out = cli("list", "--format", "table").stdout
    cells = _one_table(out, caption=True)
    assert [c[0] for c in cells if c[0]] == [r["id"] for r in json.loads(cli("list", "--json").stdout)]
    assert cli("list", "--format", "table", "--org", "no such organisation").stdout == ""


def test_leaving_the_pager_stops_drawing_the_table(monkeypatch, tmp_path):
    import sys

    from ssecli.output.env import Output
    from ssecli.output.pager import page

    made = []

    def parts():
        for i in range(2000):
            made.append(i)
            yield f"line {i} " + "x" * 1000 + "\n"

    class Terminal:  # what the pager writes to: a terminal, as far as sse can tell
        def isatty(self):
            return True

        def fileno(self):
            return sys.stderr.fileno()

    monkeypatch.setenv("SSE_PAGER", f'{sys.executable} -c "import sys; sys.stdin.read(10)"')
    page(Output(pager=True, stdout=Terminal()), parts(), height=20)
    assert 20 < len(made) < 2000


def test_timeline_is_in_date_order_grouped_by_year(cli):
    rows = json.loads(cli("timeline", "--json").stdout)
    dated = [r["start"] for r in rows if r["start"]]
    assert dated == sorted(dated, key=lambda s: (s + "-01-01")[:10])
    import re

    headings = re.findall(r"^│ (\d{4}|undated) +│ +│", cli("timeline", "--format", "table").stdout, re.M)
    assert headings == sorted(set(headings)) and headings[0] == "2004"


def test_timeline_filters(cli):
    rows = json.loads(cli("timeline", "--since", "2023-04", "--org", "HOPE", "--json").stdout)
    assert {r["id"] for r in rows} == {"002.5"}


def test_corpus_option_and_environment(cli, tmp_path):
    (tmp_path / "7_note.txt").write_text("A note on cooperatives\n\nBrussels, 9 December 2021 - The ICA met.\n")
    rows = json.loads(cli("--corpus", str(tmp_path), "list", "--json").stdout)
    assert [(r["id"], r["date"]) for r in rows] == [("7", "2021-12-09")]
    rows = json.loads(cli("list", "--json", env={"SSE_CORPUS": str(tmp_path)}).stdout)
    assert [r["id"] for r in rows] == ["7"]


def test_missing_corpus_folder_is_an_error(cli, tmp_path):
    r = cli("--corpus", str(tmp_path / "nope"), "list")
    assert r.exit_code != 0
