"""Dates as pages in French, Spanish, Portuguese, Italian and German write them: their month and
weekday names, and the patterns dates.py reads them with ("18 décembre 2007", "mardi 5 novembre",
"nel maggio del 2014"). Data and patterns only; the passes that read them are in dates.py."""

from __future__ import annotations

import re

# Month names of the other languages that real pages on the SSE are written in (French, Spanish,
# Portuguese, Italian, German), read only in a whole date with its year: "18 décembre 2007",
# "5 de mayo de 2021", "30 de Março, 2012", "1er juillet 2019", "12. März 2020", "30. September 2025",
# "25.September 2025"
# (German writes April, August, September and November as English does).
FOREIGN_MONTHS = {
    **dict.fromkeys(("janvier", "enero", "janeiro", "gennaio", "januar"), 1),
    **dict.fromkeys(("février", "fevrier", "febrero", "fevereiro", "febbraio", "februar"), 2),
    **dict.fromkeys(("mars", "marzo", "março", "marco", "märz", "maerz"), 3),
    **dict.fromkeys(("avril", "abril", "aprile", "april"), 4),
    **dict.fromkeys(("mai", "mayo", "maio", "maggio"), 5),
    **dict.fromkeys(("juin", "junio", "junho", "giugno", "juni"), 6),
    **dict.fromkeys(("juillet", "julio", "julho", "luglio", "juli"), 7),
    **dict.fromkeys(("août", "aout", "agosto", "august"), 8),
    **dict.fromkeys(("septembre", "septiembre", "setiembre", "setembro", "settembre", "september"), 9),
    **dict.fromkeys(("octobre", "octubre", "outubro", "ottobre", "oktober"), 10),
    **dict.fromkeys(("novembre", "noviembre", "novembro", "november"), 11),
    **dict.fromkeys(("décembre", "decembre", "diciembre", "dezembro", "dicembre", "dezember"), 12),
}
# Their abbreviations, and English ones in lower case, read only with their full stop in a whole
# date: "QUÉBEC, le 14 févr. 2021 /CNW Telbec/", "4 déc. 2019", "12 ene. 2021", "3 févr. 2020".
MONTH_ABBREVIATIONS = {
    **dict.fromkeys(("janv", "jan", "ene", "gen"), 1),
    **dict.fromkeys(("févr", "fevr", "fév", "fev", "feb"), 2),
    **dict.fromkeys(("mar",), 3),
    **dict.fromkeys(("avr", "abr", "apr"), 4),
    **dict.fromkeys(("jun", "giu"), 6),
    **dict.fromkeys(("juil", "jul", "lug"), 7),
    **dict.fromkeys(("aoû", "ago", "aug"), 8),
    **dict.fromkeys(("sept", "sep", "set"), 9),
    **dict.fromkeys(("oct", "out", "ott"), 10),
    **dict.fromkeys(("nov",), 11),
    **dict.fromkeys(("déc", "dec", "dic", "dez"), 12),
}
RE_FOREIGN_DMY = re.compile(
    r"(?<![\w/.,-])(?P<d1>[0-3]?\d)(?:(?:er|º|°)?[^\S\n]+|\.[^\S\n]*)(?:de[^\S\n]+)?(?P<m1>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r"|(?:"
    + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True))
    + r")(?=\.))\.?(?:,[^\S\n]*|[^\S\n]+)(?:del?[^\S\n]+)?(?P<y1>(?:19|20)\d\d)(?![\w/]|[.,]\d)",
    re.I,
)
# A range of days in the other languages, its year given or not: "du 3 au 13 décembre", "du 27
# janvier au 13 mars 2020", "del 5 al 9 de mayo de 2021", "dal 3 al 5 giugno", "de 2 a 4 de março",
# "von 8. bis 10. September", "vom 13. bis zum 16.".
_MONTH_NAMES = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
# (Its first letter in a class and no re.I outside the months: the engine then skips at once the
# places where no "du", "del", "dal", "de" or "vom" can start, which halves the scan.)
RE_FOREIGN_RANGE = re.compile(
    r"(?<![\w-])[DdVv](?:u|el|al|e|om|on)[^\S\n]+(?P<d1>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?"
    rf"(?:[^\S\n]+(?:de[^\S\n]+)?(?P<m1>(?i:{_MONTH_NAMES})))?[^\S\n]+(?:au|al|a|ao|bis(?:[^\S\n]+zum)?)[^\S\n]+"
    rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?[^\S\n]+(?:de[^\S\n]+)?(?P<m2>(?i:{_MONTH_NAMES}))\b"
    r"(?:,?[^\S\n]+(?:del?[^\S\n]+)?(?P<y2>(?:19|20)\d\d)(?![\w/]|[.,]\d))?"
)
# Two days of one month joined by "and": "los días 26 y 27 de septiembre", "les 3 et 4 juin 2019", "am 5. und
# 6. Mai" (read as a range, as "26 and 27 September" is; its empty m1 is the month of the second day).
# (It opens on the first day's digits, where the engine skips at once the places that hold none; the
# pass reads the article before them.)
RE_FOREIGN_PAIR = re.compile(
    r"(?<![\w/.,-])(?P<d1>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?(?P<m1>)[^\S\n]+(?:y|et|e|und|i)[^\S\n]+"
    rf"(?P<d2>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?[^\S\n]+(?:de[^\S\n]+)?(?P<m2>(?i:{_MONTH_NAMES}))\b"
    r"(?:,?[^\S\n]+(?:del?[^\S\n]+)?(?P<y2>(?:19|20)\d\d)(?![\w/]|[.,]\d))?"
)
RE_FOREIGN_PAIR_LEAD = re.compile(
    r"\b(?:[Ll]os|[Ll]as|[Ll]es|[Oo]s|[Nn]os|[Aa]m|[Ee]l|[Ll]e|[Ii]|d[ií]as|jours|giorni)[^\S\n]+$"
)
# A day and a month without a year in the other languages, after its weekday or article: "mardi 5
# novembre", "le 12 mars", "el 3 de junio", "am 5. November", "martedì 7 maggio"; pinned like "on 5 June".
# (also read after the time of a day in English: Indonesian and Malay "Selasa , 25 August 2015")
FOREIGN_WEEKDAYS = (
    "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "isnin", "khamis", "ahad",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
    "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "segunda-feira", "terça-feira",
    "quarta-feira", "quinta-feira", "sexta-feira", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
    "sabato", "domenica", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip
# The weekday or article before such a day, and the day's number with what may stand after it.
_DAY_LEAD = r"(?<![\w-])(?:(?:" + "|".join(FOREIGN_WEEKDAYS) + r"),?|le|el|il|am|em|o|du|al|dal|del|au|vom|bis|zum)"
_DAY_NUMBER = r"(?P<d1>3[01]|[12]\d|0?[1-9])(?:er|º|°|\.)?[^\S\n]*(?:de[^\S\n]+)?"
RE_FOREIGN_DM = re.compile(
    _DAY_LEAD
    + r"[^\S\n]+(?P<dm>"
    + _DAY_NUMBER
    + r"(?P<m1>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r"))\b(?![^\S\n]*(?:del?[^\S\n]+)?,?[^\S\n]*\d)",
    re.I,
)
# Where such a day can be: a day's number before a word that may be a month's (by its first
# letter). The pass starts there and reads the weekday or article before it, so that the long
# alternation is tried at few places.
RE_FOREIGN_DM_START = re.compile(r"(?<![\w/.,:-])" + _DAY_NUMBER + r"(?=[jfmasondgleJFMASONDGLE][^\W\d_]{2})")
RE_FOREIGN_DM_LEAD = re.compile(_DAY_LEAD + r"[^\S\n]+$", re.I)
# A month and its year in the other languages, after the word that makes it a time: "nel maggio del
# 2014", "en mayo de 2021", "em março de 2012", "im März 2020", "en juin 2019".
_MONTH_AFTER_TIME_WORD = (
    r"\b(?:nel|en|em|im|in|de|depuis|desde|dal|seit)[^\S\n]+(?:(?:le|el|o|il)[^\S\n]+)?"
    r"(?:(?:mois|mes|mês) (?:de |d')?)?(?P<m1>"
    + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
    + r")(?:[^\S\n]+del?)?[^\S\n]+"
)
RE_FOREIGN_MY = re.compile(_MONTH_AFTER_TIME_WORD + r"(?P<y1>(?:19|20)\d\d)(?![\w/]|[.,]\d)", re.I)
# ... read backwards from its year, for the same reason as the days above.
RE_FOREIGN_MY_YEAR = re.compile(r"(?<=[^\S\n])(?:19|20)\d\d(?![\w/]|[.,]\d)")
RE_FOREIGN_MY_LEAD = re.compile(_MONTH_AFTER_TIME_WORD + "$", re.I)
# Most of these months need no such word: "fino a gennaio 2021", "Dezember 2023". Those that are
# words or names too ("Mars", "Mayo", "Marco", "Mai") do.
PLAIN_MONTHS = [m for m in FOREIGN_MONTHS if m not in ("mars", "mayo", "marco", "mai", "august", "april")]
_MONTH_BEFORE_YEAR = (
    r"(?<![\w-])(?P<m1>" + "|".join(sorted(PLAIN_MONTHS, key=len, reverse=True)) + r")(?:[^\S\n]+del?)?[^\S\n]+"
)
RE_FOREIGN_MY_BARE = re.compile(_MONTH_BEFORE_YEAR + r"(?P<y1>(?:19|20)\d\d)(?![\w/]|[.,]\d)", re.I)
RE_FOREIGN_MY_BARE_LEAD = re.compile(_MONTH_BEFORE_YEAR + "$", re.I)
