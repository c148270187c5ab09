"""Scores extraction output the way ../shared/eval/score.py does, so that the tests and
benchmarks/extraction.py can score without the shared folder.

Input: {doc_id: {"date", "orgs", "people", "places", "events", "records"}} (what
`sse show ID --json` gives, with a listing page's items folded into the page) and the
gold documents (tests/data/gold/*.json, the same format as the shared seed_gold.json).
Each gold entity is a list of acceptable names; `*_opt` entities are neither required
nor counted wrong."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

HONORIFICS = {
    "mr",
    "ms",
    "mrs",
    "dr",
    "prof",
    "professor",
    "president",
    "mayor",
    "minister",
    "sir",
    "madam",
    "lord",
    "lady",
}
KINDS = ("orgs", "people", "places", "events")
LAST = {1: 31, 2: 28, 3: 31, 4: 30, 5: 31, 6: 30, 7: 31, 8: 31, 9: 30, 10: 31, 11: 30, 12: 31}


def norm(s) -> str:
    if not isinstance(s, str):
        return ""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).casefold()
    s = re.sub(r"'s\b", "", s)
    # Letters of every script count: a Korean or Japanese name folded to nothing would match nothing.
    s = re.sub(r"[\W_]+", " ", s).strip()
    return re.sub(r"^the ", "", s)


def person_norm(s) -> str:
    toks = norm(s).split()
    while toks and toks[0] in HONORIFICS:
        toks = toks[1:]
    return " ".join(toks)


def _forms(item, kind: str) -> set[str]:
    f = person_norm if kind == "people" else norm
    if isinstance(item, str):
        raw = [item]
    elif isinstance(item, dict):
        raw = [item.get("name") or item.get("text") or ""]
        raw += [x for x in item.get("aliases") or [] if isinstance(x, str)]
    else:
        raw = []
    return {f(x) for x in raw if f(x)}


def score_entities(found: list, gold: list, gold_opt: list, kind: str) -> tuple[int, int, int, list, list]:
    f = person_norm if kind == "people" else norm
    gold_sets = [{f(x) for x in g} for g in gold]
    opt_sets = [{f(x) for x in g} for g in gold_opt]
    matched = [False] * len(gold_sets)
    fp, fps = 0, []
    for item in found:
        forms = _forms(item, kind)
        if not forms:
            continue
        hit = [i for i, g in enumerate(gold_sets) if g & forms]
        if hit:
            free = [i for i in hit if not matched[i]]
            if free:
                matched[free[0]] = True
            else:  # the same entity twice: aliases not merged
                fp += 1
                fps.append("dup:" + sorted(forms)[0])
        elif not any(o & forms for o in opt_sets):
            fp += 1
            fps.append(sorted(forms)[0])
    tp = sum(matched)
    fns = [sorted(g)[0] for g, m in zip(gold_sets, matched, strict=True) if not m]
    return tp, fp, len(gold_sets) - tp, fps, fns


def iso(s) -> str | None:
    if s is None:
        return None
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(s).strip())
    return "-".join(x for x in m.groups() if x) if m else None


def compress(start, end):
    """Spans that cover whole years or months are written at that precision."""
    if start and end and len(start) == 10 and len(end) == 10:
        if start[5:] == "01-01" and end[5:] == "12-31":
            return start[:4], end[:4]
        if start[8:] == "01" and start[:7] == end[:7] and int(end[8:]) >= LAST[int(end[5:7])]:
            return start[:7], end[:7]
    if start and end and len(start) == 7 and len(end) == 7 and start[5:] == "01" and end[5:] == "12":
        return start[:4], end[:4]
    return start, end


def event_key(e):
    if isinstance(e, dict):
        s, t = iso(e.get("start")), iso(e.get("end"))
    elif isinstance(e, (list, tuple)) and e:
        s, t = iso(e[0]), iso(e[1]) if len(e) > 1 else None
    else:
        s, t = iso(e), None
    return compress(s, t or s) if s else None


def score_events(found: list, gold: list, gold_opt: list):
    keys = {k for k in (event_key(e) for e in found) if k}
    g = {tuple(x) for x in gold}
    o = {tuple(x) for x in gold_opt}
    fps, fns = sorted(keys - g - o), sorted(g - keys)
    return len(keys & g), len(fps), len(fns), fps, fns


def date_ok(value, rule: dict) -> bool:
    v = iso(value)
    k = rule["kind"]
    if k == "exact":
        return v == rule["value"]
    if k == "prefix":
        return bool(v) and v.startswith(rule["value"])
    if k == "null":
        return v is None
    if k == "null_or_between":
        return v is None or (rule["lo"][: len(v)] <= v <= rule["hi"][: len(v)])
    raise ValueError(k)


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def flatten(rec: dict) -> dict:
    """A listing page's items contribute their entities, events and dated titles to the page."""
    out = {k: list(rec.get(k) or []) for k in KINDS}
    out["date"] = rec.get("date")
    out["records"] = []
    for it in rec.get("items") or []:
        sub = flatten(it)
        for k in KINDS:
            out[k] += sub[k]
        out["records"].append({"title": it.get("title", ""), "date": it.get("date")})
    return out


def load_gold(folder: Path) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(folder).glob("*.json"))]


def score(system: dict, gold: list[dict], misses: list | None = None) -> dict:
    """{kind: (tp, fp, fn)} over every gold document, and "dates": (right, total)."""
    agg = {k: [0, 0, 0] for k in KINDS}
    dates = [0, 0]
    for d in gold:
        s = system.get(d["id"]) or {}
        for k in KINDS:
            if k == "events":
                tp, fp, fn, fps, fns = score_events(s.get("events") or [], d["events"], d["events_opt"])
            else:
                tp, fp, fn, fps, fns = score_entities(s.get(k) or [], d[k], d[k + "_opt"], k)
            for i, x in enumerate((tp, fp, fn)):
                agg[k][i] += x
            if misses is not None and (fps or fns):
                misses.append(f"{d['id']} {k}: missed={fns} extra={fps}")
        ok = bool(s) and date_ok(s.get("date"), d["date"])
        dates[0] += ok
        dates[1] += 1
        if misses is not None and not ok:
            misses.append(f"{d['id']} date: got {s.get('date')!r} want {d['date']}")
        recs = s.get("records") or []
        for sub, want in d["records"]:
            hit = any(norm(sub) in norm(r.get("title", "")) and iso(r.get("date")) == want for r in recs)
            dates[0] += hit
            dates[1] += 1
            if misses is not None and not hit:
                misses.append(f"{d['id']} record {sub!r} {want}: not found")
    out = {k: tuple(v) for k, v in agg.items()}
    out["dates"] = tuple(dates)
    return out


def f1_table(counts: dict) -> dict:
    """{kind: (P, R, F1)} and "dates": share right."""
    out = {k: prf(*counts[k]) for k in KINDS}
    right, total = counts["dates"]
    out["dates"] = right / total if total else 1.0
    return out
