"""Where a page saved with its menus starts: at the title that a navigation trail names."""

from __future__ import annotations

import re

from ssecli.extract.text import fold
from ssecli.parser.markup import _strip_markup

# "Home » News » CU Effect: ...": a navigation trail, its last step the page's own title.
RE_BREADCRUMB = re.compile(r"^\s*(?:Home|HOME|Start)\s*(?:»|>|/|›|\|)\s*(?:.+(?:»|>|›)\s*)?(?P<last>[^»>›]{12,})$")


def after_breadcrumb(lines: list[str], reach: int = 80) -> int:
    """Where a page saved with its menus starts, when the menus fill the lines a header is looked
    for in: at its title, where a navigation trail above names it (the trail's last step, written
    again within the next lines). Else at the top. A trail near the top changes nothing: on a
    listing page its last step is the listing's heading, not an item's."""
    for i, line in enumerate(lines[:reach]):
        m = RE_BREADCRUMB.match(line)
        if not m or sum(1 for x in lines[:i] if x.strip()) < 20:
            continue
        last = fold(m.group("last").strip().rstrip("…."))
        for j in range(i + 1, min(len(lines), i + 6)):
            if lines[j].strip() and fold(_strip_markup(lines[j])).startswith(last):
                return j
    return 0
