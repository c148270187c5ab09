"""Plain records that flow from the parser to the renderers.

`to_dict()` is the JSON contract of `sse show --json`: keys and their order are
stable, dates are ISO strings at the precision the text gives, or null."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Org:
    name: str
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # canonical name of the organisation it belongs to

    def to_dict(self) -> dict:
        return {"name": self.name, "aliases": list(self.aliases), "parent": self.parent}

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Person:
    name: str
    role: str | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role}


@dataclass
class Place:
    name: str
    kind: str = "place"  # country, city, region, continent
    aliases: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"name": self.name, "kind": self.kind, "aliases": list(self.aliases)}

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class Event:
    start: str
    end: str
    text: str  # the sentence the date comes from
    surface: str = ""  # the dated expression itself

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "surface": self.surface}


@dataclass
class TimelineEntry:
    """One row of the timeline: an event of a record, or a record with no dated event (listed last)."""

    record: Record
    event: Event | None


@dataclass
class Credit:
    """A photo or image credit (`© Name / ILO 2023`): who made the picture, not who is in the news."""

    name: str
    text: str

    def to_dict(self) -> dict:
        return {"name": self.name, "text": self.text}


@dataclass
class Record:
    id: str
    source: str
    title: str
    date: str | None = None
    date_inferred: bool = False
    orgs: list[Org] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    credits: list[Credit] = field(default_factory=list)
    items: list[Record] = field(default_factory=list)
    text: str = ""
    parent: str | None = None  # id of the listing page an item belongs to

    def to_dict(self, with_text: bool = True) -> dict:
        out = {
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "date": self.date,
            "date_inferred": self.date_inferred,
            "orgs": [o.to_dict() for o in self.orgs],
            "people": [p.to_dict() for p in self.people],
            "places": [p.to_dict() for p in self.places],
            "events": [e.to_dict() for e in self.events],
            "credits": [c.to_dict() for c in self.credits],
            "items": [i.to_dict(with_text) for i in self.items],
            "parent": self.parent,
        }
        if with_text:
            out["text"] = self.text
        return out

    def to_show_dict(self) -> dict:
        """What `sse show ID --json` prints: a listing page's entities are the union over its
        items, so each item there carries its id, title, date, events and text only."""
        out = self.to_dict()
        for item in out["items"]:
            for k in ("orgs", "people", "places", "credits"):
                item.pop(k, None)
        return out

    @classmethod
    def from_dict(cls, d: dict) -> Record:
        return cls(
            id=d["id"],
            source=d["source"],
            title=d["title"],
            date=d.get("date"),
            date_inferred=d.get("date_inferred", False),
            orgs=[Org(o["name"], list(o.get("aliases", [])), o.get("parent")) for o in d.get("orgs", [])],
            people=[Person(p["name"], p.get("role")) for p in d.get("people", [])],
            places=[Place(p["name"], p.get("kind", "place"), list(p.get("aliases", []))) for p in d.get("places", [])],
            events=[Event(e["start"], e["end"], e.get("text", ""), e.get("surface", "")) for e in d.get("events", [])],
            credits=[Credit(c["name"], c.get("text", "")) for c in d.get("credits", [])],
            items=[cls.from_dict(i) for i in d.get("items", [])],
            text=d.get("text", ""),
            parent=d.get("parent"),
        )
