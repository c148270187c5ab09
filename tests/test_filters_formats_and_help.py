"""The terminal habits of issue 5: entity listings, stats, formats, fields, dates in filters,
negative filters, suggestions, export, CSV safety, colour, pager, completion, help."""

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from ssecli.output.formats import plain_cell, safe_cell

from .conftest import DATA


def test_people_with_an_org_lists_the_people_who_appear_with_it(cli):
    r = cli("people", "--org", "KoSEA", "--json")
    assert r.exit_code == 0
    rows = json.loads(r.stdout)
    names = {row["name"] for row in rows}
    assert {"Insun Kim", "Hyun-Gon Jung"} <= names
    insun = next(row for row in rows if row["name"] == "Insun Kim")
    assert insun["roles"] == ["president of KoSEA"] and insun["ids"] == ["003"] and insun["count"] == 1


def test_orgs_are_sorted_by_count_with_aliases_and_ids(cli):
    rows = json.loads(cli("orgs", "--json").stdout)
    counts = [row["count"] for row in rows]
    assert counts == sorted(counts, reverse=True)
    ilo = rows[0]
    assert "ILO" in ilo["aliases"] and {"001", "003", "004", "000"} <= set(ilo["ids"])
    assert ilo["count"] == len(ilo["ids"])


def test_places_table_shows_name_and_count(cli):
    r = cli("places", "--fields", "name,count", "--format", "table")
    assert r.exit_code == 0
    assert "Korea" in r.stdout and "count" in r.stdout.splitlines()[1]


def test_stats_json_and_bars(cli):
    data = json.loads(cli("stats", "--json").stdout)
    assert data["per_year"]["2023"] == sum(v for k, v in data["per_month"].items() if k.startswith("2023"))
    assert data["records"] == len(json.loads(cli("list", "--json").stdout))
    r = cli("stats")
    assert r.exit_code == 0 and "records per year" in r.stdout and "█" in r.stdout


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "md"])
def test_every_format_carries_the_chosen_fields(cli, fmt):
    r = cli("list", "--org", "KoSEA", "--format", fmt, "--fields", "id,date")
    assert r.exit_code == 0
    if fmt == "json":
        rows = json.loads(r.stdout)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in r.stdout.splitlines()]
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.stdout)))
    else:
        lines = r.stdout.splitlines()
        assert lines[0] == "| id | date |" and lines[1] == "|---|---|"
        rows = [
            dict(zip(["id", "date"], [c.strip() for c in ln.strip("|").split("|")][:2], strict=True))
            for ln in lines[2:]
        ]
    assert [row["id"] for row in rows] == ["002.2", "004", "003"]
    assert all(set(row) == {"id", "date"} for row in rows)


def test_json_shortcut_keeps_the_contract(cli):
    assert cli("list", "--json").stdout == cli("list", "--format", "json").stdout


def test_an_unknown_field_exits_2_listing_the_valid_ones(cli):
    r = cli("list", "--fields", "id,nope")
    assert r.exit_code == 2 and r.stdout == ""
    assert "unknown field 'nope'" in r.stderr and "valid fields: id, date" in r.stderr


@pytest.mark.parametrize(
    "value,since,until",
    [
        ("last year", "2023-01-01", "2023-12-31"),
        ("3 months ago", "2023-12-15", "2023-12-15"),
        ("yesterday", "2024-03-14", "2024-03-14"),
        ("this month", "2024-03-01", "2024-03-31"),
        ("June 2023", "2023-06-01", "2023-06-30"),
        ("30 June 2023", "2023-06-30", "2023-06-30"),
        ("2023-06", "2023-06-01", "2023-06-30"),
        ("2023", "2023-01-01", "2023-12-31"),
    ],
)
def test_dates_in_filters_the_way_git_and_jrnl_read_them(monkeypatch, value, since, until):
    from ssecli.query import parse_bound

    monkeypatch.setenv("SSE_TODAY", "2024-03-15")
    assert str(parse_bound(value, "--since", end=False)) == since
    assert str(parse_bound(value, "--until", end=True)) == until


def test_relative_dates_filter_records(cli):
    ids = [
        row["id"]
        for row in json.loads(cli("list", "--since", "last year", "--json", env={"SSE_TODAY": "2024-01-10"}).stdout)
    ]
    assert ids and all(i.startswith(("000", "002")) for i in ids)  # the 2023 records only


def test_on_takes_one_month(cli):
    ids = [row["id"] for row in json.loads(cli("list", "--on", "2023-07", "--json").stdout)]
    assert ids == ["000"]
    ids = [row["id"] for row in json.loads(cli("list", "--on", "2020", "--json").stdout)]
    assert ids == ["004"]


def test_a_wrong_date_exits_2_saying_what_is_accepted(cli):
    r = cli("list", "--on", "someday soon")
    assert r.exit_code == 2 and "--on: cannot read" in r.stderr and "3 months ago" in r.stderr


def test_not_org_and_not_person_leave_records_out(cli):
    all_ilo = {row["id"] for row in json.loads(cli("list", "--org", "ILO", "--json").stdout)}
    no_kosea = {row["id"] for row in json.loads(cli("list", "--org", "ILO", "--not-org", "KoSEA", "--json").stdout)}
    assert "004" in all_ilo and "004" not in no_kosea and "001" in no_kosea
    no_kim = {row["id"] for row in json.loads(cli("list", "--not-person", "Kim", "--json").stdout)}
    assert not no_kim & {"000", "003", "004"} and "001" in no_kim


def test_repeated_org_is_and_and_help_says_so(cli):
    both = {row["id"] for row in json.loads(cli("list", "--org", "ILO", "--org", "KoSEA", "--json").stdout)}
    assert both == {"002.2", "003", "004"}
    assert "AND" in cli("list", "--help").stdout


def test_a_near_miss_gets_a_suggestion_on_stderr(cli):
    r = cli("list", "--org", "ILLO")
    assert r.exit_code == 0
    assert "no organisation 'ILLO'; did you mean ILO?" in r.stderr
    assert "did you mean" not in r.stdout


def test_export_jsonl_has_every_record_with_text(cli, tmp_path):
    r = cli("export")
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["000", "001"] + [f"002.{i}" for i in range(1, 11)] + ["003", "004"]
    assert all(row["text"] for row in rows)
    out = tmp_path / "records.csv"
    r = cli("export", "--format", "csv", "--output", str(out))
    assert r.exit_code == 0 and r.stdout == "" and "wrote 14 records" in r.stderr
    with out.open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 14


def test_export_is_every_record_a_fresh_parse_gives(cli):
    from ssecli.store import parse_folder

    from .conftest import SEEDS
    from .reference import entries

    rows = [json.loads(line) for line in cli("export").stdout.splitlines()]
    assert rows == [r.to_dict(with_text=True) for r in entries(parse_folder(SEEDS)[0])]


@pytest.mark.parametrize(
    "rows",
    [
        [],
        [{"id": "1", "orgs": [{"name": "ILO", "aliases": ["BIT"]}], "n": None}],
        [{"a": "x\ny", "b": [], "c": {}}, {"a": "é", "b": [1, [2]], "c": {"d": True}}],
    ],
)
def test_a_json_export_written_a_row_at_a_time_is_the_json_of_the_whole_list(rows):
    from ssecli.output.formats import write_rows

    out = io.StringIO()
    assert write_rows(iter(rows), "json", out) == len(rows)
    assert out.getvalue() == json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize(
    "value,cell",
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-x", "'-x"),
        ("@SUM", "'@SUM"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("ILO", "ILO"),
        (None, ""),
        (3, "3"),
    ],
)
def test_csv_cells_never_run_as_formulas(value, cell):
    assert safe_cell(value) == cell


def test_csv_export_neutralises_a_formula_in_an_article(tmp_path, cli):
    (tmp_path / "001_x.txt").write_text(
        "+10 cooperatives join the ILO network\n\nThe ILO said on 3 May 2023 that ten cooperatives joined.\n",
        encoding="utf-8",
    )
    r = cli("--corpus", str(tmp_path), "export", "--format", "csv")
    row = next(csv.DictReader(io.StringIO(r.stdout)))
    assert row["text"].startswith("'+10 cooperatives")


def test_color_always_and_never(cli):
    always = cli("--color", "always", "list", "--org", "KoSEA", env={"NO_COLOR": ""})
    assert "\x1b[" in always.stdout
    never = cli("--color", "never", "list", "--org", "KoSEA", env={"FORCE_COLOR": "1"})
    assert "\x1b[" not in never.stdout


def test_force_color_env_is_honoured_on_auto(cli):
    r = cli("list", "--org", "KoSEA", env={"NO_COLOR": "", "FORCE_COLOR": "1"})
    assert "\x1b[" in r.stdout


def test_pager_is_never_used_on_a_pipe(tmp_path):
    marker = tmp_path / "paged"
    env = {**os.environ, "SSE_PAGER": f"touch {marker}"}
    r = subprocess.run([sys.executable, "-m", "ssecli", "timeline"], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and "2023" in r.stdout and not marker.exists()


def test_pager_command_order(monkeypatch):
    from ssecli.settings import pager_command

    monkeypatch.delenv("SSE_PAGER", raising=False)
    monkeypatch.delenv("PAGER", raising=False)
    assert pager_command() == "less -R"
    monkeypatch.setenv("PAGER", "more")
    assert pager_command() == "more"
    monkeypatch.setenv("SSE_PAGER", "most")
    assert pager_command() == "most"


def test_version_and_no_command_prints_help(cli):
    from ssecli import __version__

    r = cli("--version")
    assert r.exit_code == 0 and r.stdout.strip() == f"sse {__version__}"
    r = cli()  # like git: help on stderr, exit 2 (no command is a usage error), nothing on stdout
    assert r.exit_code == 2 and r.stdout == ""
    assert "Usage: sse" in r.stderr and "orgs" in r.stderr and "export" in r.stderr


@pytest.mark.parametrize("command", ["list", "timeline", "show", "orgs", "people", "places", "stats", "export"])
def test_every_help_ends_with_examples(cli, command):
    r = cli(command, "--help")
    assert r.exit_code == 0
    assert "Examples:" in r.stdout and f"sse {command}" in r.stdout.split("Examples:")[1]


def test_unknown_id_exits_1(cli):
    r = cli("show", "999")
    assert r.exit_code == 1 and "no record with id '999'" in r.stderr


def _complete(words: str, cword: int) -> list[str]:
    from pathlib import Path

    sse = Path(sys.executable).parent / "sse"
    env = {**os.environ, "_SSE_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    r = subprocess.run([str(sse)], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and r.stderr == ""
    return r.stdout.splitlines()


def test_completion_of_commands_and_options():
    assert _complete("sse pe", 1) == ["people"]
    assert _complete("sse list --not", 2) == ["--not-org", "--not-person"]


def test_completion_of_record_ids_for_show():
    assert _complete("sse show 002.1", 2) == ["002.1", "002.10"]


def test_completion_of_names_for_filters():
    # bash inserts a reply as it is: a name of several words comes with its spaces escaped
    assert _complete("sse list --org Ko", 3) == ["Korea\\ Social\\ Enterprise\\ Promotion\\ Agency", "KoSEA"]
    assert "Insun\\ Kim" in _complete("sse timeline --person Ins", 3)
    assert all(c.startswith("Kor") for c in _complete("sse orgs --place Kor", 3)) and _complete(
        "sse orgs --place Kor", 3
    )


def test_completion_of_field_names():
    assert _complete("sse list --fields id,da", 3) == ["id,date", "id,date_inferred"]
    assert _complete("sse people --fields ro", 3) == ["roles"]


def test_completion_of_a_broken_corpus_completes_nothing(tmp_path):
    env_corpus = str(tmp_path / "missing")
    assert not any(_complete(f"sse --corpus {env_corpus} show 00", 4))  # and no traceback on stderr


@pytest.mark.parametrize(
    "start,end,length",
    [
        ("2021", "2023", "3 years"),
        ("2023-06-29", "2023-07-05", "7 days"),
        ("2023-03", "2023-05", "3 months"),
        ("2023-06-30", "2023-06-30", ""),
        ("2024-02-28", "2024-03-01", "3 days"),
    ],
)
def test_span_length(start, end, length):
    from ssecli.output.formats import span_length

    assert span_length(start, end) == length


def test_timeline_draws_spans_with_their_length_and_marks_inferred_dates(cli):
    r = cli("timeline", "--format", "table")
    assert r.exit_code == 0
    assert "2019 → 2021 (3 years)" in r.stdout  # 003: 'from 2019 to 2021'
    inferred = [ln for ln in r.stdout.splitlines() if "│ 000" in ln]
    assert inferred and all("~" in ln for ln in inferred)  # 000's dates are read from its text
    assert "~ inferred" in r.stdout


def test_timeline_by_record_is_one_line_per_record(cli):
    rows = json.loads(cli("timeline", "--by", "record", "--json").stdout)
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids)) and ids[0] == "001"
    r9 = next(row for row in rows if row["id"] == "002.9")
    assert (r9["start"], r9["end"], r9["events"]) == ("2023-03-15", "2023-03-21", 2)
    r = cli("timeline", "--by", "record", "--format", "table")
    assert r.exit_code == 0 and "2023-03-15 → 2023-03-21 (7 days)" in r.stdout


def test_timeline_json_contract_unchanged(cli):
    rows = json.loads(cli("timeline", "--json").stdout)
    assert all(list(row) == ["id", "title", "record_date", "start", "end", "text", "surface"] for row in rows)


def test_timeline_takes_format_and_fields(cli):
    r = cli("timeline", "--org", "KoSEA", "--format", "csv", "--fields", "id,start,end")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert r.exit_code == 0 and {"id": "003", "start": "2019", "end": "2021"} in rows
    r = cli("timeline", "--by", "record", "--format", "jsonl", "--fields", "id,events")
    assert json.loads(r.stdout.splitlines()[0]) == {"id": "001", "events": 8}
    assert cli("timeline", "--fields", "nope").exit_code == 2


def test_keyboard_interrupt_exits_130(monkeypatch, capsys):
    import ssecli.cli.core as cli_module

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli_module, "app", interrupted)
    with pytest.raises(SystemExit) as e:
        cli_module.main()
    assert e.value.code == 130 and "sse: interrupted" in capsys.readouterr().err


def _sse(*args, cwd=None):
    env = {**os.environ, "COLUMNS": "100", "NO_COLOR": "1"}
    return subprocess.run([sys.executable, "-m", "ssecli", *args], capture_output=True, text=True, env=env, cwd=cwd)


def test_the_command_is_found_after_options_and_their_values(tmp_path):
    """`sse` builds only the command a line names; a folder named like a command is no command."""
    folder = tmp_path / "list"
    folder.mkdir()
    (folder / "001_a.txt").write_text("A note\n\n6 June 2023\n\nThe ILO met in Geneva on 6 June 2023.\n")
    r = _sse("--corpus", "list", "--index", "i.sqlite", "--color", "never", "show", "001", cwd=tmp_path)
    assert r.returncode == 0 and "A note" in r.stdout
    r = _sse("--corpus=list", "--index", "i.sqlite", "timeline", cwd=tmp_path)
    assert r.returncode == 0 and r.stdout.startswith("2023-06-06\t2023-06-06\t001\t")


def test_help_lists_every_command_and_a_mistyped_one_gets_a_suggestion():
    r = _sse("--help")
    commands = r.stdout.split("Commands:")[1].split()
    assert r.returncode == 0
    assert {"list", "timeline", "show", "orgs", "people", "places", "stats", "export", "index", "search"} <= set(
        commands
    )
    r = _sse("lst", "--org", "ILO")
    assert r.returncode == 2 and "No such command 'lst'" in r.stderr and "list" in r.stderr


def test_a_pipe_gets_no_colour_and_iso_dates():
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    r = subprocess.run(
        [sys.executable, "-m", "ssecli", "list", "--org", "KoSEA"], capture_output=True, text=True, env=env
    )
    assert r.returncode == 0 and "\x1b[" not in r.stdout
    assert "2023-04-11" in r.stdout and "2020-05-21" in r.stdout


def test_long_output_on_a_terminal_goes_through_the_pager(tmp_path):
    import pty

    marker = tmp_path / "paged"
    pager = f"{sys.executable} -c \"import sys; open({str(marker)!r}, 'w').write(sys.stdin.read())\""
    env = {**os.environ, "SSE_PAGER": pager, "LINES": "20", "COLUMNS": "100"}
    import threading

    main, child = pty.openpty()

    def drain():  # read the terminal so a long --no-pager output never blocks on a full pty buffer
        try:
            while os.read(main, 65536):
                pass
        except OSError:
            pass

    threading.Thread(target=drain, daemon=True).start()
    try:
        for extra, paged in ((["--no-pager"], False), ([], True)):
            r = subprocess.run(
                [sys.executable, "-m", "ssecli", *extra, "timeline"],
                stdout=child,
                stderr=subprocess.PIPE,
                env=env,
                timeout=60,
            )
            assert r.returncode == 0
            assert marker.exists() is paged
        assert "2019 → 2021 (3 years)" in marker.read_text(encoding="utf-8")
    finally:
        os.close(main)
        os.close(child)


def test_exit_codes_are_documented_and_a_bad_format_is_a_usage_error(cli):
    assert "Exit codes: 0 success" in cli("--help").stdout
    r = cli("orgs", "--format", "xml")
    assert r.exit_code == 2 and "unknown format 'xml'" in r.stderr and r.stdout == ""


def test_a_pipe_gets_plain_lines_and_format_table_gets_the_table(cli):
    plain = cli("list", "--org", "KoSEA")
    assert plain.exit_code == 0
    lines = plain.stdout.splitlines()
    assert lines[0].split("\t")[:2] == ["002.2", "2023-04-11"] and "┃" not in plain.stdout
    assert all(len(ln.split("\t")) == 5 for ln in lines)  # id, date, title, organisations, people
    assert "┃ id" in cli("list", "--org", "KoSEA", "--format", "table").stdout
    assert cli("list", "--org", "KoSEA", "--fields", "id,date").stdout.splitlines()[0] == "002.2\t2023-04-11"


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--since", "2023"],
        ["--until", "2021"],
        ["--org", "ILO"],
        ["--person", "Kim"],
        ["--not-org", "ILO", "--since", "2000"],
    ],
)
def test_a_pipe_gets_the_timeline_as_the_json_rows_tab_separated(args):
    """A pipe's timeline lines come from the index as written; they are the JSON rows' start,
    end, id and text, in the same order, on the hand-written test set."""

    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    base = [sys.executable, "-m", "ssecli", "--corpus", str(DATA / "corpus"), "timeline", *args]
    plain = subprocess.run(base, capture_output=True, text=True, env=env)
    rows = json.loads(subprocess.run([*base, "--json"], capture_output=True, text=True, env=env).stdout)
    assert plain.returncode == 0 and rows
    expected = ["\t".join(plain_cell(row[k]) for k in ("start", "end", "id", "text")) for row in rows]
    assert plain.stdout.splitlines() == expected
