# Case table: dated expressions a reader finds in a short text.
# Each case: (text, publication date as ISO or None, [(start, end), ...])
# - ISO at the precision written: "2023", "2023-06", "2023-06-30"; a range
#   is one event (start, end); a single date has start == end.
# - A date without a year takes its year from the publication date; with no
#   publication date it is left out. When the text's tense points past a
#   year boundary ("will be held on 15 January" published in December) the
#   nearer date in that direction is meant. A weekday written with the date
#   picks the year, near the publication date, in which that day falls on it.
# - Relative dates ("last Tuesday", "this year") resolve against the
#   publication date; with none they are left out. Vague spans ("in the
#   coming months") are not events; recurring days ("every first Saturday
#   of July") are not events.
# - Not events: counts, document numbers, money, times, phone numbers,
#   addresses, copyright credits, and years used as part of the name of a
#   programme, plan or agenda ("2030 Agenda", "Vision 2030", "IYC2025",
#   "Blueprint 2020"). The period a plan covers ("work plan for 2023–2026")
#   is an event.
# - A date written twice is listed once.
# Written from scratch for the sse test-suite; not copied from any article.

CASES = [
    # ------------------------------------------------------------------
    # full dates in different written forms
    # a slashed day that can only be read month first ("04/23/2018") says the page writes every
    # slashed day so: "05/06/2018" is 6 May
    (
        "The board met on 04/23/2018 and again on 05/06/2018.",
        "2018-06-01",
        [("2018-04-23", "2018-04-23"), ("2018-05-06", "2018-05-06")],
    ),
    # ... and without such a day, the day comes first
    (
        "The board met on 05/06/2018 and again on 23/07/2018.",
        "2018-08-01",
        [("2018-06-05", "2018-06-05"), ("2018-07-23", "2018-07-23")],
    ),
    # a day, month and year parted by hyphens, as Chile and India write them
    ("La asamblea del 14-03-2024 aprobó el balance.", "2024-04-01", [("2024-03-14", "2024-03-14")]),
    # a range of days in German, "bis" or "bis zum" between them, the year given or not
    (
        "Die Tagung findet von 8. bis 10. September 2021 in Linz statt. Die Messe läuft vom 13. bis zum 16. Oktober.",
        "2021-06-01",
        [("2021-09-08", "2021-09-10"), ("2021-10-13", "2021-10-16")],
    ),
    # a day and a month without a year in other languages, after a weekday or an article; not a count
    (
        "Programme : mardi 5 novembre, ciné-débat. La asamblea se realizó el 3 de junio. Am 14. Oktober tagt "
        "der Verband. Le 2 mai 1 500 personnes sont venues.",
        "2024-10-20",
        [
            ("2024-11-05", "2024-11-05"),
            ("2024-06-03", "2024-06-03"),
            ("2024-10-14", "2024-10-14"),
        ],
    ),
    (
        "Fu sindaco dal 2004 al 2014 e presidente nel maggio del 2016; von 2009 bis 2012 leitete sie die Bank, "
        "entre 2001 et 2003 la caisse, de 1998 a 2000 la cooperativa, en mayo de 2019 la federación.",
        None,
        [
            ("2004", "2014"),
            ("2016-05", "2016-05"),
            ("2009", "2012"),
            ("2001", "2003"),
            ("1998", "2000"),
            ("2019-05", "2019-05"),
        ],
    ),
    ("The forum took place on 22 May 2023 in Nairobi.", None, [("2023-05-22", "2023-05-22")]),
    ("The resolution was adopted on April 18, 2023.", None, [("2023-04-18", "2023-04-18")]),
    ("Applications close on 30.04.2024.", None, [("2024-04-30", "2024-04-30")]),
    ("The memorandum was signed on 2024-03-28 in Seoul.", None, [("2024-03-28", "2024-03-28")]),
    ("The board met on Apr 8, 2015 in Winnipeg.", None, [("2015-04-08", "2015-04-08")]),
    ("Registration closed on Sept. 24, 2019.", None, [("2019-09-24", "2019-09-24")]),
    ("On the 7th of June 2022, members approved the merger.", None, [("2022-06-07", "2022-06-07")]),
    ("The new plant opened on 1st July 2023.", None, [("2023-07-01", "2023-07-01")]),
    (
        "Thursday, 16 September 2021 – 10am PST: legal steps to convert a business to worker ownership",
        None,
        [("2021-09-16", "2021-09-16")],
    ),
    # ------------------------------------------------------------------
    # month and year only
    ("The Framework Act on Cooperatives took effect in December 2012.", None, [("2012-12", "2012-12")]),
    ("The shared platform has been piloted since March 2021.", None, [("2021-03", "2021-03")]),
    ("The report was published in Oct. 2021.", None, [("2021-10", "2021-10")]),
    # ------------------------------------------------------------------
    # year only
    (
        "Kuapa Kokoo was founded in 1993 and obtained Fairtrade certification in 1995.",
        None,
        [("1993", "1993"), ("1995", "1995")],
    ),
    ("In the year 2020 the unit celebrated its centenary.", None, [("2020", "2020")]),
    ("The ILO was founded in 1919 and its cooperatives unit in 1920.", None, [("1919", "1919"), ("1920", "1920")]),
    # ------------------------------------------------------------------
    # ranges are one event
    ("ICA Africa will hold its assembly from 4 to 6 October 2023.", None, [("2023-10-04", "2023-10-06")]),
    ("The regional dialogue takes place on 26–27 February 2025.", None, [("2025-02-26", "2025-02-27")]),
    ("The conference runs from 30 June – 2 July 2025.", None, [("2025-06-30", "2025-07-02")]),
    ("Between 2019 and 2024 the programme supported 400 cooperatives.", None, [("2019", "2024")]),
    ("The Board approved the regional work plan for 2023–2026.", None, [("2023", "2026")]),
    ("The office will be closed from 22 December 2023 to 2 January 2024.", None, [("2023-12-22", "2024-01-02")]),
    ("The members forum was held on May 12-14, 2014 in Nairobi.", None, [("2014-05-12", "2014-05-14")]),
    ("The youth forum took place between Mar 25 and 27, 2021.", None, [("2021-03-25", "2021-03-27")]),
    ("Jürgen Schwettmann headed the unit from 2000 to 2006.", None, [("2000", "2006")]),
    # ------------------------------------------------------------------
    # decades
    ("The first social enterprises grew out of people's organisations in the 1990s.", None, [("1990", "1999")]),
    ("The archive holds letters from the 1920s.", None, [("1920", "1929")]),
    # ------------------------------------------------------------------
    # yearless dates take the year of the publication date
    ("Delegates met in Nairobi on 22 and 23 May.", "2023-05-24", [("2023-05-22", "2023-05-23")]),
    ("Nominations close on 30 April.", "2024-03-21", [("2024-04-30", "2024-04-30")]),
    ("Nominations close on 30 April.", None, []),
    ("The agreement was signed in Seoul on 9 February.", "2023-02-14", [("2023-02-09", "2023-02-09")]),
    ("The new regional director began her mandate on 2 January.", "2024-01-31", [("2024-01-02", "2024-01-02")]),
    ("The feasibility study will be completed by the end of September.", "2023-05-24", [("2023-09", "2023-09")]),
    ("The summit will take place from 24 to 26 April.", "2023-02-10", [("2023-04-24", "2023-04-26")]),
    ("The summit will take place from 24 to 26 April.", None, []),
    ("The next assembly will be held on 15 January.", "2023-12-10", [("2024-01-15", "2024-01-15")]),
    # ------------------------------------------------------------------
    # datelines without a year, with history years in the text
    (
        "OTTAWA, Jan. 7 /CNW/ - Co-operatives across the country celebrate a centenary this year. The Co-operative Union of Canada was formed in Hamilton on March 6, 1909.",
        None,
        [("1909-03-06", "1909-03-06")],
    ),
    (
        "OTTAWA, Jan. 7 /CNW/ - Co-operatives across the country celebrate a centenary this year. The Co-operative Union of Canada was formed in Hamilton on March 6, 1909.",
        "2009-01-07",
        [("2009-01-07", "2009-01-07"), ("2009", "2009"), ("1909-03-06", "1909-03-06")],
    ),
    (
        "TORONTO, May 12 /CNW/ - The federation, founded in 1953, opened a new office downtown.",
        None,
        [("1953", "1953")],
    ),
    (
        "NAIROBI, Oct 19 (KNA) – The union has served Saccos since 1973.",
        "2023-10-19",
        [("2023-10-19", "2023-10-19"), ("1973", "1973")],
    ),
    ("GENEVA, 14 OCTOBER – The ILO will open its doors to the public for the first time.", None, []),
    (
        "GENEVA, 14 OCTOBER – The ILO will open its doors to the public for the first time.",
        "2019-10-14",
        [("2019-10-14", "2019-10-14")],
    ),
    # ------------------------------------------------------------------
    # the weekday fixes the year near the publication date
    ("On Monday 10 October the cooperative opened its first store.", "2022-10-14", [("2022-10-10", "2022-10-10")]),
    ("On Monday 10 October the cooperative opened its first store.", "2023-01-20", [("2022-10-10", "2022-10-10")]),
    ("On Monday 10 October the cooperative opened its first store.", None, []),
    ("The webinar is on Tuesday, 20 June, at 12pm.", "2017-06-01", [("2017-06-20", "2017-06-20")]),
    ("On Tuesday 14 May the Senate approved the bill.", "2024-05-17", [("2024-05-14", "2024-05-14")]),
    ("The 44th meeting was held online on Tuesday, July 11.", "2023-07-25", [("2023-07-11", "2023-07-11")]),
    (
        "On Thursday July 6, staff presented the unit's work at KOICA headquarters.",
        "2023-07-24",
        [("2023-07-06", "2023-07-06")],
    ),
    # ------------------------------------------------------------------
    # ordinal dates near years that name a programme or agenda
    (
        "On 7th of June the cooperative presented its contribution to the 2030 Agenda.",
        "2023-06-12",
        [("2023-06-07", "2023-06-07")],
    ),
    ("On the 5th of September, members discussed Kenya Vision 2030.", "2024-09-10", [("2024-09-05", "2024-09-05")]),
    ("Kenya Vision 2030 gives cooperatives a central role.", None, []),
    ("The 2030 Agenda for Sustainable Development was adopted in 2015.", None, [("2015", "2015")]),
    ("Activities for IYC2025 include a youth summit in New Delhi in November.", "2024-10-01", [("2024-11", "2024-11")]),
    ("The UN declared 2025 the International Year of Cooperatives.", None, [("2025", "2025")]),
    ("The International Year of Cooperatives 2025 logo was unveiled in Delhi.", None, []),
    ("The Cooperative Blueprint 2020 set three goals for the movement.", None, []),
    # ------------------------------------------------------------------
    # lower-case month names
    ("The meeting on 27 april 2023 approved the budget.", None, [("2023-04-27", "2023-04-27")]),
    ("The assembly runs from 3 to 5 march.", "2025-02-01", [("2025-03-03", "2025-03-05")]),
    ("Membership grew after the reform in september 2021.", None, [("2021-09", "2021-09")]),
    # ------------------------------------------------------------------
    # Korean and Japanese dates
    ("사회적기업 인증 결과는 2023년 5월 12일 발표되었다.", None, [("2023-05-12", "2023-05-12")]),
    ("総会は2023年7月1日に東京で開催された。", None, [("2023-07-01", "2023-07-01")]),
    ("신청은 2024년 3월에 받는다.", None, [("2024-03", "2024-03")]),
    ("この協同組合は1963年に設立された。", None, [("1963", "1963")]),
    ("행사는 2023년 10월 4일부터 6일까지 열린다.", None, [("2023-10-04", "2023-10-06")]),
    # a Korean or Japanese day without its year takes the article's; "같은해" (the same year) the last one written
    ("총회는 11월 7일 열렸다.", "2013-12-19", [("2013-11-07", "2013-11-07")]),
    ("会長は9月19日に退任した。", "2021-10-02", [("2021-09-19", "2021-09-19")]),
    (
        "2012년 8월 교육을 시작했고, 같은해 12월 1일 법이 시행됐다.",
        "2013-12-19",
        [("2012-08", "2012-08"), ("2012-12-01", "2012-12-01")],
    ),
    ("生協は2024年6月に新しい物流拠点を開所した。", None, [("2024-06", "2024-06")]),
    # ------------------------------------------------------------------
    # relative dates resolve against the publication date
    ("The Senate approved the bill last Tuesday.", "2024-05-17", [("2024-05-14", "2024-05-14")]),
    (
        "The senator told reporters yesterday that the President would sign it.",
        "2024-05-17",
        [("2024-05-16", "2024-05-16")],
    ),
    ("A follow-up session is set for tomorrow in Baguio.", "2024-05-17", [("2024-05-18", "2024-05-18")]),
    ("DOLE will present its study next Monday.", "2024-05-17", [("2024-05-20", "2024-05-20")]),
    ("The House approved its version last month.", "2024-05-17", [("2024-04", "2024-04")]),
    ("A bicameral committee will meet next month.", "2024-05-17", [("2024-06", "2024-06")]),
    ("If signed, the law would take effect next year.", "2024-05-17", [("2025", "2025")]),
    ("The agency registered 1,500 new cooperatives last year.", "2024-05-17", [("2023", "2023")]),
    ("Membership has grown by 8 percent this year.", "2024-05-17", [("2024", "2024")]),
    ("ISEA holds a forum today in Quezon City.", "2024-05-17", [("2024-05-17", "2024-05-17")]),
    ("Two years ago the bill was declared dead.", "2024-05-17", [("2022", "2022")]),
    ("The chairperson said earlier this year that audits would be stricter.", "2023-03-10", [("2023", "2023")]),
    ("The agency registered 1,500 new cooperatives last year.", None, []),
    ("A regional review is expected in the coming months.", "2024-05-17", []),
    ("Kenya celebrates Ushirika Day on the first Saturday of July every year.", None, []),
    (
        "This year the day falls on the first Saturday of July.",
        "2024-06-10",
        [("2024", "2024"), ("2024-07-06", "2024-07-06")],
    ),
    # ------------------------------------------------------------------
    # not events: counts, document numbers, money, times, phone numbers, credits
    ("The 2,000 members saved KES 690 billion between them.", None, []),
    ("Resolution A/RES/77/281 was adopted by consensus.", None, []),
    ("Recommendation No. 193 guides cooperative policy.", None, []),
    ("The webinar runs from 14:00 to 15:30 CET.", None, []),
    ("© ILO 2023", None, []),
    ("Photo: © Shutterstock 2022", None, []),
    ("© 2025 UNTFSSE | Privacy | Accessibility", None, []),
    ("The 110th Session of the International Labour Conference took place in 2022.", None, [("2022", "2022")]),
    ("Call 0800 2023 100 to register.", None, []),
    ("Tel: 613-238-6711, ext. 228", None, []),
    ("Of Gujarat's 16,000 dairy societies, 4,150 are run by women.", None, []),
    ("The project has a budget of EUR 2,030,000.", None, []),
    ("Room 2024, 20 Pangyo-ro 289beon-gil, Seongnam-si", None, []),
    ("The 3rd Central Visayas Cooperative Congress drew hundreds of leaders.", None, []),
    # ------------------------------------------------------------------
    # a date written twice is one event
    (
        "The assembly was held on 28 June 2023. On 28 June 2023 delegates also approved the new articles.",
        None,
        [("2023-06-28", "2023-06-28")],
    ),
    ("The law was passed in 2012, and in 2012 the first cooperatives were registered.", None, [("2012", "2012")]),
    # ------------------------------------------------------------------
    # several dates in one sentence
    (
        "The guide was released on 10 June 2022 and updated in March 2023.",
        None,
        [("2022-06-10", "2022-06-10"), ("2023-03", "2023-03")],
    ),
    (
        "The first resolution was adopted in April 2023 and the second on 26 November 2024.",
        None,
        [("2023-04", "2023-04"), ("2024-11-26", "2024-11-26")],
    ),
    # ------------------------------------------------------------------
    # loose parts of a year keep the year only
    ("Results are expected by mid-2024.", None, [("2024", "2024")]),
    ("The plan runs until the end of 2026.", None, [("2026", "2026")]),
    # ------------------------------------------------------------------
    # one pass each: a Korean range, a dotted day, a range across months, months of a year,
    # and months of the publication's year
    ("The fair ran (2023. 4. 18. ~ 4. 21.) in Seoul.", None, [("2023-04-18", "2023-04-21")]),
    ("The agreement was signed on 2022.03.15 in Daejeon.", None, [("2022-03-15", "2022-03-15")]),
    ("The summer school runs June 29 – July 5, 2023 in Quebec.", None, [("2023-06-29", "2023-07-05")]),
    ("The campaign runs between March and June 2023.", None, [("2023-03", "2023-06")]),
    ("The survey runs from April to June.", "2024-02-10", [("2024-04", "2024-06")]),
    # a post's timestamp, alone or glued to the text before it; two days parted by a slash
    ("Posted 2021-12-15T15:07:13+00:00 by the editors.", None, [("2021-12-15", "2021-12-15")]),
    ("Local Food For All2021-12-15T15:07:13+00:00", None, [("2021-12-15", "2021-12-15")]),
    ("The workshop takes place on 5/6 May 2022 in Brussels.", None, [("2022-05-05", "2022-05-06")]),
    # ------------------------------------------------------------------
    # whole dates in French, Spanish, Portuguese, Italian and German, as pages quote or print them
    (
        "Le congrès s'est tenu le 1er juillet 2019 à Lyon; la réunion suivante, le 18 décembre 2019.",
        None,
        [("2019-07-01", "2019-07-01"), ("2019-12-18", "2019-12-18")],
    ),
    ("La asamblea se celebró el 5 de mayo de 2021 en Lima.", None, [("2021-05-05", "2021-05-05")]),
    ("Die Versammlung fand am 12. März 2020 in Berlin statt.", None, [("2020-03-12", "2020-03-12")]),
    # a comma between the month and the year, as a Portuguese site prints its day
    ("Publicado a 30 de Março, 2012, em Maputo.", None, [("2012-03-30", "2012-03-30")]),
    # an ordinal day in capitals
    ("THE MEETING OF 30TH JANUARY, 2016 ADOPTED THE PLAN.", None, [("2016-01-30", "2016-01-30")]),
    # a comma before the year of a range of months; a month's full stop with no space before the day
    (
        "The course ran July-August, 1997, the review Oct.-Dec.,1997, and the visit Nov.4 to Dec. 3, 1997.",
        None,
        [("1997-07", "1997-08"), ("1997-10", "1997-12"), ("1997-11-04", "1997-12-03")],
    ),
    # German writes April, August, September and November as English does, with a dot after the day
    (
        "Die Bank meldete am 30. September 2025 einen Gewinn; den 4.August 2024 nannte sie nicht.",
        None,
        [("2025-09-30", "2025-09-30"), ("2024-08-04", "2024-08-04")],
    ),
    # a month's name in another language without a day and a year is no date: "mars" is a planet too
    ("Mission to Mars 2020 mai be late.", None, [("2020", "2020")]),
    # a day, a month's name and a year joined by hyphens
    ("The society was registered on 14-May-2017 in Dehradun.", None, [("2017-05-14", "2017-05-14")]),
    # two numeric days joined by a dash are a period
    ("Project duration: 01.03.2019 - 28.02.2022, funded by the ministry.", None, [("2019-03-01", "2022-02-28")]),
    # two days joined by "and" that are not next to each other are two days; next to each other, both
    (
        "Interviews took place on March 4 and 17, 2021; the fair ran on 8 and 9 May 2021.",
        None,
        [("2021-03-04", "2021-03-04"), ("2021-03-17", "2021-03-17"), ("2021-05-08", "2021-05-09")],
    ),
    # a year in the name of a bill, a decree or an occasion is no date
    (
        "The Cooperative Bill 2024 follows Decree 12 of 2019 and the Day of Cooperatives 2023 Message; "
        "towards the 2025 International Year of Cooperatives, it passed in 2024.",
        None,
        [("2024", "2024")],
    ),
    # a range of days in French, Spanish or Portuguese, its year given, implied or across a new year
    (
        "Le vote aura lieu du 4 au 15 décembre; la campagne ira du 20 décembre au 9 janvier 2021. La feria "
        "será del 5 al 9 de mayo de 2021 y el curso de 2 a 4 de março de 2022.",
        "2020-11-02",
        [
            ("2020-12-04", "2020-12-15"),
            ("2020-12-20", "2021-01-09"),
            ("2021-05-05", "2021-05-09"),
            ("2022-03-02", "2022-03-04"),
        ],
    ),
    # a relative date in a text with no date of its own is left out, though the text mentions a year
    ("Members joined forces last year, and a deal came on March 20, 2024.", None, [("2024-03-20", "2024-03-20")]),
    # a year heading a line's theme, a colon after it
    (
        'Past themes of the day: 2014: "Partners in growth", 2015: "Youth and enterprise".',
        None,
        [("2014", "2014"), ("2015", "2015")],
    ),
    # ... but not a ratio
    ("The vote passed 2015:3 in the assembly.", None, []),
    # two days of one month joined by "and", in the other languages: a range, its year from the page's day
    (
        "Sevilla acogió los días 26 y 27 de septiembre el congreso nacional.",
        "2024-10-01",
        [("2024-09-26", "2024-09-27")],
    ),
    ("Rendez-vous les 3 et 4 juin 2019 à Lyon pour les rencontres.", None, [("2019-06-03", "2019-06-04")]),
    # ... not two counts before a month's name written for another thing
    ("Tiene 3 y 4 hijos; la cosecha empieza en mayo.", "2024-10-01", []),
    # ... but a name, its year, then a subtitle after the colon is the name's year
    ("Costa Rica hosts the Foro Cooperativo Costa Rica 2014: Participación e integración.", None, []),
    # the nineteenth century's years are years: the co-operative movement's history
    (
        "The Rochdale Pioneers set out their principles in 1844; by 1899 there were 200 societies.",
        None,
        [("1844", "1844"), ("1899", "1899")],
    ),
    # ... but such a year is history, no anchor for a day without a year
    (
        "By 1899 there were 200 societies. The new union was launched on 11 May with four members.",
        None,
        [("1899", "1899")],
    ),
    # ... and a number in a link's query is no year
    ("See the call: http://example.org/index.php?task=doc&gid=1850&Itemid=9", None, []),
    # a page's tally after its label is no year
    ("(Release ID: 1937412) Visitor Counter : 1843", None, []),
    # a future tense before a day earlier in the year than the publication's: next year's day
    ("The regional forum will be held on 5 February in Lisbon.", "2019-11-20", [("2020-02-05", "2020-02-05")]),
    ("The first ventures will be selected in January.", "2023-11-03", [("2024-01", "2024-01")]),
    # ... not where the clause of the day looks back, or writes the year beside it
    ("The plan, adopted on 5 February, will guide the work.", "2019-11-20", [("2019-02-05", "2019-02-05")]),
    ("The 2019 gala will take place on 4 March.", "2019-11-20", [("2019", "2019"), ("2019-03-04", "2019-03-04")]),
    # a month written short and in lower case, with its full stop, before the day
    ("The congress closed on sept. 22, 2021 with a call to the government.", None, [("2021-09-22", "2021-09-22")]),
    ("Ballots were counted on oct. 5 in every branch.", "2020-11-02", [("2020-10-05", "2020-10-05")]),
    # ... not a month's short name with no day or year beside it
    ("The jan. issue of the newsletter is out.", "2020-11-02", []),
    # a month of the other languages and its year need no "in" before them, but for the months that are
    # names or words too ("Mayo 2021", a county; "Mars 2021"): those stay a year
    (
        "Il progetto durerà fino a gennaio 2021. Der Bericht erscheint Dezember 2023. Mayo 2021 league.",
        None,
        [("2021-01", "2021-01"), ("2023-12", "2023-12"), ("2021", "2021")],
    ),
    # American style sets a range's first year off by commas: "between April 1, 2006, and ..."
    (
        "Between April 1, 2006, and December 17, 2014, the agency lent $18 million.",
        None,
        [("2006-04-01", "2014-12-17")],
    ),
    # the year of the International Year of Cooperatives is its name's, in the other languages too
    (
        "La asamblea se celebró en el Año Internacional de las Cooperativas 2025. "
        "Le congrès a clos l'Année internationale des coopératives 2025.",
        None,
        [],
    ),
]
OPEN_CASES = []
