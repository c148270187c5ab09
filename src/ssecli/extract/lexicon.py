"""The word lists the organisation finder (and, through it, the people finder) decides by:
the heads that make a capitalised run a body, those that make it something else, titles,
function words, acronyms that name no body. Kept apart from the rules that read them, and kept
compact: a list grows by a word, not by a line."""

# fmt: off
# Words that make a capitalised span an organisation when they head it.
ORG_WORDS_ENGLISH = {
    "university", "universities", "college", "school", "institute", "institution", "academy", "ministry", "agency",
    "organisation", "organization", "office", "department", "unit", "bureau", "commission", "council", "government",
    "assembly", "alliance", "forum", "network", "committee", "federation", "confederation", "association", "union",
    "centre", "center", "foundation", "bank", "fund", "trust", "society", "corporation", "company", "cooperative",
    "co-operative", "coop", "co-op", "coalition", "secretariat", "parliament", "senate", "court", "authority",
    "board", "chamber", "nations", "europe", "division", "section", "directorate", "directorate-general",
    "administration", "observatory", "laboratory", "lab", "league", "consortium", "partnership", "inc", "ltd", "llc",
    "gmbh", "group", "service", "services", "headquarters", "platform", "mutual", "team", "teams", "sacco",
    "saccos", "limited", "plc", "party", "treasury", "intergroup", "police", "mutuals", "cu", "fcu", "corp",
    "hospital", "museum", "movement", "insurance", "guild", "collective", "regulator", "diocese", "cafe", "bakery",
    "brewery", "distillery", "winery", "creamery", "friends", "collaborative", "club", "hospice", "dairy",
    "fc", "afc", "subcommittee",
}
# "of" in the languages of the SSE pages we meet, as a role ties a body to it ("secretario general de
# la Junta de Andalucía") and a body's name holds its complement ("Universidad de Sevilla").
OF_ABROAD = ("de", "del", "du", "des", "di", "della", "da", "do")
# A company's legal form, which its acronym leaves out ("Uganda Co-operative Alliance Limited" is UCA).
LEGAL_FORMS = frozenset({"limited", "ltd", "inc", "plc", "llc", "gmbh"})
# The heads after an acronym that name a company of its own, not a part of the acronym's body:
# "NFU Mutual", "BRAC Bank", "AXA Insurance".
ACRONYM_COMPANY_HEADS = {"mutual", "bank", "insurance", "corp", "inc", "ltd", "llc", "plc", "press", "foundation"}
# The plural heads companies are named by, at the end of their names: "Silver Fern Farms", "Capital
# Impact Partners" ("Partners for Development" is a slogan).
COMPANY_HEADS = {
    "farms", "foods", "industries", "holdings", "partners", "brothers", "associates", "solutions", "technologies",
    "investments", "properties", "dairies", "creameries", "vineyards", "growers", "pharmaceuticals", "airlines",
    "ventures", "webworks",
}
# Members' titles written after the name: "Kieran O'Donnell TD", "Patrizia Toia MEP".
MEMBER_TITLES = ("TD", "MP", "MEP", "MLA", "MSP", "MPP", "MHA", "MNA")
# The words a firm's name ends on after its founder's given name, which make no surname: "Maeve Capital",
# "Austin Energy", "Grace Media" (a plural ends no surname in any case).
FIRM_WORDS = {
    "capital", "energy", "media", "power", "digital", "health", "finance", "credit", "equity", "software",
    "design", "studio", "pharma", "consulting", "realty", "mining", "telecom",
}
# The same heads in the languages SSE bodies are often named in (compared without accents). They open
# their names: "Observatoire National de l'Emploi", "Secretaria Nacional de Economia".
ORG_WORDS_ABROAD = {
    "confederacion", "federacion", "asociacion", "fundacion", "universidad", "ministerio", "reseau", "universite",
    "ministere", "conseil", "centro", "consorzio", "fondazione", "universita", "universidade", "instituto",
    "institut", "agence", "banque", "banco", "caja", "mutuelle", "unione", "alleanza", "rede", "red",
    "genossenschaft", "verband", "stiftung", "unibertsitatea", "universitas", "universiteit", "universitat",
    "intendencia", "unidad", "jefatura", "observatoire", "observatorio", "secretaria", "direccion", "comision",
    "consejo", "camara", "corporacion", "sociedad", "agencia", "oficina", "gobierno", "municipalidad",
    "ayuntamiento", "comite", "chambre", "syndicat", "mutualite", "empresa", "conselho", "associacao", "federacao",
    "cooperativa", "caisse", "istituto", "associazione", "federazione", "confederazione", "ministero", "agenzia",
    "partido", "partito", "mouvement", "movimiento", "movimento", "alianza", "sindicato", "sindacato",
    "plataforma", "plateforme", "coordinadora", "fondation", "junta", "generalitat", "colegio", "escuela", "ecole",
    "scuola", "escola", "groupement", "ville", "mairie", "comune", "prefeitura", "prefettura",
    "subsecretaria", "superintendencia", "senado", "fundacao", "fundacio", "confederacao", "organizacion",
    "organizacao", "naciones", "nacoes", "nazioni", "cantina", "latteria", "rete", "dipartimento",
    "facultad", "faculte", "facolta", "facultat", "laboratoire", "laboratorio", "grupo", "gruppo", "groupe",
    "clinique", "akademie", "academia", "catedra", "revista",
}
ORG_WORDS = ORG_WORDS_ENGLISH | ORG_WORDS_ABROAD
# German joins a body's head to the words before it: "Raiffeisenverband", "Bundesministerium",
# "Winzergenossenschaft", "Bundeskabinett" (and "des Bundesministeriums", in the genitive).
GERMAN_HEAD_ENDINGS = (
    "verband", "verbandes", "verbands", "ministerium", "ministeriums", "genossenschaft", "stiftung", "kabinett",
    "gesellschaft", "vereinigung", "sparkasse", "volksbank", "raiffeisenbank", "zentrale", "bundesamt", "bundesrat",
    "institut", "universitat", "akademie", "hochschule", "forschungsstelle",
)  # fmt: skip
# A region's government, named by the word for region before the region's name, as French, Italian and
# Galician write it: "la Région Hauts-de-France", "la Regione Marche", "la Xunta de Galicia". (Not the
# English "Region", a place's kind as often as a body: "the Asia-Pacific Region".)
REGIONAL_GOVERNMENTS = {"Région", "Regione", "Xunta"}


# Heads of newspapers, agencies and broadcasters' names: "Korea Herald", "Business Daily", "Daily Nation".
MEDIA_HEADS = {
    "herald", "times", "post", "tribune", "gazette", "inquirer", "monitor", "chronicle", "telegraph", "guardian",
    "express", "daily", "recorder", "dispatch", "courier", "reuters", "magazine", "journal",
}


# Government agencies named by their field and the country they serve: "Statistics Norway", "Health Canada",
# "Business Finland", "Employment and Social Development Canada"; banks by their kind and country alike
# ("Bank Indonesia", the mutual "Bank Australia").
AGENCY_FIELDS = {
    "bank", "statistics", "health", "business", "employment", "innovation", "industry", "finance", "environment",
    "transport", "justice", "fisheries", "agriculture", "housing", "immigration", "parks", "heritage", "revenue",
    "veterans", "trade", "export", "tourism", "enterprise", "education", "energy", "infrastructure", "sport",
    "culture", "customs", "service", "natural", "historic", "destination",
}


# Heads that make a span something else: events, documents, programmes, laws, topics.
NON_ORG_HEADS = {
    "conference", "summit", "congress", "meeting", "week", "day", "days", "act", "law", "decree", "bill",
    "convention", "conventions", "recommendation", "resolution", "declaration", "agenda", "programme", "program",
    "project", "plan", "strategy", "framework", "goals", "goal", "report", "initiative", "award", "awards", "prize",
    "festival", "workshop", "seminar", "webinar", "session", "fair", "expo", "exhibition", "series", "guidelines",
    "agreement", "memorandum", "charter", "policy", "economy", "statistics", "index", "survey", "study",
    "conferences", "dialogue", "campaign", "course", "academy", "school", "standard", "standards", "treaty",
    "protocol", "roadmap", "tour", "forum2023", "code", "codes", "newsletter", "bulletin", "digest", "blog",
    "podcast", "update", "updates", "ceremony", "celebration", "anniversary", "gala", "launch",
    "month", "decade", "competition", "contest", "election", "elections", "theme", "panel", "visit", "tournament",
    "olympiad", "hackathon", "challenge", "hotel", "toolkit", "system", "presidency", "bye-law", "by-law", "people",
}


# Venues: "Washington Convention Center", "Geneva International Conference Centre".
VENUE_BIGRAMS = {
    ("convention", "center"), ("convention", "centre"), ("conference", "center"), ("conference", "centre"),
    ("exhibition", "centre"), ("exhibition", "center"), ("congress", "center"), ("congress", "centre"),
    ("events", "centre"), ("event", "center"),
}


# Titles that head a person's role, never an organisation: cut "Director of the" off a span.
TITLE_WORDS = {
    "director", "director-general", "deputy", "president", "vice-president", "minister", "vice-minister", "head",
    "chair", "chairperson", "chairman", "chairwoman", "secretary", "secretary-general", "commissioner", "mayor",
    "manager", "officer", "coordinator", "specialist", "adviser", "advisor", "professor", "researcher", "ceo",
    "ambassador", "governor", "representative", "executive", "member", "members", "staff", "chief", "founder",
    "co-founder", "general", "dean", "rector", "vice", "senior", "assistant", "associate", "officials", "official",
    "representatives", "delegates", "delegation", "experts", "researchers", "participants", "undersecretary",
    "under-secretary", "vice-chairperson", "administrator",
}
# The heads of a government's bodies, named by their fields: "Cooperatives and SMEs Ministry".
GOVERNMENT_HEADS = {"ministry", "department", "directorate", "bureau"}
# Offices before their holder's name ("Registrar Sushil Dhakal"), with those that also name a body
# and so stay out of TITLE_WORDS ("the Registrar of Cooperatives", "Office of the Auditor General").
OFFICE_WORDS = TITLE_WORDS | {"registrar", "treasurer", "auditor"}


# Courtesy titles: what stands before a name without saying what its bearer does. The people
# finder reads a title from this list as no role; its honorifics open with them.
COURTESY_TITLES = (
    "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Professor", "Sir", "Dame", "Madam", "Madame", "Mme", "Mlle", "M",
    "Sr", "Sra", "Srta", "Dña", "Don", "Doña", "H.E", "Hon", "Rev", "Reverend", "Fr", "Sister", "Brother", "Shri",
    "Smt", "Shrimati", "Alhaji", "Alhaja", "Engr", "Honourable", "Honorable", "Rt", "Monsieur", "Lord", "Baroness",
    # West African and Malaysian honorifics: "Mallam Sani Dauda", "Hajia Zururat Zubir", "Datuk Seri Abdul Fattah"
    "Hajia", "Hajiya", "Mallam", "Malam", "Datuk Seri", "Dato' Sri", "Dato’ Sri", "Datuk", "Dato'", "Dato’",
    "Dato", "Datin", "Tan Sri", "Puan Sri", "Tun", "Haji", "Hajjah", "Hj",
    # Myanmar's for women: "Daw Khin Mar Yi" (its "U" for men is left out: it reads as an initial elsewhere,
    # "U S Awasthi", "U. Sagayam")
    "Daw",
)
# The courtesy titles written short before a name ("Mr. XIA Xuan", "... Alliance Mr. Asiimwe Ivan").
COURTESY_ABBREVIATIONS = frozenset({"Mr", "Mrs", "Ms", "Mme", "Dr", "Prof"})
# ... and those that may stand between a role and a name ("director Dr. Anan Kowit").
COURTESY_AFTER_ROLES = COURTESY_ABBREVIATIONS | {
    "Miss", "Mx", "Professor", "Sir", "Dame", "Hon", "Atty", "Rev", "Reverend", "Daw",
}
# The titles before which a surname alone is a person's ("Sr. Mendoza", "Minister Kim").
SURNAME_TITLES = (
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sr", "Sra", "Mme", "M", "Minister", "Mayor", "President",
)

# The kinds of place a text names a place by: "the town of Rio Tuba", "the village of Ceann Loch".
PLACE_KINDS = ("town", "village", "hamlet", "township", "municipality")

# The months and days in full, once for every extractor (dates builds its patterns from them).
MONTHS_IN_FULL = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
)
WEEKDAYS_IN_FULL = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = {*MONTHS_IN_FULL, *WEEKDAYS_IN_FULL}
# The short forms news writes: "Sept.", "Thurs".
MONTHS_SHORT = (*(m[:3] for m in MONTHS_IN_FULL if m != "may"), "sept")
WEEKDAYS_SHORT = (*(d[:3] for d in WEEKDAYS_IN_FULL), "tues", "thur", "thurs")


# Words that open a sentence and are never part of a name.
FUNCTION_WORDS = {
    "across", "throughout", "within", "without", "beyond", "against", "towards", "toward", "upon", "into", "despite",
    "alongside", "amid", "around", "behind", "above", "below", "near", "unlike", "like", "except", "beside",
    "besides", "inside", "outside", "whether", "because", "once", "unless", "until", "why", "how", "what", "which",
    "who", "the", "a", "an", "this", "that", "these", "those", "through", "during", "on", "in", "at", "since",
    "after", "before", "with", "from", "for", "by", "as", "while", "although", "however", "also", "and", "but", "or",
    "its", "their", "our", "his", "her", "both", "all", "each", "every", "some", "many", "most", "new", "under",
    "between", "among", "about", "over", "via", "per", "it", "they", "we", "he", "she", "there", "here", "when",
    "where", "if", "then", "thus", "today", "yesterday", "meanwhile", "moreover", "furthermore", "following",
    "according", "together", "dear", "hello", "hi", "subject", "re", "fw", "fwd", "to", "cc", "photo", "source",
    "date", "tags", "contact", "author", "published", "updated", "home", "news", "share", "related",
}


# Acronyms that name topics, documents, currencies or units, not organisations.
NON_ORG_ACRONYMS = {
    "SSE", "SE", "SEs", "MOU", "MoU", "MoUs", "COVID", "SDG", "SDGs", "GDP", "CEO", "CEOs", "NGO", "NGOs", "SME",
    "SMEs", "MSME", "MSMEs", "ICT", "AI", "HIV", "AIDS", "PDF", "FAQ", "USD", "EUR", "KRW", "CHF", "GBP", "JPY",
    "TV", "PhD", "ESG", "R&D", "IT", "OK", "UTC", "GMT", "KST", "CET", "CEST", "AM", "PM", "VAT", "ID", "DNA", "CSR",
    "ODA", "TVET", "OSH", "Q&A", "QA", "PR", "FYI", "ASAP", "RSVP", "NB", "PS", "II", "III", "IV", "VI", "VII",
    "VIII", "IX", "XI", "XII", "USA", "US", "UK", "ROK", "DPRK", "PRC", "UAE", "SAP", "DWCP", "DWCPs", "KPI", "KPIs",
    "GHG", "CO2", "LGBTQ", "LGBTI", "MDG", "MDGs", "ICLS", "SNS", "HR", "URL", "HTML", "IPO", "FDI", "ILS", "MP",
    "MPs", "EN", "FR", "ES", "KR", "COP", "GEN", "RE", "FW", "FWD", "CC", "BCC", "OBS", "YTD", "ETA", "NA", "N/A",
    "SSEs", "SSEOs", "SSEO", "WISE", "WISEs",
    # the same in the languages of the SSE pages we meet: the ESS (économie sociale et solidaire, economía
    # social y solidaria), the ODS (the SDGs), an ONG, a PME or PYME, the RSE (CSR), the kinds SCOP and SCIC,
    # the PIB or PBI (GDP)
    "ESS", "ODS", "ONG", "ONGs", "OSC", "PME", "PMEs", "PYME", "PYMEs", "TPE", "RSE", "SCOP", "SCOPs", "SCIC",
    "SCICs", "PIB", "PBI",
    # offices and degrees: "the CS said" (a Cabinet Secretary), "the CM", "an MBA"
    "CS", "CM", "CFO", "COO", "CTO", "MD", "MBA", "MSc", "BSc",
    # ... and the German "GD" (Generaldirektor) and "GF" (Geschäftsführer): "(GF Brauerei Murau)"
    "GD", "GF",
    # meetings, members of a parliament and honours after a person's name
    "AGM", "AGMs", "EGM", "GA", *MEMBER_TITLES, "MEPs", "MSPs", "OGW", "EBS", "MBS", "HSC", "OBE", "MBE", "CBE",
    # kinds of bodies, not one body
    "SACCO", "MFI", "CBO", "CBOs", "FPO", "SHG", "SHGs", "CSO", "CSOs", "NPO", "NPOs", "PO", "POs", "INGO", "INGOs",
    # countries known by their initials
    "DRC", "RSA", "KSA", "PNG", "CAR", "ROC", "GDR", "FRG", "USSR", "BiH", "NZ",
    # things, not bodies: goods, media and measures
    "ISBN", "ISSN", "DOI", "ABN", "ERP", "USSD", "SMS", "ATM", "GPS", "LPG", "CNG", "KES", "TSH", "PHP", "UGX",
}


# The nouns before a list of bodies' names (body_lists.RE_LIST_INTRO): words for bodies ("four consumer
# cooperatives: A, B and C"), and words for what bodies or people are to something ("partners are
# A and B"), whose items are bodies only where some look like bodies.
LIST_BODY_NOUNS = (
    "cooperatives", "co-operatives", "coops", "co-ops", "cooperativas", "unions", "societies", "saccos", "companies",
    "enterprises", "firms", "organisations", "organizations", "banks", "federations", "networks", "associations",
    "businesses", "dairies", "brands", "groups", "charities", "foundations", "ngos", "institutions", "universities",
    "outlets", "newspapers", "broadcasters", "platforms", "supermarkets", "retailers", "chains", "corporations",
    "multinationals", "giants", "insurers", "lenders", "employers", "manufacturers", "donors", "funders", "agencies",
    "parties", "publishers", "NGOs", "CSOs",
)
LIST_KIN_NOUNS = (
    "members", "partners", "winners", "finalists", "participants", "signatories", "founders", "awardees",
    "recipients", "grantees", "sponsors", "exhibitors", "nominees", "honorees", "honourees", "laureates",
)
LIST_NOUNS = {*LIST_BODY_NOUNS, *LIST_KIN_NOUNS}


TITLE_CASE_SMALL = {
    "a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by", "as", "from", "with",
    "into", "vs", "via", "de", "la", "del", "du", "des", "et", "y", "up", "off",
}
# fmt: on

# Korean surnames, the commonest of the 2015 census (Statistics Korea) down to a few thousand bearers,
# and the two-syllable ones: a Korean name is one of them and one or two syllables more.
# fmt: off
KOREAN_SURNAMES = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 전 홍 유 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주 우 구 "
    "민 류 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 "
    "제 모 탁 국 어 은 편 용 예 경 봉 사 부 가 복 태 목 형 피 두 감 음 빈 동 온 호 범 좌 승 상 시 갈 "
    "남궁 제갈 선우 황보 독고 사공 서문 동방".split()
)
# fmt: on


# A people's adjectives that no rule makes from its place's name (name_edges.is_demonym makes
# "Kenyan", "Brazilian", "Japanese", "Pakistani" from Kenya, Brazil, Japan, Pakistan).
IRREGULAR_DEMONYMS = frozenset(
    {
        "British",
        "English",
        "Welsh",
        "Scottish",
        "Irish",
        "French",
        "Dutch",
        "Flemish",
        "Spanish",
        "Portuguese",
        "Danish",
        "Swedish",
        "Finnish",
        "Norwegian",
        "Polish",
        "Turkish",
        "Greek",
        "Swiss",
        "Thai",
        "Lao",
        "Filipino",
        "Czech",
        "Slovak",
        "Kurdish",
        "Basque",
        "Catalan",
        "Icelandic",
        "Peruvian",
        "Argentine",
        "Malagasy",
        "Afghan",
    }
)

# The heads that credit unions shorten to their initials: "Cara CU" is Cara Credit Union.
SHORT_HEADS = {"cu": "credit union", "fcu": "federal credit union"}
