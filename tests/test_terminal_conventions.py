"""What people who live in git log, gh, jrnl, zk and sqlite-utils expect (issue 22): stemmed
search, whole-word filters, --reverse and --sort, templates, help a person reads, completion,
the config file."""

import json

import pytest

from .conftest import SEEDS


def ids(r) -> list[str]:
    assert r.exit_code == 0, r.stderr
    return [h["id"] for h in json.loads(r.stdout)]


@pytest.fixture()
def small(tmp_path):
    """Four articles whose words differ only in their forms."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "1_a.txt").write_text("Cooperatives in Korea\n\n1 May 2023\n\nThe cooperatives met in Seoul.\n")
    (corpus / "2_b.txt").write_text("A cooperation plan\n\n2 May 2023\n\nThey signed it for decent work.\n")
    (corpus / "3_c.txt").write_text("Work that is decent\n\n3 May 2023\n\nWork, they said, must be decent.\n")
    (corpus / "4_d.txt").write_text("La coopérative\n\n4 May 2023\n\nUne coopérative sociale à Lyon.\n")
    return str(corpus)


# (1) search


def test_search_finds_every_form_of_a_word(cli, small):
    # porter's stem of all three is 'cooper'; the accent is dropped before it
    assert set(ids(cli("--corpus", small, "search", "cooperative", "--json"))) == {"1", "2", "4"}
    assert ids(cli("--corpus", small, "search", "seoul", "--json")) == ["1"]


def test_search_keeps_exact_phrases(cli, small):
    assert ids(cli("--corpus", small, "search", '"decent work"', "--json")) == ["2"]
    assert set(ids(cli("--corpus", small, "search", "decent", "work", "--json"))) == {"2", "3"}


def test_a_trailing_star_is_a_prefix_without_raw(cli, small):
    assert set(ids(cli("--corpus", small, "search", "cooperat*", "--json"))) == {"1", "2", "4"}
    assert ids(cli("--corpus", small, "search", "cooperatio*", "--json")) == ["2"]
    assert ids(cli("--corpus", small, "search", "cooperatio", "--json")) == []


@pytest.mark.parametrize("query", ["", "  "])
def test_an_empty_search_is_a_usage_error(cli, query):
    r = cli("--corpus", str(SEEDS), "search", query)
    assert r.exit_code == 2 and "no words" in r.stderr and r.stdout == ""


# (2) filters match whole words


def test_a_filter_value_matches_whole_words_of_a_name(cli):
    un = ids(cli("--corpus", str(SEEDS), "list", "--org", "UN", "--json"))
    assert un == ["002.7", "002.8", "002.10"]  # UN DESA, UN Water, the UN Task Force
    univ = ids(cli("--corpus", str(SEEDS), "list", "--org", "University", "--json"))
    assert not set(un) & set(univ)
    labour = ids(cli("--corpus", str(SEEDS), "list", "--org", "labour", "--json"))
    assert "003" in labour and ids(cli("--corpus", str(SEEDS), "list", "--org", "labou", "--json")) == []


def test_a_filter_value_ignores_accents_and_case(cli):
    assert ids(cli("--corpus", str(SEEDS), "list", "--org", "KOSÉA", "--json")) == ids(
        cli("--corpus", str(SEEDS), "list", "--org", "kosea", "--json")
    )


@pytest.mark.parametrize("option", ["--org", "--person", "--place", "--not-org", "--not-person"])
@pytest.mark.parametrize("value", ["", "  ", "---", "2023"])
def test_a_filter_value_without_letters_is_a_usage_error(cli, option, value):
    r = cli("--corpus", str(SEEDS), "list", option, value)
    assert r.exit_code == 2 and "has no letters" in r.stderr and option in r.stderr and r.stdout == ""


# (3) order, export's filters, formats


def seeds(cli, *args, env=None):
    return cli("--corpus", str(SEEDS), *args, env=env)


def test_reverse_lists_oldest_first(cli):
    newest = ids(seeds(cli, "list", "--json"))
    oldest = ids(seeds(cli, "list", "--reverse", "--json"))
    undated = "003"
    assert newest[-1] == oldest[-1] == undated  # undated last either way
    assert oldest[:-1] == newest[-2::-1]
    assert ids(seeds(cli, "list", "--reverse", "-n", "2", "--json")) == ["004", "001"]


def test_sort_by_id_follows_the_numbers(cli):
    got = ids(seeds(cli, "list", "--sort", "id", "--json"))
    assert got.index("002.9") < got.index("002.10") and got[0] == "000"
    assert ids(seeds(cli, "list", "--sort", "id", "--reverse", "--json")) == got[::-1]


def test_sort_by_title(cli):
    r = seeds(cli, "list", "--sort", "title", "--json")
    titles = [h["title"].casefold() for h in json.loads(r.stdout)]
    assert titles == sorted(titles)


def test_search_sorts_and_reverses(cli):
    by_date = json.loads(seeds(cli, "search", "cooperative", "--sort", "date", "--json").stdout)
    dates = [h["date"] for h in by_date if h["date"]]
    assert dates == sorted(dates, reverse=True)
    ranked = ids(seeds(cli, "search", "Korea", "--json", "-n", "100"))
    assert ids(seeds(cli, "search", "Korea", "--reverse", "--json", "-n", "100")) == ranked[::-1]


def test_a_bad_sort_is_a_usage_error(cli):
    r = seeds(cli, "list", "--sort", "size")
    assert r.exit_code == 2 and "--sort" in r.stderr


def test_export_takes_the_filters_of_list(cli):
    r = seeds(cli, "export", "--org", "ILO", "--since", "2023-04", "--format", "jsonl")
    assert r.exit_code == 0, r.stderr
    exported = [json.loads(line)["id"] for line in r.stdout.splitlines()]
    listed = ids(seeds(cli, "list", "--org", "ILO", "--since", "2023-04", "--json"))
    assert sorted(exported) == sorted(listed) and len(listed) < 14


@pytest.mark.parametrize("fmt", ["csv", "md", "table", "jsonl"])
def test_json_with_another_format_is_a_usage_error(cli, fmt):
    r = seeds(cli, "list", "--json", "--format", fmt)
    assert r.exit_code == 2 and "--json" in r.stderr and r.stdout == ""
    assert seeds(cli, "list", "--json", "--format", "json").exit_code == 0


def test_markdown_prints_booleans_as_csv_and_json_do(cli):
    r = seeds(cli, "list", "--format", "md", "--fields", "id,date_inferred", "-n", "2")
    assert r.stdout.splitlines()[2:] == ["| 000 | true |", "| 002.1 | false |"]


@pytest.mark.parametrize(
    "command, has, lacks",
    [
        (["list"], "date_inferred", "aliases"),
        (["orgs"], "aliases", "date"),
        (["people"], "roles", "date"),
        (["search"], "snippet", "orgs"),
        (["timeline"], "record_date", "orgs"),
    ],
)
def test_fields_help_names_the_commands_own_fields(cli, command, has, lacks):
    r = cli(*command, "--help")
    line = " ".join(r.stdout.split("--fields", 1)[1].split("-h, --help")[0].split())
    assert has in line and f" {lacks}," not in line and f" {lacks}." not in line


# (4) templates


def test_a_template_prints_one_line_a_record(cli):
    r = seeds(cli, "list", "-n", "2", "--format", r"{id}\t{date}\t{date_inferred}")
    assert r.exit_code == 0 and r.stdout == "000\t2023-07\ttrue\n002.1\t2023-04-19\tfalse\n"


def test_a_template_takes_literal_braces_and_each_commands_fields(cli):
    first = json.loads(seeds(cli, "orgs", "--json").stdout)[0]
    r = seeds(cli, "orgs", "-n", "1", "--format", "{{{name}}} {count}")
    assert r.stdout == f"{{{first['name']}}} {first['count']}\n"
    r = seeds(cli, "timeline", "--by", "record", "--since", "2023-03-30", "--until", "2023-03-30", "--format", "{id}")
    assert r.exit_code == 0 and "002.6" in r.stdout.split()


@pytest.mark.parametrize("template, says", [("{id} {when}", "unknown field {when}"), ("{id", "a lone '{'")])
def test_a_bad_template_is_a_usage_error(cli, template, says):
    r = seeds(cli, "list", "--format", template)
    assert r.exit_code == 2 and says in r.stderr and r.stdout == ""


# (5) help, the inferred-date mark, a stale `show`


def test_command_summaries_fit_in_the_help_at_80_columns(cli):
    r = cli("--help", env={"COLUMNS": "80"})
    commands = r.stdout.split("Commands:", 1)[1].split("Exit codes", 1)[0]
    assert "list" in commands and "..." not in commands


@pytest.mark.parametrize("command", ["list", "timeline", "search", "orgs", "stats", "export", "show", "index"])
def test_help_shows_metavars_a_person_reads(cli, command):
    r = cli(command, "--help", env={"COLUMNS": "80"})
    assert r.exit_code == 0
    for python in ("<list[str]>", "<int", "<str>", "range]", "x>=1", "{WORDS}", "{ID}", "Value error"):
        assert python not in r.stdout, (command, python)


def test_list_help_names_its_metavars(cli):
    out = cli("list", "--help", env={"COLUMNS": "80"}).stdout
    for metavar in ("--org ORG", "--since DATE", "--limit N", "--fields FIELDS", "--person NAME"):
        assert metavar in out
    assert "Usage: sse search [OPTIONS] WORDS..." in cli("search", "--help").stdout


def test_a_count_below_one_is_a_usage_error(cli):
    r = seeds(cli, "list", "-n", "0")
    assert r.exit_code == 2 and "1 or more" in r.stderr


def test_the_list_table_explains_the_inferred_date_mark(cli):
    r = seeds(cli, "list", "--format", "table", "--org", "Sungkonghoe")
    assert r.exit_code == 0 and "2023-07~" in r.stdout and "~ inferred" in r.stdout
    r = seeds(cli, "list", "--format", "table", "--org", "KoSEA", "--since", "2023-04-11", "--until", "2023-04-11")
    assert "~" not in r.stdout  # no inferred date, no legend


def test_search_keeps_the_inferred_date_mark(cli):
    r = seeds(cli, "search", "Sungkonghoe", "--format", "table")
    assert r.exit_code == 0 and "2023-07~" in r.stdout and "~ inferred" in r.stdout


def test_show_warns_when_the_file_changed_after_the_last_refresh(cli, small):
    from pathlib import Path

    assert cli("--corpus", small, "list").exit_code == 0
    r = cli("--corpus", small, "show", "3")
    assert r.exit_code == 0 and "changed" not in r.stderr
    f = Path(small) / "3_c.txt"
    stat = f.stat()
    f.write_text(f.read_text().replace("must be", "shall be"))  # same size, in place
    import os

    os.utime(f, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    r = cli("--corpus", small, "show", "3")
    assert r.exit_code == 0 and "3_c.txt changed after the index was refreshed" in r.stderr
    assert "sse index" in r.stderr
    assert cli("--corpus", small, "index").exit_code == 0
    r = cli("--corpus", small, "show", "3")
    assert "changed" not in r.stderr and "shall be" in r.stdout


# (6) the first run


@pytest.mark.parametrize("command", [["list"], ["index"]])
def test_the_first_run_says_it_builds_the_place_names_on_a_terminal(cli, monkeypatch, command):
    import ssecli.cli.core as core
    import ssecli.store as store

    built = []
    monkeypatch.setattr(store, "places_ready", lambda: bool(built))
    monkeypatch.setattr(store, "build_places", lambda: built.append(1))
    monkeypatch.setattr(core, "stderr_is_terminal", lambda: True)
    r = cli("--color", "always", "--corpus", str(SEEDS), *command)
    assert r.exit_code == 0 and built == [1] and "building place names (once)..." in r.stderr
    r = cli("--color", "always", "--corpus", str(SEEDS), *command)
    assert built == [1] and "building place names" not in r.stderr


def test_the_first_run_is_silent_on_a_pipe_and_with_quiet(cli, monkeypatch):
    import ssecli.store as store

    built = []
    monkeypatch.setattr(store, "places_ready", lambda: bool(built))
    monkeypatch.setattr(store, "build_places", lambda: built.append(1))
    r = cli("--corpus", str(SEEDS), "list")
    assert r.exit_code == 0 and built == [1] and "building" not in r.stderr


# (7) completion


def _sse() -> str:
    import shutil
    import sys
    from pathlib import Path

    here = Path(sys.executable).parent / "sse"
    return str(here) if here.exists() else shutil.which("sse") or "sse"


def _complete(shell: str, line: str) -> str:
    import os
    import subprocess

    env = {**os.environ, "_SSE_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    if shell == "fish":
        env["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    return subprocess.run([_sse()], env=env, capture_output=True, text=True, timeout=120).stdout


def test_bash_completes_a_name_of_several_words_as_one_word(tmp_path):
    """Through bash itself, with the script `sse --show-completion bash` prints."""
    import os
    import shutil
    import subprocess
    from pathlib import Path

    if not shutil.which("bash"):
        pytest.skip("no bash")
    script = tmp_path / "complete.bash"
    script.write_text(
        f'PATH="{Path(_sse()).parent}:$PATH"\n'
        "source <(sse --show-completion bash)\n"
        'COMP_WORDS=(sse list --org "$1"); COMP_CWORD=3\n'
        "_sse_completion sse\n"
        'for reply in "${COMPREPLY[@]}"; do eval "set -- sse list --org $reply"; echo "$#|$4|$reply"; done\n'
    )
    for typed in ("kor", "Korea", "KOREA"):
        out = subprocess.run(
            ["bash", "--norc", str(script), typed], capture_output=True, text=True, timeout=120, env=os.environ
        ).stdout
        # one word once the shell reads it, escaped as it is inserted
        assert (
            "4|Korea Social Enterprise Promotion Agency|Korea\\ Social\\ Enterprise\\ Promotion\\ Agency"
            in out.splitlines()
        ), (typed, out)


def test_zsh_and_fish_complete_names_case_insensitively_and_quoted():
    zsh = _complete("zsh", "sse list --person kim")
    assert '"Insun Kim"' in zsh and '"Young-joong Kim"' in zsh
    fish = _complete("fish", "sse list --org korea")
    assert "Korea Social Enterprise Promotion Agency" in fish.splitlines()
    assert "KoSEA" in _complete("fish", "sse list --org kosea").splitlines()


# (8) the config file


def test_the_config_file_sets_the_corpus_and_options_and_env_override_it(cli, tmp_path, small):
    config = tmp_path / "config.toml"
    config.write_text(f'corpus = "{small}"\n')
    env = {"SSE_CONFIG": str(config)}
    assert set(ids(cli("list", "--json", env=env))) == {"1", "2", "3", "4"}
    assert "002.10" in ids(cli("--corpus", str(SEEDS), "list", "--json", env=env))  # the option wins
    assert "002.10" in ids(cli("list", "--json", env={**env, "SSE_CORPUS": str(SEEDS)}))  # the variable too


def test_the_config_file_in_the_users_config_directory(cli, tmp_path, small):
    """~/.config/sse/config.toml on Linux: platformdirs honours XDG_CONFIG_HOME."""
    import sys

    if sys.platform != "linux":
        pytest.skip("XDG_CONFIG_HOME is Linux's")
    (tmp_path / "sse").mkdir()
    (tmp_path / "sse" / "config.toml").write_text(f'corpus = "{small}"\n')
    r = cli("list", "--json", env={"SSE_CONFIG": "", "XDG_CONFIG_HOME": str(tmp_path)})
    assert set(ids(r)) == {"1", "2", "3", "4"}


def test_the_config_file_sets_the_colour_and_options_and_env_override_it(cli, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('color = "always"\n')
    env = {"SSE_CONFIG": str(config), "NO_COLOR": None}
    assert "\x1b[" in seeds(cli, "list", "-n", "1", env=env).stdout
    assert "\x1b[" not in seeds(cli, "--color", "never", "list", "-n", "1", env=env).stdout
    assert "\x1b[" not in seeds(cli, "list", "-n", "1", env={**env, "NO_COLOR": "1"}).stdout


def test_the_config_file_chooses_the_pager(tmp_path, monkeypatch):
    from ssecli import settings

    config = tmp_path / "config.toml"
    config.write_text('pager = "most"\n')
    monkeypatch.setenv("SSE_CONFIG", str(config))
    monkeypatch.delenv("SSE_PAGER", raising=False)
    monkeypatch.setenv("PAGER", "more")
    assert settings.pager_command() == "most"  # as git: its config before PAGER
    monkeypatch.setenv("SSE_PAGER", "cat")
    assert settings.pager_command() == "cat"


@pytest.mark.parametrize(
    "text, says",
    [
        ("colour = 'never'\n", "unknown key 'colour'"),
        ("color = 'blue'\n", "color = 'blue'"),
        ("pager = 3\n", "pager = 3"),
        ("corpus = \n", "not TOML"),
    ],
)
def test_a_bad_config_file_is_a_usage_error(cli, tmp_path, text, says):
    config = tmp_path / "config.toml"
    config.write_text(text)
    r = cli("list", env={"SSE_CONFIG": str(config)})
    assert r.exit_code == 2 and says in r.stderr and str(config) in r.stderr and r.stdout == ""


# (9) 80 columns


def _column_widths(table: str) -> list[int]:
    top = table.splitlines()[0]
    return [len(cell) for cell in top[1:-1].split("┳")]


def test_the_timeline_at_80_columns_gives_the_events_the_room(cli):
    out = seeds(cli, "timeline", "--format", "table", env={"COLUMNS": "80"}).stdout
    when, _, what = _column_widths(out)
    assert when <= 27 and what >= 38 and max(len(line) for line in out.splitlines()) <= 80
    what_text = " ".join(line.split("│")[3].strip() for line in out.splitlines() if line.startswith("│"))
    assert "that began in 2004 and is renewed every three years." in what_text  # whole, not cut at 4 lines
    assert "2019 → 2021 (3 years)" in out
    by_record = seeds(cli, "timeline", "--by", "record", "--format", "table", env={"COLUMNS": "80"}).stdout
    assert _column_widths(by_record)[0] <= 27


@pytest.mark.parametrize("columns", ["40", "80"])
def test_stats_keeps_its_counts_in_narrow_terminals(cli, columns):
    out = seeds(cli, "stats", "--top", "3", env={"COLUMNS": columns}).stdout
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= int(columns)
    assert any(line.split()[:2] == ["2023", "11"] for line in lines)  # the year, its count, its bar
    most = json.loads(seeds(cli, "orgs", "--json").stdout)[0]
    org = next(line for line in lines if line.lstrip().startswith(most["name"][:12]))
    assert f" {most['count']} " in org and "█" in org


def test_stats_takes_every_filter_of_list(cli):
    def records(*args):
        r = seeds(cli, "stats", *args, "--json")
        assert r.exit_code == 0, r.stderr
        return json.loads(r.stdout)["records"]

    for args in (["--on", "2023-03"], ["--not-org", "KoSEA"], ["--not-person", "Insun Kim"], ["--org", "UN"]):
        assert records(*args) == len(ids(seeds(cli, "list", *args, "--json"))), args


def test_the_timeline_table_headings_name_fields_that_fields_accepts(cli):
    for args in ([], ["--by", "record"]):
        out = seeds(cli, "timeline", *args, "--format", "table").stdout
        headings = [h.strip() for h in out.splitlines()[1].strip("┃").split("┃")]
        named = {word for h in headings for word in h.split(" → ")}
        assert named <= {"start", "end", "id", "text", "events", "title"}, headings
        fields = ",".join(sorted(named))
        assert seeds(cli, "timeline", *args, "--fields", fields, "--json").exit_code == 0
