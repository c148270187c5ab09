"""The index: incremental refresh, what the SQL filters answer against the reference Python
filters, and the failures it survives (a corrupt file, another version, two processes, a
read-only cache)."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ssecli.plain import event_line
from ssecli.query import Filters, parse_bound
from ssecli.store import database as database_module
from ssecli.store import open_store as load
from ssecli.store import parse_folder
from ssecli.store.orgsync import OrgSync
from ssecli.store.queries import Queries

from .conftest import DATA, SEEDS, examples
from .reference import entity_names, entity_table, select, stats, timeline, timeline_by_record


@pytest.fixture()
def corpus(tmp_path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(SEEDS, folder)
    return folder


def ids(corpus_obj):
    return [r.id for r in corpus_obj.select(Filters())]


def test_first_use_parses_everything_then_nothing(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    first = load(corpus, index_path=path).report
    assert (first.parsed, first.unchanged) == (5, 0)
    second = load(corpus, index_path=path, full=True).report
    assert (second.parsed, second.unchanged, second.deleted) == (0, 5, 0)
    quick = load(corpus, index_path=path).report  # the folder did not change: no file is even stat'ed
    assert (quick.parsed, quick.unchanged, quick.deleted) == (0, 0, 0)


def test_an_added_file_is_parsed_and_listed(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    (corpus / "010_new.txt").write_text(
        "New cooperative law in Kenya\n\nNairobi, 3 March 2024 - The ILO welcomed it.\n"
    )
    c = load(corpus, index_path=path)
    assert c.report.parsed == 1 and c.report.unchanged == 5
    assert ids(c)[0] == "010"


def test_a_changed_file_is_parsed_again(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    f = corpus / "004_3a71741fd9b0c43d.txt"
    f.write_text(f.read_text().replace("21 May 2020", "22 May 2020"))
    c = load(corpus, index_path=path, full=True)  # as `sse index` does
    assert c.report.parsed == 1
    assert c.find("004").date == "2020-05-22"


def test_two_files_with_one_id_are_said_once_and_kept_until_one_is_renamed(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    (corpus / "004_copy.txt").write_text("A copy\n\nGeneva, 3 March 2024 - The ILO met.\n")

    def said(c):
        return [p.message() for p in c.problems if "004_copy" in p.message()]

    def kept(c):
        return [p.message() for p in c.all_problems() if "004_copy" in p.message()]

    first = load(corpus, index_path=path, full=True)
    assert said(first) and "this file's id is 004_copy" in said(first)[0]
    again = load(corpus, index_path=path, full=True)  # nothing changed: nothing new to say
    assert not said(again) and kept(again) == said(first) and again.report.parsed == 0
    (corpus / "004_copy.txt").write_text("A copy\n\nGeneva, 4 March 2024 - The ILO met.\n")
    edited = load(corpus, index_path=path, full=True)
    assert not said(edited) and kept(edited) == said(first) and edited.find("004_copy").date == "2024-03-04"
    (corpus / "004_copy.txt").rename(corpus / "009_copy.txt")
    renamed = load(corpus, index_path=path, full=True)
    assert not said(renamed) and not kept(renamed) and renamed.find("009").date == "2024-03-04"
    assert [r.id for r in renamed.select(Filters())].count("004") == 1


def test_a_touched_but_unchanged_file_is_not_parsed(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    f = corpus / "001_58839891dcc834f1.txt"
    os.utime(f, ns=(f.stat().st_atime_ns, f.stat().st_mtime_ns + 10**9))
    assert load(corpus, index_path=path, full=True).report.parsed == 0


def test_a_file_edited_in_place_is_noticed_by_sse_index_and_by_the_periodic_rescan(corpus, tmp_path, monkeypatch):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    f = corpus / "004_3a71741fd9b0c43d.txt"
    f.write_text(f.read_text().replace("21 May 2020", "23 May 2020"))
    assert load(corpus, index_path=path).find("004").date == "2020-05-21"  # the folder did not change
    monkeypatch.setenv("SSE_RESCAN_SECONDS", "0")
    assert load(corpus, index_path=path).find("004").date == "2020-05-23"


def test_a_deleted_file_leaves_the_index(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    (corpus / "003_126183a6a2cf459b.txt").unlink()
    c = load(corpus, index_path=path)
    assert c.report.deleted == 1 and "003" not in ids(c)
    assert not c.search("Hongseong", Filters())


def test_the_names_of_a_deleted_file_are_neither_completed_nor_suggested(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    (corpus / "020_zeta.txt").write_text(
        "Note\n\n6 June 2023\n\nThe Zeta Cooperative Federation (ZCF) met Quentin Zarathustra in Seoul.\n"
    )
    c = load(corpus, index_path=path)
    assert c.complete("orgs", "Zeta") == ["Zeta Cooperative Federation"]
    assert c.complete("people", "Quentin") == ["Quentin Zarathustra"]
    (corpus / "020_zeta.txt").unlink()
    c = load(corpus, index_path=path)
    assert c.complete("orgs", "Zeta") == [] and c.complete("people", "Quentin") == []
    assert "Zeta Cooperative Federation" not in c.suggest("orgs", "Zeta Cooperative Federatio")


def test_an_alias_defined_in_a_new_file_reaches_the_old_ones(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    (corpus / "003_126183a6a2cf459b.txt").write_text("Visit\n\n5 June 2023\n\nThe ZCF met the ILO in Seoul.\n")
    load(corpus, index_path=path)
    (corpus / "020_def.txt").write_text(
        "Note\n\n6 June 2023\n\nThe Zeta Cooperative Federation (ZCF) unites cooperatives.\n"
    )
    c = load(corpus, index_path=path)
    orgs = {o.name: o.aliases for o in c.find("003").orgs}
    assert orgs.get("Zeta Cooperative Federation") == ["ZCF"]
    assert c.report.rewritten >= 1
    assert "003" in [r.id for r in c.select(Filters(orgs=["Zeta Cooperative"]))]


def test_a_new_parser_version_rebuilds_the_index(corpus, tmp_path, monkeypatch):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    monkeypatch.setattr("ssecli.store.refresh.extraction_version", lambda: "a-new-parser")
    assert load(corpus, index_path=path).report.parsed == 5
    assert load(corpus, index_path=path).report.parsed == 0


def test_rebuild_starts_over(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path)
    assert load(corpus, index_path=path, rebuild=True).report.parsed == 5


def test_the_index_holds_the_records_a_fresh_parse_gives():
    fresh, _ = parse_folder(DATA / "corpus")
    indexed = load(DATA / "corpus").all_records()
    assert [r.to_dict() for r in indexed] == [r.to_dict() for r in fresh]


def _pipe_lines(entries) -> list[str]:
    """The lines a pipe gets of a timeline, made from its entries (query.timeline)."""
    return [
        event_line(
            {
                "id": t.record.id,
                **({"start": t.event.start, "end": t.event.end, "text": t.event.text} if t.event else {}),
            }
        )
        for t in entries
    ]


def _same_as_a_fresh_parse(folder, path):
    c = load(folder, index_path=path, full=True)
    fresh, _ = parse_folder(folder)
    assert [r.to_dict() for r in c.all_records()] == [r.to_dict() for r in fresh]
    for f in (
        Filters(),
        _filters({"since": "2023-06-06"}),
        _filters({"since": "2023"}),
    ):  # joined again after each change
        assert b"".join(c.timeline_lines(f)).decode().splitlines() == _pipe_lines(timeline(fresh, f))
    return c.report


def test_an_edit_that_moves_where_a_name_is_first_met_resolves_it_again(corpus, tmp_path):
    """Two spellings met as often: the first met is the name. Swapping them in the file that
    holds both changes no count, only where each is first met, and that is enough to resolve
    the organisation again."""
    path = tmp_path / "i.sqlite"
    one = "The Zircon Labour Alliance (ZLA) met in Geneva."
    other = "The Zircon Labor Alliance (ZLA) met in Seoul."
    note = corpus / "003_126183a6a2cf459b.txt"
    note.write_text(f"Visit\n\n5 June 2023\n\n{one} {other}\n")
    (corpus / "020_zla.txt").write_text("Note\n\n6 June 2023\n\nThe ZLA met the ILO.\n")

    def names(c):
        return {o.name for r in (c.find("003"), c.find("020")) for o in r.orgs if "ZLA" in o.aliases}

    assert names(load(corpus, index_path=path)) == {"Zircon Labour Alliance"}
    note.write_text(f"Visit\n\n5 June 2023\n\n{other} {one}\n")
    _same_as_a_fresh_parse(corpus, path)
    assert names(load(corpus, index_path=path)) == {"Zircon Labor Alliance"}


def test_a_body_named_otherwise_is_so_named_as_the_parent_of_its_units(corpus, tmp_path):
    """A refresh resolves a body without the units that belong to it, unless the body now
    resolves otherwise: then the units, which show its name as their parent, follow it."""
    path = tmp_path / "i.sqlite"
    (corpus / "020_a.txt").write_text(
        "Note\n\n6 June 2023\n\nThe Zircon Quartz Federation (ZQX) met. The ZQX QUB unit met in Geneva.\n"
    )
    (corpus / "021_b.txt").write_text("Note\n\n7 June 2023\n\nThe ZQX QUB spoke.\n")

    def parents(c):
        return {o.parent for o in c.find("021").orgs}

    assert parents(load(corpus, index_path=path)) == {"Zircon Quartz Federation"}
    (corpus / "022_c.txt").write_text(
        "Note\n\n8 June 2023\n\nThe Zircon Quartz Labour Federation (ZQX) met. "
        "The Zircon Quartz Labour Federation (ZQX) spoke again.\n"
    )
    _same_as_a_fresh_parse(corpus, path)
    assert parents(load(corpus, index_path=path)) == {"Zircon Quartz Labour Federation"}


def test_a_body_whose_definition_is_taken_out_is_named_as_its_units_write_it(corpus, tmp_path):
    """The file that defined a body is edited, and only the body's units name it now ('ZQX
    QUB'): they show it as they write it, in the index as in a fresh parse, never by its key."""
    path = tmp_path / "i.sqlite"
    (corpus / "020_a.txt").write_text("Note\n\n6 June 2023\n\nThe Zircon Quartz Federation (ZQX) met in Geneva.\n")
    (corpus / "021_b.txt").write_text("Note\n\n7 June 2023\n\nThe ZQX QUB spoke.\n")

    def parents(c):
        return {o.parent for o in c.find("021").orgs}

    assert parents(load(corpus, index_path=path)) == {"Zircon Quartz Federation"}
    (corpus / "020_a.txt").write_text("Note\n\n6 June 2023\n\nA meeting took place in Geneva.\n")
    _same_as_a_fresh_parse(corpus, path)
    assert parents(load(corpus, index_path=path)) == {"ZQX"}


SINCE = ["2019", "2020", "2021", "2021-07-01", "2022", "2022-02", "2022-07", "2023", "2023-12-31", "2024", "2025"]


def test_a_timeline_since_a_day_begins_with_the_events_that_run_into_it_after_any_edit(corpus, tmp_path):
    """The events that began before --since and run into it come first, as a fresh parse gives
    them, on 1 January (joined in the index) and on any other day, after an edit adds an event
    of several years, moves it, writes it again as it was, and takes it out."""
    path = tmp_path / "i.sqlite"
    edits = [
        "The programme runs from 2021 to 2024 in five countries. It met on 3 March 2022.",
        "The programme runs from March 2020 to June 2022 in five countries. It met on 3 March 2022.",
        "The programme runs from March 2020 to June 2022 in five countries. It met on 3 March 2022.",
        "The programme met on 3 March 2022.",
    ]
    load(corpus, index_path=path)
    for text in edits:
        (corpus / "020_a.txt").write_text(f"Programme\n\n6 June 2023\n\n{text}\n")
        c = load(corpus, index_path=path, full=True)
        fresh, _ = parse_folder(corpus)
        for since in SINCE:
            f = _filters({"since": since})
            got = b"".join(c.timeline_lines(f)).decode().splitlines()
            assert got == _pipe_lines(timeline(fresh, f)), (text, since)
    assert any("2021" in line for line in _pipe_lines(timeline(parse_folder(corpus)[0], Filters())))


@pytest.mark.parametrize("batch", [OrgSync.GROUP_BATCH, 1])
def test_every_refresh_leaves_the_records_a_fresh_parse_gives(tmp_path, monkeypatch, batch):
    """Organisations are resolved across the corpus from counts kept in the index: after each
    added, changed and deleted file, what the index holds is what parsing everything gives,
    also when a build resolves one group of tied facts at a time."""
    monkeypatch.setattr(OrgSync, "GROUP_BATCH", batch)
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", folder)
    path = tmp_path / "i.sqlite"
    names = sorted(p.name for p in folder.glob("*.txt"))
    _same_as_a_fresh_parse(folder, path)
    # A new file defines an acronym that an old one uses bare.
    (folder / names[10]).write_text("Visit\n\n5 June 2023\n\nThe QZF met the ILO and the QZF board in Geneva.\n")
    _same_as_a_fresh_parse(folder, path)
    (folder / "zz_new.txt").write_text(
        "Note\n\n6 June 2023\n\nThe Quartz Zone Federation (QZF) unites cooperatives. The International "
        "Labour Organization (ILO) and the ILO's partners spoke.\n"
    )
    report = _same_as_a_fresh_parse(folder, path)
    assert report.parsed == 1 and report.rewritten >= 1
    # The files that hold the first mentions of many names go, and one is restored.
    for name in names[:3]:
        (folder / name).rename(tmp_path / name)
    _same_as_a_fresh_parse(folder, path)
    (tmp_path / names[1]).rename(folder / names[1])
    _same_as_a_fresh_parse(folder, path)
    # A definition is taken back; another file calls an acronym a plain word.
    (folder / "zz_new.txt").write_text("Note\n\n6 June 2023\n\nNothing is defined here.\n")
    _same_as_a_fresh_parse(folder, path)
    (folder / "zz_word.txt").write_text(
        "Note\n\n7 June 2023\n\nThe quartz zone factor (QZF) is a measure, and so is the QZF of 2022.\n"
    )
    _same_as_a_fresh_parse(folder, path)
    # Edits that say nothing new about organisations: a correction and a date added, a title changed.
    for name in names[4:7]:
        text = (folder / name).read_text(encoding="utf-8")
        (folder / name).write_text(text + "\nUpdated on 9 June 2023: a correction was added.\n", encoding="utf-8")
    _same_as_a_fresh_parse(folder, path)
    text = (folder / names[8]).read_text(encoding="utf-8")
    (folder / names[8]).write_text("A new title\n\n" + text, encoding="utf-8")
    _same_as_a_fresh_parse(folder, path)


def test_timeline_blocks_answer_every_bound_after_every_change(tmp_path, monkeypatch):
    """A pipe's timeline is read from blocks of joined lines; with blocks of three events every
    bound falls inside a block and every refresh rejoins some, and the lines stay those of the
    records a fresh parse gives."""
    monkeypatch.setattr("ssecli.store.timeline.BLOCK", 3)
    folder = tmp_path / "corpus"
    shutil.copytree(DATA / "corpus", folder)
    path = tmp_path / "i.sqlite"
    names = sorted(p.name for p in folder.glob("*.txt"))
    bounds = [
        {},
        {"since": "2022-06-15"},
        {"until": "2021-02"},
        {"since": "2019-03", "until": "2021-02"},
        {"since": "2023"},
        {"since": "2000", "until": "2100"},
        {"since": "2031"},
    ]

    def check():
        c = load(folder, index_path=path, full=True)
        fresh, _ = parse_folder(folder)
        for spec in bounds:
            f = _filters(spec)
            assert b"".join(c.timeline_lines(f)).decode().splitlines() == _pipe_lines(timeline(fresh, f)), spec
        c.close()

    check()
    (folder / names[4]).write_text("Note\n\n6 June 2023\n\nOn 1 March 2022 a fund opened. It runs from 2019 to 2024.\n")
    check()
    (folder / names[7]).unlink()
    (folder / "zz.txt").write_text("Note\n\n7 June 2023\n\nIn 1990 and in 2022 and on 2 March 2022 it met.\n")
    check()
    for name in names[10:14]:
        (folder / name).unlink()
    check()


@pytest.mark.parametrize(
    "first, then",
    [
        (
            "The Ministry of Employment and Labour (MOEL) funds social enterprises.",
            "The Korean Ministry of Employment and Labour spoke.",
        ),
        (
            "The Korean Ministry of Employment and Labour spoke.",
            "The Ministry of Employment and Labour (MOEL) funds social enterprises.",
        ),
        ("The African Union Commission signed it.", "The African Union met."),
        ("The ILO QZU met in Geneva.", "The ILO Quartz Unit (ILO QZU) works on cooperatives."),
        ("The Quartz Zone Federation (QZF) unites cooperatives.", "The quartz zone factor (QZF) is a measure."),
    ],
    ids=["variant-after-body", "body-after-variant", "commission", "unit-of-parent", "acronym-outvoted"],
)
def test_a_new_file_ties_its_names_to_an_old_files_as_a_fresh_parse_does(tmp_path, first, then):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for src in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(src, folder / src.name)
    (folder / "a.txt").write_text(f"Note\n\n5 June 2023\n\n{first}\n")
    path = tmp_path / "i.sqlite"
    _same_as_a_fresh_parse(folder, path)
    (folder / "b.txt").write_text(f"Note\n\n6 June 2023\n\n{then}\n")
    _same_as_a_fresh_parse(folder, path)
    (folder / "b.txt").write_text(f"Note\n\n6 June 2023\n\n{then} {then}\n")
    _same_as_a_fresh_parse(folder, path)
    (folder / "b.txt").unlink()
    _same_as_a_fresh_parse(folder, path)


# Sentences whose organisations tie to each other in every way the resolution links names: an
# acronym defined, used bare and called a plain word; a body and its national variant; a unit
# of a parent, defined and mentioned; a commission and its union.
TIES = [
    "The Quartz Zone Federation (QZF) unites cooperatives.",
    "The QZF board met the ILO in Geneva.",
    "The quartz zone factor (QZF) is a measure, and so is the QZF of 2022.",
    "The Korean Ministry of Employment and Labour spoke.",
    "The Ministry of Employment and Labour (MOEL) funds social enterprises.",
    "The ILO Quartz Unit (ILO QZU) works on cooperatives.",
    "The ILO QZU and the UN QZU met.",
    "The African Union Commission and the African Union signed it.",
    "The International Labour Organization (ILO) and KoSEA spoke.",
]


@settings(max_examples=examples(6), suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["write", "delete", "restore"]),
            st.integers(0, 7),
            st.lists(st.sampled_from(TIES), min_size=1, max_size=3),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_a_refresh_after_any_edits_resolves_as_a_fresh_parse(tmp_path_factory, steps):
    """Only the facts tied to the changed ones are resolved again after a small change: whatever
    the edits, the index then holds what resolving the whole folder afresh gives."""
    tmp = tmp_path_factory.mktemp("ties")
    folder, aside = tmp / "corpus", tmp / "aside"
    folder.mkdir()
    aside.mkdir()
    for src in [*sorted(SEEDS.glob("*.txt"))[:3], *sorted((DATA / "corpus").glob("*.txt"))[:5]]:
        shutil.copy(src, folder / src.name)
    names = sorted(p.name for p in folder.glob("*.txt"))
    path = tmp / "i.sqlite"
    load(folder, index_path=path)
    for op, k, sentences in steps:
        name = names[k]
        if op == "write" and (folder / name).exists():
            (folder / name).write_text(f"Note\n\n6 June 2023\n\n{' '.join(sentences)}\n")
        elif op == "delete" and (folder / name).exists():
            (folder / name).rename(aside / name)
        elif op == "restore" and (aside / name).exists():
            (aside / name).rename(folder / name)
        _same_as_a_fresh_parse(folder, path)


FILTERS = [
    {},
    {"orgs": ["ILO"]},
    {"orgs": ["International Labor Organization"]},
    {"orgs": ["KoSEA", "ILO"]},
    {"people": ["kim"]},
    {"places": ["korea"]},
    {"not_orgs": ["ILO"]},
    {"not_people": ["Kim"]},
    {"since": "2023"},
    {"until": "2022-06"},
    {"since": "2021", "until": "2023-06-30"},
    {"orgs": ["Cooperatives Europe"]},
    {"places": ["Seoul"], "since": "2022"},
    {"orgs": ["coop"]},
    {"people": ["Jean"]},
    {"orgs": ["ministry of employment"]},
    {"since": "2022-06-15"},
    {"since": "2019-03", "until": "2021-02"},
    {"until": "2019"},
    {"since": "2024-01-01"},
]


def _filters(spec):
    return Filters(
        orgs=spec.get("orgs", []),
        people=spec.get("people", []),
        places=spec.get("places", []),
        not_orgs=spec.get("not_orgs", []),
        not_people=spec.get("not_people", []),
        since=parse_bound(spec.get("since"), "--since", end=False),
        until=parse_bound(spec.get("until"), "--until", end=True),
    )


@pytest.fixture(scope="module")
def both():
    return load(DATA / "corpus"), parse_folder(DATA / "corpus")[0]


@pytest.mark.parametrize("spec", FILTERS, ids=[json.dumps(s) for s in FILTERS])
def test_sql_filters_answer_as_the_python_filters(both, spec, monkeypatch):
    indexed, fresh = both
    f = _filters(spec)
    assert [r.id for r in indexed.select(f)] == [r.id for r in select(fresh, f)]
    assert [r.id for r in indexed.select(f, 3)] == [r.id for r in select(fresh, f, 3)]
    monkeypatch.setattr(Queries, "COMMON", 0)  # every name common: a limited walk checks each record's names
    assert [r.id for r in indexed.select(f, 3)] == [r.id for r in select(fresh, f, 3)]
    assert [r.id for r in indexed.select(f, 1000)] == [r.id for r in select(fresh, f, 1000)]
    sql_rows = [(t.record.id, t.event and (t.event.start, t.event.end)) for t in indexed.timeline(f)]
    py_rows = [(t.record.id, t.event and (t.event.start, t.event.end)) for t in timeline(fresh, f)]
    assert sql_rows == py_rows
    assert b"".join(indexed.timeline_lines(f)).decode().splitlines() == _pipe_lines(timeline(fresh, f))
    assert indexed.timeline_by_record(f) == timeline_by_record(timeline(fresh, f))
    for kind in ("orgs", "people", "places"):
        assert indexed.entity_table(f, kind) == entity_table(fresh, kind, f)
    assert indexed.stats(f, 5) == stats(fresh, f, 5)


@pytest.mark.parametrize("kind", ["orgs", "people", "places"])
def test_completion_offers_the_names_of_the_records_that_start_so(both, kind):
    from ssecli.extract.text import name_key

    indexed, fresh = both
    names = entity_names(fresh, kind)
    for prefix in sorted({n[:2] for n in names}):
        offered = indexed.complete(kind, prefix)
        # Each name once as a record spells it: 'Nguyen Thi Lan' and 'Nguyễn Thị Lan' filter alike.
        assert set(offered) <= set(names), prefix
        wanted = {name_key(n) for n in names if name_key(n).startswith(name_key(prefix))}
        got = {name_key(n) for n in offered}
        # Completion reads the first 200 keys of the range (word-suffixes among them): all, or some.
        assert got == wanted if len(wanted) < 200 else (got <= wanted and bool(got)), prefix


def test_a_filter_value_close_to_a_name_is_suggested(cli):
    r = cli("list", "--org", "Sungkonghoe Univresity")
    assert r.exit_code == 0 and r.stdout == ""
    assert "did you mean Sungkonghoe University" in r.stderr
    r = cli("list", "--org", "Seoul National University", "--person", "Hyun-Gon Jung")  # both named, apart
    assert "no record matches" in r.stderr and "did you mean" not in r.stderr


def test_a_records_timeline_line_takes_its_ends_as_the_timeline_orders_its_events(tmp_path):
    """Spans that end on one day ('2023', 'December 2023') or start on one: --by record shows the
    first of them in the timeline's order, as the Python timeline_by_record does."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "001_a.txt").write_text(
        "Plan\n\n3 March 2024\n\nThe cooperative will open a fair in December 2025. The plan for 2025 is set. "
        "It began in 2022 and in January 2022 the first members joined.\n",
        encoding="utf-8",
    )
    (folder / "002_b.txt").write_text("Note\n\nNo date is given here.\n", encoding="utf-8")
    indexed, fresh = load(folder, index_path=tmp_path / "i.sqlite"), parse_folder(folder)[0]
    for f in (Filters(), _filters({"since": "2022-06"})):
        assert indexed.timeline_by_record(f) == timeline_by_record(timeline(fresh, f))
    # Same first day: the shorter span comes first in the timeline. Same last day: the earlier start.
    first = indexed.timeline_by_record(Filters())[0]
    assert (first["start"], first["end"]) == ("2022-01", "2025")


def test_a_corrupt_index_is_rebuilt_with_a_warning(corpus, tmp_path, cli):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path).close()
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"this is not a database" * 100)  # sse's header, damaged pages
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 14
    assert "damaged" in r.stderr and "rebuilt" in r.stderr


def test_a_truncated_index_is_rebuilt(corpus, tmp_path, cli):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 14
    assert "rebuilt" in r.stderr


def test_an_index_of_an_older_schema_is_rebuilt(corpus, tmp_path, cli):
    path = tmp_path / "i.sqlite"
    with sqlite3.connect(path) as db:  # as an sse before the application_id made its indexes
        for table in ("meta", "files", "records"):
            db.execute(f"CREATE TABLE {table}(id TEXT)")
        db.execute("PRAGMA user_version = 5")
        db.execute("INSERT INTO records VALUES ('x')")
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 14 and "rebuilt" in r.stderr


@pytest.mark.parametrize("content", [b"# My notes\n\nNot a database at all.\n", "sqlite"])
def test_index_refuses_a_file_sse_did_not_make_and_leaves_it_as_it_was(corpus, tmp_path, cli, content):
    path = tmp_path / "notes.md"
    if content == "sqlite":  # another program's database
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE contacts(name TEXT)")
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    r = cli("--corpus", str(corpus), "--index", str(path), "list")
    assert r.exit_code == 2 and r.stdout == ""
    assert f"--index {path}: this file is not an sse index" in r.stderr
    assert path.read_bytes() == before and not Path(str(path) + "-wal").exists()


def test_a_read_only_cache_still_answers_from_memory(corpus, tmp_path, cli):
    if os.geteuid() == 0:
        # Root writes anywhere: make the index's folder a file, which no one can write into.
        blocked = tmp_path / "blocked"
        blocked.write_text("a file where the index folder should be")
        path = blocked / "i.sqlite"
    else:
        ro = tmp_path / "ro"
        ro.mkdir()
        ro.chmod(0o500)
        path = ro / "i.sqlite"
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 14
    assert "index in memory" in r.stderr


def _read_only_writes(monkeypatch):
    """Every connection that could write the index fails as a read-only file system makes it fail."""
    real = database_module.Database._connect

    def connect(self, target):
        if target != ":memory:":
            raise sqlite3.OperationalError("attempt to write a readonly database")
        return real(self, target)

    monkeypatch.setattr(database_module.Database, "_connect", connect)


def test_a_read_only_cache_answers_from_a_valid_index_already_there(corpus, tmp_path, cli, monkeypatch):
    path = tmp_path / "i.sqlite"
    load(corpus, index_path=path, full=True).close()
    _read_only_writes(monkeypatch)
    parses = []
    monkeypatch.setattr("ssecli.store.workers.read_and_parse", lambda job: parses.append(job))
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 14
    assert r.stderr == "" and parses == []  # answered from the file, nothing parsed
    (corpus / "009_new.txt").write_text("A new article\n\n3 May 2024\n\nThe ILO met in Geneva.\n")
    monkeypatch.undo()
    _read_only_writes(monkeypatch)
    r = cli("--corpus", str(corpus), "--index", str(path), "list", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 15  # the folder changed: read into memory
    assert "index in memory" in r.stderr


def test_two_processes_refreshing_at_once_both_answer_right(corpus, tmp_path):
    path = tmp_path / "i.sqlite"
    for n in range(40):
        (corpus / f"{100 + n}_copy.txt").write_text((SEEDS / "004_3a71741fd9b0c43d.txt").read_text())
    cmd = [sys.executable, "-m", "ssecli", "--corpus", str(corpus), "--index", str(path), "list", "--json"]
    env = {**os.environ, "SSE_JOBS": "1"}
    procs = [
        subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)
    ]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [e for _, e in outs]
    assert all(len(json.loads(out)) == 54 for out, _ in outs)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 45
        assert (
            db.execute("SELECT count(DISTINCT id) FROM records").fetchone()[0]
            == db.execute("SELECT count(*) FROM records").fetchone()[0]
        )


def test_sse_index_command(corpus, tmp_path, cli):
    path = tmp_path / "i.sqlite"
    r = cli("--corpus", str(corpus), "--index", str(path), "index", "--json")
    assert r.exit_code == 0
    first = json.loads(r.stdout)
    assert (first["parsed"], first["records"], first["index"]) == (5, 15, str(path))
    again = json.loads(cli("--corpus", str(corpus), "--index", str(path), "index", "--json").stdout)
    assert (again["parsed"], again["unchanged"]) == (0, 5)
    rebuilt = json.loads(cli("--corpus", str(corpus), "--index", str(path), "index", "--rebuild", "--json").stdout)
    assert rebuilt["parsed"] == 5
    r = cli("--corpus", str(corpus), "--index", str(path), "index")
    assert r.stdout == "" and "15 records" in r.stderr  # a summary on stderr, no progress bar on a pipe


def test_sse_index_environment_variable(corpus, tmp_path, cli):
    path = tmp_path / "env.sqlite"
    r = cli("--corpus", str(corpus), "list", "--json", env={"SSE_INDEX": str(path)})
    assert r.exit_code == 0 and path.exists()
