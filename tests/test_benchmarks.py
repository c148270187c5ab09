"""The extraction benchmark runs and prints a row per system, set and kind."""

from benchmarks import extraction


def test_extraction_table_has_a_row_per_kind():
    rows = extraction.table_rows("tests")
    for part in extraction.TEST_PARTS:
        kinds = {(r["system"], r["kind"]) for r in rows if r["set"] == part}
        assert {("sse", k) for k in ("orgs", "people", "places", "events", "dates", "ms/article")} <= kinds
    md = extraction.render(rows, markdown=True)
    assert md.splitlines()[0] == "| set | system | kind | P | R | F1 |"
    assert all(0 <= r["f1"] <= 1 for r in rows if r["kind"] != "ms/article")
