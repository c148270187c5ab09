"""Organisations and people in Korean and Japanese text, which writes no capitals for the other
finders to start from.

A body's name is one word that ends in a body's word: Korean "수협중앙회" (중앙회, a central
federation), "효우협동조합" (협동조합, a co-operative); Japanese "日本生活協同組合連合会"
(連合会), "厚生労働省" (省, a ministry). Korean words carry their particles and a head's title
("수협중앙회장", the federation's head; "협의회는"), which come off first. A person is named by
where the name stands: a Korean name (a surname of the census's list and one or two syllables)
beside a title ("임준택 회장", "(이사장 조영호)", "유국신씨"); a Japanese one (three to five
kanji) before an honorific or a title ("小倉修悟氏", "浅田克己代表理事会長")."""

from __future__ import annotations

import re

from ssecli.extract.lexicon import KOREAN_SURNAMES

# ---------------------------------------------------------------- Korean
KO_ORG_ENDS = (
    "협동조합", "조합", "중앙회", "협의회", "연합회", "협회", "연맹", "재단", "공사", "공단", "진흥원", "위원회",
    "센터", "은행", "금고", "생협", "대학교", "연구원", "연구소", "네트워크", "기금", "노동조합", "연대",
    "신협", "농협", "수협",
)  # fmt: skip
# The particles a Korean noun carries in its word: "협의회는", "서울에서". A longer one stands before
# the one it ends in ("에서는" before "는"), for the first that fits comes off.
KO_PARTICLES = (
    "에서는", "에서", "에는", "으로", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도",
)  # fmt: skip
# What follows a body's name inside its word: a head's title ("수협중앙회장"), a particle ("협의회는").
KO_TAILS = ("이사장", "회장", "장", *KO_PARTICLES, "측", "등")
# The kinds of body, not a body's name: "사회적협동조합" (a social co-operative), "우수협동조합" (a good one).
KO_KINDS = {
    "사회적", "우수", "소비자", "생활", "노동자", "사업자", "직원", "다중이해관계자", "신규", "지역", "개별", "회원",
    "일반", "전국", "각", "모든", "해당", "관련", "기존", "다른", "여러", "소속",
}  # fmt: skip
KO_TITLES = (
    "대표이사", "이사장", "부회장", "회장", "대표", "기자", "장관", "차관", "위원장", "사무총장", "사무국장", "교수",
    "원장", "센터장", "의원", "소장", "국장", "사장", "본부장", "팀장", "상임이사", "이사", "감사", "조합장",
    "총재", "시장", "도지사", "군수", "청장", "박사", "변호사", "전무", "상무", "부장", "과장", "실장", "씨", "님",
    "대통령", "총리", "특파원", "선생", "연구위원", "편집위원", "위원", "활동가", "작가", "리포터", "편집장",
    "칼럼니스트",
)  # fmt: skip
RE_HANGUL_WORD = re.compile(r"[가-힣A-Za-z0-9]*[가-힣][가-힣A-Za-z0-9]*")
RE_KO_WORD = re.compile(r"(?<![가-힣])[가-힣]{2,7}(?![가-힣])")
# A title after the name, at once or after the body's word: "임준택 회장", "임준택 수협중앙회장",
# "(이선옥 생협평론 편집위원)"; or the body after a comma in an author's brackets: "(김창진, (재)...".
# A title may be a vice's ("부총리") and carry "님" and a particle ("선생님은", "은행장은").
RE_KO_TITLE_AFTER = re.compile(
    r"\s?부?(?:"
    + "|".join(KO_TITLES)
    + r")님?(?![가-힣]{2})|\s[가-힣]{2,}장님?(?:[은는이가을를의와과도]|에게)?(?![가-힣])"
    r"|\s[가-힣A-Za-z]{2,12}\s(?:" + "|".join(KO_TITLES) + r")(?![가-힣]{2})"
)
# The outlet of a Korean wire line, "[세종=이데일리 임애신 기자]" or, with no place, "[헤럴드경제=김용훈 기자]",
# or of a lead, "【 청년일보 】".
RE_KO_OUTLET = re.compile(
    r"\[(?P<c>[가-힣A-Za-z]{2,12})=[가-힣]{2,4}\s(?:기자|특파원)\]"
    r"|\[[가-힣]{1,6}=(?P<a>[가-힣A-Za-z]{2,12})\s|【\s*(?P<b>[가-힣A-Za-z]{2,12})\s*】"
)
RE_KO_MINISTER = re.compile(r"\s?[차장]관")
RE_KO_TITLE_BEFORE = re.compile(r"(?:" + "|".join(KO_TITLES) + r")\s$")
# "유국신씨", "정하늘씨가": "Mr" or "Ms" glued to the name, and perhaps a particle after it.
RE_KO_GLUED_TITLE = re.compile(r"([가-힣]{2,4}?)(?:씨|님)(?:[은는이가을를의와과도]|에게)?")
RE_KO_BRACKET_ROLE = re.compile(r"\([^()\n]{0,40}(?:" + "|".join(KO_TITLES) + r"|\d+세)\)")


def korean_orgs(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The bodies a Korean text names, each a word that ends in a body's word."""
    out = []
    for m in RE_HANGUL_WORD.finditer(text):
        word = _without_tail(m.group())
        end = next((e for e in KO_ORG_ENDS if word.endswith(e)), None)
        if end is None:
            continue
        lead = word[: -len(end)]
        if len(lead) < 2 or lead in KO_KINDS or lead.endswith(("협동", "중앙")):
            continue  # "협동조합" alone, "사회적협동조합": a kind of body, no body's name
        out.append((word, (m.start(), m.start() + len(word))))
    for m in RE_KO_OUTLET.finditer(text):
        group = next(g for g in ("c", "a", "b") if m.group(g))
        out.append((m.group(group), m.span(group)))
    return sorted(out, key=lambda found: found[1])


def _without_tail(word: str) -> str:
    for tail in KO_TAILS:
        if word.endswith(tail) and any(word[: -len(tail)].endswith(e) for e in KO_ORG_ENDS):
            return word[: -len(tail)]
    return word


def korean_people(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The people a Korean text names, each beside a title."""
    out = []
    for m in RE_KO_WORD.finditer(text):
        name = m.group()
        glued = RE_KO_GLUED_TITLE.fullmatch(name)
        if glued:
            name = glued.group(1)
        if len(name) > 4 or not _korean_name(name):
            continue
        a, b = m.start(), m.start() + len(name)
        if len(name) == 2 and not glued:
            continue  # "신임 회장" (the new president): a word of two syllables beside a title is seldom a name
        if name.endswith("부") and RE_KO_MINISTER.match(text, b):
            continue  # "기재부 장관": a ministry's short name, then its minister
        author = text[a - 1 : a] == "(" and text[b : b + 1] == "," and text[b + 1 : b + 2].isspace()  # "(김창진, ..."
        if (
            glued
            or RE_KO_BRACKET_ROLE.match(text, b)
            or author
            or RE_KO_TITLE_AFTER.match(text, b)
            or RE_KO_TITLE_BEFORE.search(text, max(0, a - 8), a)
        ):
            out.append((name, (a, b)))
    return out


def _korean_name(name: str) -> bool:
    """A surname and a given name of one or two syllables: '임준택', '남궁민'."""
    for surname in (name[:2], name[:1]):
        if surname in KOREAN_SURNAMES and 1 <= len(name) - len(surname) <= 2:
            # "한국의 협동조합" (Korea's co-operatives), "이사장 선출을" (the chair's election): a word
            # with the possessive or the object particle is no name, which never ends in those.
            return not name.endswith((*KO_ORG_ENDS, "의", "을", "를")) and name not in KO_TITLES
    return False


# ---------------------------------------------------------------- Japanese
JA_ORG_ENDS = (
    "連合会", "協同組合", "組合", "協会", "協議会", "生協連", "生協", "財団", "機構", "省", "庁", "センター", "大学",
    "委員会", "会議所", "銀行", "金庫", "公庫", "連盟", "基金", "研究所", "法人", "事業団", "労働組合",
)  # fmt: skip
JA_TITLES = (
    "代表理事会長", "代表理事", "会長", "副会長", "理事長", "専務理事", "常務理事", "理事", "社長", "局長", "室長",
    "課長", "部長", "代表", "委員長", "組合長", "教授", "大臣", "知事", "市長", "所長", "氏", "様",
)  # fmt: skip
RE_JA_RUN = re.compile(r"[一-龯々ァ-ヴー・A-Za-z]+")
RE_JA_NAME = re.compile(r"[一-龯々]{3,5}")
JA_FORMER = ("元", "前", "現", "新", "旧", "同")  # "元日本生協連会長": the former president of ...


# A consumer co-op named by "コープ" (co-op) and a place in kana, or "生協" and a place: "コープこうべ",
# "おかやまコープ", "生協ひろしま"; "JA香川県", an agricultural co-op by its prefecture.
JA_PARTICLES = "はがをにでとのもへや"
RE_JA_COOP = re.compile(
    rf"(?<![ぁ-ゖ])[ぁ-ゖ]{{3,5}}コープ|(?:コープ|生協)(?![{JA_PARTICLES}])[ぁ-ゖ]{{3,6}}|JA[一-龯]{{1,3}}[県府都道]"
)
# The kinds of co-operative, not a co-operative's name: "生活協同組合" (a consumer co-op), "事業協同組合".
JA_KINDS = {"生活", "事業", "農業", "漁業", "森林", "信用", "消費", "労働者", "企業"}


def japanese_orgs(text: str) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in RE_JA_COOP.finditer(text):
        name = m.group()
        if name[-1] in JA_PARTICLES and not name.endswith("コープ"):
            name = name[:-1]  # "コープやまぐちは": the topic particle closes the name
        if len(name) >= 5 or name.startswith("JA"):
            out.append((name, (m.start(), m.start() + len(name))))
    taken = [span for _, span in out]
    for m in RE_JA_RUN.finditer(text):
        run, a = _without_titles(m.group()), m.start()
        if run[:1] in JA_FORMER and len(run) > 3:
            run, a = run[1:], a + 1
        end = next((e for e in JA_ORG_ENDS if run.endswith(e)), None)
        overlaps = any(x < a + len(run) and a < y for x, y in taken)
        lead = run[: -len(end)] if end else ""
        if end is not None and len(lead) >= 2 and lead not in JA_KINDS and not overlaps:
            out.append((run, (a, a + len(run))))
    return sorted(out, key=lambda found: found[1])


def japanese_people(text: str) -> list[tuple[str, tuple[int, int]]]:
    out = []
    for m in RE_JA_RUN.finditer(text):
        run = m.group()
        name = _without_titles(run)
        honoured = name != run or text.startswith("さん", m.end())  # 氏 and 様 are kanji: the run holds them
        if honoured and RE_JA_NAME.fullmatch(name) and not name.endswith(JA_ORG_ENDS):
            out.append((name, (m.start(), m.start() + len(name))))
    return out


def _without_titles(run: str) -> str:
    """'浅田克己代表理事会長' without its titles: '浅田克己'."""
    stripped = True
    while stripped:
        stripped = False
        for title in JA_TITLES:
            if run.endswith(title) and len(run) > len(title):
                run, stripped = run[: -len(title)], True
                break
    return run


RE_HAS_HANGUL = re.compile(r"[가-힣]")
RE_HAS_JAPANESE = re.compile(r"[ぁ-ゖァ-ヴ]")
RE_CJK_SCRIPT = re.compile(r"[가-힣ぁ-ゖァ-ヴ]")  # either: Chinese alone is neither


def cjk_orgs(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The bodies a Korean or Japanese text names (nothing for a text in neither)."""
    return (korean_orgs(text) if RE_HAS_HANGUL.search(text) else []) + (
        japanese_orgs(text) if RE_HAS_JAPANESE.search(text) else []
    )


def cjk_people(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The people a Korean or Japanese text names (nothing for a text in neither)."""
    return (korean_people(text) if RE_HAS_HANGUL.search(text) else []) + (
        japanese_people(text) if RE_HAS_JAPANESE.search(text) else []
    )
