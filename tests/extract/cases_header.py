# Case table: page headers and listing pages.
# Each case: (text, title, publication date as ISO or None, [(item headline, item date ISO), ...])
# - title: the article's headline (or, for a listing page, the page's own
#   heading), never a release marker, a navigation trail, a kicker or a date.
# - publication date: at the precision written; None when the page gives
#   none. A listing page has the page's own date only if it shows one.
#   "Published ... | Updated ..." gives the published date. A dateline
#   without a year ("OTTAWA, Jan. 7 /CNW/") takes the year only from another
#   line of the same page that states it.
# - items: only for a page listing several dated items; one entry per item:
#   the item's full headline (never its kicker such as "News", its image
#   credit, or its summary) and the item's date (an event's start date for
#   a date range). A listing whose items carry no dates gives [], unless
#   the site cut each item short ("[…]", "Read more"): a page of such
#   teasers gives each one, undated, titled by its headline or, where it
#   has none, by the start of its summary; so does a page of cards that carry
#   a cue, a byline or a kicker said on every card (cases_cards.py).
# Written from scratch for the sse test-suite; not copied from any page.

CASES = [
    # ==================================================================
    # SINGLE ARTICLES
    # ------------------------------------------------------------------
    # a section's name, then the day in numbers parted by dashes
    (
        "Las cooperativas del sur crecen\n\nHoy\nOpinión 14-03-2024\nLas cooperativas del sur crecen\n\n"
        "Marta Soto, directora de la red, escribe sobre el año.\n",
        "Las cooperativas del sur crecen",
        "2024-03-14",
        [],
    ),
    # an hour in an American time zone puts the month first; the revision after it is no part of the day
    (
        "04/11/2015 10:05 am ET Updated May 12, 2015\n\nThe year of the village bakeries\n\nBakers met.\n",
        "The year of the village bakeries",
        "2015-04-11",
        [],
    ),
    # the day with the clock time it went up; "Posted on the 21st ..."; a revision under its own label
    (
        "Harbour co-ops shortlisted for awards\n3 May 2014 at 10:42 am\nEight co-operatives are on the list.\n",
        "Harbour co-ops shortlisted for awards",
        "2014-05-03",
        [],
    ),
    (
        "A shop that a village saved\n\nPosted on the 14th June 2018\n\nThe members bought the shop in May.\n",
        "A shop that a village saved",
        "2018-06-14",
        [],
    ),
    (
        "Federation names new chief executive\n\nNews item\n\n9th March 2021\nLast updated\n2nd April 2021\n"
        "Federation of Harbour Co-ops\n\nThe federation named a new chief executive on Tuesday.\n",
        "Federation names new chief executive",
        "2021-03-09",
        [],
    ),
    # a blog of whole posts, each under its day, from the first line: a short headline is still one,
    # and a "Written by" that lost its author's name is none (the post's text titles it)
    (
        """Tuesday, 4 October 2022 10:15

Camp builds leaders

Written by

The summer camp brought eighty young co-op members together for a week of workshops.

Monday, 5 September 2022 09:02

Written by

This month we opened the new office in Regina and welcomed our first members.

Friday, 5 August 2022 16:40

Why co-ops matter

Written by

Members own the business, and the profits stay in the town where they were made.""",
        "900_case",
        None,
        [
            ("Camp builds leaders", "2022-10-04"),
            ("This month we opened the new office in Regina and welcomed our first members.", "2022-09-05"),
            ("Why co-ops matter", "2022-08-05"),
        ],
    ),
    # ------------------------------------------------------------------
    # "Posted in Events by Jane Doe on November 12th, 2012" under each headline: the post's day
    (
        """Posts Tagged ‘community energy’

Solar co-op opens its second array

Posted in Energy by Tom Avery on March 3rd, 2014

The array on the school roof will power two hundred homes and pay members a dividend.

Members vote to buy a wind turbine

Posted in Energy, Members by Tom Avery on February 17th, 2014

Eight out of ten members voted for the turbine at the general meeting.""",
        "Posts Tagged ‘community energy’",
        None,
        [("Solar co-op opens its second array", "2014-03-03"), ("Members vote to buy a wind turbine", "2014-02-17")],
    ),
    # ------------------------------------------------------------------
    # a blog's posts, each closed by a link that names it: "Continue reading “...”", "„...“ weiterlesen"
    (
        """Worker co-op notes

What a conversion costs

Buying out a retiring owner takes a loan, a feasibility study and a year of meetings.

Continue reading “What a conversion costs”

Genossenschaften im Quartier
Warum Nachbarn gemeinsam bauen

Immer mehr Nachbarschaften gründen eine Genossenschaft, um bezahlbar zu wohnen.

„Genossenschaften im Quartier
Warum Nachbarn gemeinsam bauen“ weiterlesen""",
        "Worker co-op notes",
        None,
        [("What a conversion costs", None), ("Genossenschaften im Quartier", None)],
    ),
    # ------------------------------------------------------------------
    # a topic's page: its "Topic: ..." heading under the site's menu, then headlines with their summaries
    (
        """TopicHousing co-operatives

Topic: housing co-operatives

Tenants buy their block after a ten-year campaign

The 48 households formed a co-op last spring and raised the deposit from their members, a local credit union and a community lender.

City council backs a land trust for co-op housing

The trust will hold the land on the old depot site so that the homes built on it by co-ops stay affordable for good.

Why co-op rents rose less than market rents this year

Members set rents at cost rather than at what the market will bear, and the savings stay with the tenants year after year.

Students open the city's first co-op hall of residence

Forty students will run the hall themselves, from the kitchen rota and the cleaning to the budget and the choice of new members.""",
        "Topic: housing co-operatives",
        None,
        [
            ("Tenants buy their block after a ten-year campaign", None),
            ("City council backs a land trust for co-op housing", None),
            ("Why co-op rents rose less than market rents this year", None),
            ("Students open the city's first co-op hall of residence", None),
        ],
    ),
    # ------------------------------------------------------------------
    # an image's caption with its photo credit, said twice (caption and alt text), is no headline:
    # the line above it is
    (
        """Housing

Why rents fall in co-op buildings

A row of co-op flats (Photo: Jane Miller)

A row of co-op flats (Photo: Jane Miller)

Members set rents at cost, and the savings stay with the tenants year after year.

A new fund for tenant buyouts

Keys on a table (Foto: Sam Lee)

Keys on a table (Foto: Sam Lee)

The fund lends tenants the deposit they need to buy their building from its landlord.""",
        "Housing",
        None,
        [("Why rents fall in co-op buildings", None), ("A new fund for tenant buyouts", None)],
    ),
    # ------------------------------------------------------------------
    # a blog's posts, each opening on its headline, author and day on one line, the first at the top
    (
        """Why member capital matters by Rosa Delgado March 4th 2011

  Members who own shares stay when the market turns, and lenders know it.

Lessons from a bakery conversion by Rosa Delgado February 18th 2011

When the owners retired, eleven bakers bought the business together.""",
        "900_case",
        None,
        [("Why member capital matters", "2011-03-04"), ("Lessons from a bakery conversion", "2011-02-18")],
    ),
    # ------------------------------------------------------------------
    # a first line that is a paragraph is titled by its first sentence, not cut at "Dr." or "1. Oktober"
    (
        """The Riverside Co-operative Bank has appointed Dr. Amina Okello as the new chair of its board. She succeeds Peter Ashby, whose term ended in May after six years at the helm of the bank.

Okello is an economist who has worked with savings groups for twenty years.""",
        "The Riverside Co-operative Bank has appointed Dr. Amina Okello as the new chair of its board.",
        None,
        [],
    ),
    (
        """Der Landesverband hat einen neuen Vorstand: Eva Brandt übernimmt zum 1. Oktober die Führung des Verbands. Sie folgt auf Jens Maier, der nach zwölf Jahren in den Ruhestand geht.

Brandt leitete zuvor eine Wohnungsgenossenschaft in Kassel.""",
        "Der Landesverband hat einen neuen Vorstand: Eva Brandt übernimmt zum 1. Oktober die Führung des Verbands.",
        None,
        [],
    ),
    # ------------------------------------------------------------------
    # a Korean or Japanese page labels its day (등록, 승인, 公開日), with the time and an update after it
    (
        """서울 소비자협동조합 새 이사장 선출

등록 2021.03.09 14:05:12 수정 2021.03.10 09:30:41
한결 기자

서울 소비자협동조합은 이사회를 열어 새 이사장을 선출했다.""",
        "서울 소비자협동조합 새 이사장 선출",
        "2021-03-09",
        [],
    ),
    (
        """メニュー

【お知らせ】北山生協の元理事長が死去、81歳

 北山生協の元理事長で、地域の生協連合会の会長も務めた人物が5月2日、死去した。81歳だった。

 同氏は1970年に北山生協に入所し、長く組合員活動を支えた。""",
        "【お知らせ】北山生協の元理事長が死去、81歳",
        None,
        [],
    ),
    (
        """北山生協、新理事長を選任

公開日：2022年6月18日

北山生協は通常総会で新しい理事長を選任した。""",
        "北山生協、新理事長を選任",
        "2022-06-18",
        [],
    ),
    # ------------------------------------------------------------------
    # a byline: the author's name, then the day
    (
        """Credit union leaders meet in the capital
Amara Wanjiku December 9, 2019

The national association of credit unions held its annual meeting in Nairobi on Saturday.""",
        "Credit union leaders meet in the capital",
        "2019-12-09",
        [],
    ),
    # a dateline that opens with its day and the agency, after a photo caption
    (
        """Savings societies answer the call

From left: the chair of the savings federation, a deputy governor and two economists at the panel on rural credit held at the capital's main hotel.

June 3, 2009 (RCN) – Thirty savings societies have agreed to open their books to the regulator, the commissioner said.""",
        "Savings societies answer the call",
        "2009-06-03",
        [],
    ),
    # a dateline that opens with its day, then the place, then the text
    (
        """Marking the Day of Cooperatives at headquarters

12 July 2024 – Conference Room 4, New York: Delegates gathered to mark the day with a panel on housing cooperatives.""",
        "Marking the Day of Cooperatives at headquarters",
        "2024-07-12",
        [],
    ),
    # a reading time glued to the day under the author's name
    (
        """What a worker co-op taught me about wages

Lena Okafor
6 min readMar 14, 2019

The first thing I learned was that everyone sees the books.""",
        "What a worker co-op taught me about wages",
        "2019-03-14",
        [],
    ),
    # a board's category glued to its day and time
    (
        """Notice Board/Updates2015.11.23 09:12

Youth cooperative fair opens in the port city

The city's youth cooperative fair opened with forty stalls.""",
        "Youth cooperative fair opens in the port city",
        "2015-11-23",
        [],
    ),
    # a release's date field under its bulleted summary
    (
        """Ministry of Rural Affairs
Press Release

Ministry names 40 new village enterprises
- 1,200 village enterprises now employ 9,000 people
- Support plans received from all nine provinces

Release date: 2022.10.05 (Wed)

The ministry said on Wednesday that it had named 40 new village enterprises.""",
        "Ministry names 40 new village enterprises",
        "2022-10-05",
        [],
    ),
    # a dateline with its day in square brackets
    (
        """NEWS RELEASE

Credit unions welcome the provincial budget

HALIFAX, NS [October 2, 2018] – The province's credit unions welcomed a budget that cuts the small business tax.""",
        "Credit unions welcome the provincial budget",
        "2018-10-02",
        [],
    ),
    # a publication label and a day with a two-digit year, month first (the day cannot be a month)
    (
        """Leagues step up support for credit unions

Published 11.23.21

Credit union leagues held more than 2,000 meetings with lawmakers this year.""",
        "Leagues step up support for credit unions",
        "2021-11-23",
        [],
    ),
    # a programme in French: bullets that open on a weekday and a day without a year, the year in the title
    (
        """Semaine de la coopération 2025 : le programme

  • lundi 6 octobre : portes ouvertes à la coopérative d'habitants Les Tilleuls, avec visite des jardins.
  • mercredi 8 octobre : atelier sur les statuts de SCOP avec l'Union régionale des Scop.
  • samedi 11 octobre, à 15h00 : marché des producteurs sur la place de la mairie.
  • mardi 14 octobre : conférence sur les monnaies locales à la médiathèque.""",
        "Semaine de la coopération 2025 : le programme",
        None,
        [
            ("portes ouvertes à la coopérative d'habitants Les Tilleuls", "2025-10-06"),
            ("atelier sur les statuts de SCOP avec l'Union régionale des Scop", "2025-10-08"),
            ("marché des producteurs sur la place de la mairie", "2025-10-11"),
            ("conférence sur les monnaies locales à la médiathèque", "2025-10-14"),
        ],
    ),
    # a daily newsletter's line: its name, its issue number, then the day of the issue
    (
        """Boletim Cooperativo Diário

Boletim da Cooperação Mineira - edição nº 1412 | 18 de Março de 2014

ASSEMBLEIA: Cooperativas de crédito aprovam contas de 2013 em Belo Horizonte

Cerca de 300 delegados participaram da assembleia geral das cooperativas de crédito.""",
        "Boletim Cooperativo Diário",
        "2014-03-18",
        [],
    ),
    # a French label, the day, its time, then the time of an update on the same line
    (
        """La caisse populaire élit sa présidente

Publié le 21/04/2018 à 09:12, mis à jour le 22/04/2018 à 17:40

La caisse populaire de Rimouski a élu Annick Gagnon à sa présidence samedi.""",
        "La caisse populaire élit sa présidente",
        "2018-04-21",
        [],
    ),
    # the day, a bar, and the story's first paragraph on one line (not a listing's row of a headline)
    (
        """Sociedad
Cooperativa eléctrica renueva su consejo

14/09/2011 | La cooperativa eléctrica de Goya realizó su asamblea anual el sábado, con la presencia de socios de la ciudad y de los parajes rurales, representantes de otras entidades y funcionarios provinciales que siguieron la votación.

La nueva comisión asumirá en octubre.""",
        "Cooperativa eléctrica renueva su consejo",
        "2011-09-14",
        [],
    ),
    # the same where either number could be the month: no date is guessed
    (
        """Leagues step up support for credit unions

Published 03.04.21

Credit union leagues held more than 2,000 meetings with lawmakers this year.""",
        "Leagues step up support for credit unions",
        None,
        [],
    ),
    # an undated text whose "this year" only points to the latest year it writes: no date is guessed
    (
        """A speech to the savings movement

The movement turned fifty in 2012, as we recall. This year we open six branches.""",
        "A speech to the savings movement",
        None,
        [],
    ),
    # one that writes a day without its year is dated by it, and marked inferred
    (
        """A speech to the savings movement

The movement turned fifty in 2012, as we recall. This year we open six branches, the first on 3 May.""",
        "A speech to the savings movement",
        "2012-05",
        [],
    ),
    # a dateline of a day with a two-digit year, read where its order is plain, and not where it is not
    (
        """Fishers' society wins service award

17/9/15 – The society that markets the catch of 300 boats was honoured last night in Napier.""",
        "Fishers' society wins service award",
        "2015-09-17",
        [],
    ),
    (
        """Fishers' society wins service award

7/9/15 – The society that markets the catch of 300 boats was honoured last night in Napier.""",
        "Fishers' society wins service award",
        None,
        [],
    ),
    # a title with the page's fields run onto its line
    (
        """Member profile: Harbour Fishers Cooperative Date : 2018-03-02 Views : 1204

Harbour Fishers Cooperative
The cooperative represents 400 small-boat fishers on the north coast.""",
        "Member profile: Harbour Fishers Cooperative",
        "2018-03-02",
        [],
    ),
    # a speech's heading, which ends on the day it was given
    (
        """Keynote at the Savings Leaders Conference

Being The Keynote Address Delivered By The Honourable Commissioner For Cooperatives At The Annual Savings Leaders Conference Held At The Civic Hall, Ilorin On Thursday 9th November, 2017.

I welcome all our cooperative leaders to this year's conference.""",
        "Keynote at the Savings Leaders Conference",
        "2017-11-09",
        [],
    ),
    # a sentence of the text that ends on a day is no heading: the page gives no date
    (
        """Union plans new audit rules

The statement by the union said the rules would apply from a date to be set on 3 March 2021.

Members will be told at the next meeting.""",
        "Union plans new audit rules",
        None,
        [],
    ),
    # a title that holds an event's day is no line of fields: the page gives no date
    (
        """Webinar on 12 May 2023

Join us to hear how credit unions are adopting open banking.""",
        "Webinar on 12 May 2023",
        None,
        [],
    ),
    # a page saved with its menus: the navigation trail names the title, far down the page
    (
        """Skip to content
Members
  • Join
  • Renew
  • Benefits
  • Directory
Advocacy
  • Priorities
  • Take action
  • Letters
News
  • Press
  • Blog
  • Podcasts
Learn
  • Courses
  • Webinars
  • Conferences
About
  • Staff
  • Board
  • Careers
  • Contact
Resources
  • Reports
  • Toolkits
  • Data
  • Glossary
Events
  • Calendar
  • Past events
  • Awards
Log in
Home » News » Food co-ops and credit unions team up on local lending

Food co-ops and credit unions team up on local lending

March 3, 2016
Dana Whitfield

A credit union in the valley has opened a loan fund for the region's food co-ops.""",
        "Food co-ops and credit unions team up on local lending",
        "2016-03-03",
        [],
    ),
    # the day and the kind of text, parted by a pipe with no spaces
    (
        """Message on the International Day of Cooperatives
3 July 2010|Statement

The Secretary-General called on governments to support cooperatives.""",
        "Message on the International Day of Cooperatives",
        "2010-07-03",
        [],
    ),
    # a bare date line under the title
    (
        """Credit unions in Manitoba post record donations
February 13, 2016

Manitoba credit unions gave more to the development fund than in any previous year, their central said.""",
        "Credit unions in Manitoba post record donations",
        "2016-02-13",
        [],
    ),
    (
        """Social enterprises in Daegu hire 900 older workers
 date 2022-07-09
Social enterprises supported by the city created 900 jobs for people over 60, officials said Saturday.""",
        "Social enterprises in Daegu hire 900 older workers",
        "2022-07-09",
        [],
    ),
    (
        """youth co-ops in the balkans: a new network
27 april 2023
Twenty youth cooperatives from five countries founded a regional network in Sarajevo.""",
        "youth co-ops in the balkans: a new network",
        "2023-04-27",
        [],
    ),
    (
        """Co-operatives and the Social Economy
Prepared by the Co-operatives Secretariat
March 2004
Overview of co-operatives in Canada""",
        "Co-operatives and the Social Economy",
        "2004-03",
        [],
    ),
    # ------------------------------------------------------------------
    # release markers and navigation come before the title
    (
        """FOR IMMEDIATE RELEASE
October 1, 2014
Contact: Leah Moore, 703-555-0142

Four Leaders Named to Cooperative Hall of Fame

The induction dinner will take place on Wednesday, May 6, 2015, in Washington, D.C.""",
        "Four Leaders Named to Cooperative Hall of Fame",
        "2014-10-01",
        [],
    ),
    (
        """Home > Newsroom > Press Releases
KoSEA signs MoU with Shinhan Bank on impact loans
2024-03-28
The agreement will give 300 social enterprises access to low-interest loans.""",
        "KoSEA signs MoU with Shinhan Bank on impact loans",
        "2024-03-28",
        [],
    ),
    # ------------------------------------------------------------------
    # datelines without a year
    (
        """A century of co-operation in Canada

    OTTAWA, Jan. 7 /CNW/ - Co-operatives and credit unions across the country mark 100 years of their national movement this year. The first national association was formed in Hamilton, Ontario on March 6, 1909, and merged with a co-operative college in 1987.""",
        "A century of co-operation in Canada",
        None,
        [],
    ),
    (
        """Co-op housing sector asks for federal renewal
Released: January 2009

    OTTAWA, Jan. 7 /CNW/ - The co-operative housing federation called on the government to renew the operating agreements that began to expire in 1999.""",
        "Co-op housing sector asks for federal renewal",
        "2009-01-07",
        [],
    ),
    (
        """Co-op Week 2010 to celebrate the co-operative difference
Ottawa, May 12, 2010 -- This year's Co-op Week will take place from October 17-23, 2010, and will include International Credit Union Day.""",
        "Co-op Week 2010 to celebrate the co-operative difference",
        "2010-05-12",
        [],
    ),
    # ------------------------------------------------------------------
    # a kicker line with the date ("News | ...", "Press release | ...")
    (
        """Member States back a UN resolution on the social and solidarity economy
Governments meeting at a side event favoured a General Assembly text on the SSE.
News | 29 July 2022
The side event was organised in New York on July 22.""",
        "Member States back a UN resolution on the social and solidarity economy",
        "2022-07-29",
        [],
    ),
    (
        """ILO workshop boosts agricultural cooperatives in Lebanon and Iraq
The programme held a training of trainers to build a network of qualified cooperative trainers.
Press release | 18 October 2023
Beirut, Lebanon (ILO News) – More than 20 participants attended the eight-day workshop.""",
        "ILO workshop boosts agricultural cooperatives in Lebanon and Iraq",
        "2023-10-18",
        [],
    ),
    (
        """Message from the Director-General for the International Day of Cooperatives
Cooperatives mark their international day on the first Saturday of July.
Date issued: 05 July 2013 |""",
        "Message from the Director-General for the International Day of Cooperatives",
        "2013-07-05",
        [],
    ),
    # ------------------------------------------------------------------
    # date lines in other forms
    (
        """ICA-Africa conference explores cooperatives for a sustainable continent

11 Jan 2024

The 16th regional assembly took place on 14 and 15 November 2023 in Abuja.""",
        "ICA-Africa conference explores cooperatives for a sustainable continent",
        "2024-01-11",
        [],
    ),
    (
        """Senate passes social enterprise bill

By Kristine Joy Dela Paz
May 17, 2024 | 6:05 PM

MANILA, Philippines — After years of false starts, the Senate approved the bill last Tuesday.""",
        "Senate passes social enterprise bill",
        "2024-05-17",
        [],
    ),
    (
        """SACCO leaders call for shared digital platforms
Published: 24.05.2023
Source: Cooperative News Africa
Leaders of savings and credit cooperatives met in Nairobi on 22 and 23 May.""",
        "SACCO leaders call for shared digital platforms",
        "2023-05-24",
        [],
    ),
    (
        """Cooperatives in Cagayan hold quarterly council meeting
Published June 5, 2023 | Updated June 7, 2023
The provincial council met at the farm school in Amulung.""",
        "Cooperatives in Cagayan hold quarterly council meeting",
        "2023-06-05",
        [],
    ),
    (
        """Keynote speech at the European Social Economy Summit
Paris, 26 May 2021
Dear friends, I am pleased to address this summit on the role of the social economy.""",
        "Keynote speech at the European Social Economy Summit",
        "2021-05-26",
        [],
    ),
    (
        """Why credit unions were founded
Posted on March 3, 2021 by Jane Kimani
Credit unions began as a way for workers to save and borrow among themselves.""",
        "Why credit unions were founded",
        "2021-03-03",
        [],
    ),
    (
        """Social and Solidarity Economy Department
The department works closely with the ILO on joint projects.
Last update: 14.03.2023""",
        "Social and Solidarity Economy Department",
        "2023-03-14",
        [],
    ),
    # ------------------------------------------------------------------
    # front matter
    (
        """---
title: Youth cooperatives in the Western Balkans
date: 2024-06-03
author: Selma Hadzic
---
# Youth cooperatives in the Western Balkans

Young people in Bosnia and Herzegovina are turning to cooperatives to find work.""",
        "Youth cooperatives in the Western Balkans",
        "2024-06-03",
        [],
    ),
    # ------------------------------------------------------------------
    # Korean and Japanese pages
    (
        """사회적기업 72곳 신규 인증
2023년 5월 12일
고용노동부는 12일 사회적기업육성전문위원회를 열어 72곳을 새로 인증했다고 밝혔다.""",
        "사회적기업 72곳 신규 인증",
        "2023-05-12",
        [],
    ),
    (
        """生協連、2023年度の事業方針を発表
2023年7月1日
全国の生協は宅配事業の効率化を進める。""",
        "生協連、2023年度の事業方針を発表",
        "2023-07-01",
        [],
    ),
    # ------------------------------------------------------------------
    # no publication date on the page (history years are not one)
    (
        """What is a social cooperative?
A social cooperative is an enterprise owned by its members that pursues a social purpose.
Most social cooperatives provide care, education or work integration.""",
        "What is a social cooperative?",
        None,
        [],
    ),
    (
        """How the Rochdale Pioneers changed retail
The Rochdale Society of Equitable Pioneers opened its first shop in 1844.
By 1880 it had more than 10,000 members.""",
        "How the Rochdale Pioneers changed retail",
        None,
        [],
    ),
    (
        """Annual report 2023 of the Kisumu Dairy Cooperative
© Kisumu Dairy Cooperative 2024
The cooperative collected 4.2 million litres of milk during the year.""",
        "Annual report 2023 of the Kisumu Dairy Cooperative",
        None,
        [],
    ),
    # ==================================================================
    # a date line that names where it was written, after the date
    (
        """Savings federation closes its annual meeting
21st March 2025, Lusaka
The federation elected a new board on Friday.""",
        "Savings federation closes its annual meeting",
        "2025-03-21",
        [],
    ),
    # a date line in French
    (
        """Conférence des coopératives de travail

18 décembre 2007

La conférence a réuni 50 représentants.""",
        "Conférence des coopératives de travail",
        "2007-12-18",
        [],
    ),
    # a date field with a day-month-year in dashes, and a clock after it
    (
        """Dairy farmers call for cheaper feed
Source: Tamale | Regional Desk | Abena Mensah
Date: 07-05-2021 Time: 10:15:02:am
The farmers' union met in Tamale.""",
        "Dairy farmers call for cheaper feed",
        "2021-05-07",
        [],
    ),
    # a weekday in Indonesian before the date line's day
    (
        """Kamis , 14 March 2019, 09:30 WIB

Ministry lists 40,000 inactive cooperatives

The ministry will dissolve cooperatives that have not met for three years.""",
        "Ministry lists 40,000 inactive cooperatives",
        "2019-03-14",
        [],
    ),
    # a date field closing the byline's line
    (
        """Cooperatives are the task of every ministry

By Office of the Deputy Secretary for Documents     Date 12 October 2018
Category: News
Speakers met at the ministry's auditorium.""",
        "Cooperatives are the task of every ministry",
        "2018-10-12",
        [],
    ),
    # a site's clock and logo above the article are no title
    (
        """Island Time: 7:45 AM on Friday 3 March

Island Herald Logo

/ Front page / Archives » Article Index

Farm co-ops look to export markets

Mere Tuilagi
Wednesday, March 01, 2017

The island's farm cooperatives plan to ship taro to New Zealand.""",
        "Farm co-ops look to export markets",
        "2017-03-01",
        [],
    ),
    # a release's place, its day and time, and its reference on one line
    (
        """Farmers' cooperation programme closes with a review of its results

Yerevan, 05/10/2019 - 11:00, UNIQUE ID: 191005_3
Press releases

The programme helped 120 small farmers' cooperatives.""",
        "Farmers' cooperation programme closes with a review of its results",
        "2019-10-05",
        [],
    ),
    # a date field after a source field on one line
    (
        """Cooperative societies for hill farmers to double: minister
 Source : Hill News English  Date : 21-Mar-2018

Shimla, March 21: The minister opened a training centre.""",
        "Cooperative societies for hill farmers to double: minister",
        "2018-03-21",
        [],
    ),
    # LISTING PAGES
    # ------------------------------------------------------------------
    # cards of a news site: the last card's link and a section's name above each headline, then a wire
    # dateline closed by two dashes
    (
        """Cooperative
-
News
Dairy co-op opens a second plant
MBALE, May 2, 2025 –– The dairy co-operative opened its second cooling plant on Friday…
Read More » -
News
Savings group wins a national prize
GULU, April 9, 2025 –– A women's savings group took the national prize for rural finance…
Read More » -
News
Coffee farmers form a union
MASAKA, March 3, 2025 –– Twelve coffee co-operatives have formed a union to sell together…
Read More » -""",
        "Cooperative",
        None,
        [
            ("Dairy co-op opens a second plant", "2025-05-02"),
            ("Savings group wins a national prize", "2025-04-09"),
            ("Coffee farmers form a union", "2025-03-03"),
        ],
    ),
    # a day and a headline on one line, the bar glued to the year
    (
        """Regional news and updates

June 5, 2025| The provincial council met its co-operatives in Tuguegarao
June 04, 2025 | The extension office awarded start-up capital to fifteen co-operatives
May 28, 2025| Forty coconut farmers' co-operatives were trained in Butuan""",
        "Regional news and updates",
        None,
        [
            ("The provincial council met its co-operatives in Tuguegarao", "2025-06-05"),
            ("The extension office awarded start-up capital to fifteen co-operatives", "2025-06-04"),
            ("Forty coconut farmers' co-operatives were trained in Butuan", "2025-05-28"),
        ],
    ),
    # a blog post listing events by day and month, the year only in its title
    (
        """Co-op events coming up: March/April 2011

There is something on almost every week this spring. Here is a selection from around the country:

– 8th March: Worker Co-op Weekend, at the Guildhall, Norwich; workshops on governance and finance

– 22nd-23rd March: Community Shares Summit, in Leeds, with a day of practitioner sessions

– 5th April: Growing Food Co-ops, a regional meeting for food co-op organisers; see the network's site to book""",
        "Co-op events coming up: March/April 2011",
        None,
        [
            ("Worker Co-op Weekend", "2011-03-08"),
            ("Community Shares Summit", "2011-03-22"),
            ("Growing Food Co-ops", "2011-04-05"),
        ],
    ),
    # a digest: its day, a bulleted list of headlines, then the stories under their headlines again
    (
        """Across the Region: This Week's Stories
June 6, 2024 Regional Roundup
- Farm credit cooperative opens three rural branches
- Housing co-op members approve solar roof plan
- Youth savings club wins national award
Farm credit cooperative opens three rural branches
The cooperative said the branches will serve about 4,000 members in the hill districts.
Housing co-op members approve solar roof plan
Members voted 212 to 40 for panels on all six blocks.""",
        "Across the Region: This Week's Stories",
        "2024-06-06",
        [
            ("Farm credit cooperative opens three rural branches", "2024-06-06"),
            ("Housing co-op members approve solar roof plan", "2024-06-06"),
            ("Youth savings club wins national award", "2024-06-06"),
        ],
    ),
    # a release's bulleted summary under its date names no story below: one article
    (
        """Ministry certifies 40 new village enterprises
June 6, 2024 Press release
- 1,200 village enterprises now employ 9,000 people
- Support plans received from all nine provinces
The ministry said on Thursday that it had certified 40 new village enterprises.""",
        "Ministry certifies 40 new village enterprises",
        "2024-06-06",
        [],
    ),
    # a keyword index exported as a table: no title above it, a column of keywords beside the headline
    (
        """| 20190311 | 11/03/2019 | LETTERS: Members deserve a vote | A. Okafor | 12 | governance, members, annual meeting, boards |

| 20190902 | 02/09/2019 | OPINION: Why the merger needs patience | R. Lind | 18 | mergers, regional societies, governance |

| 20200114 | 14/01/2020 | Review panel reports on society structures | P. Haddad | 4 | governance, review panel, structures, members |""",
        "900_case",
        None,
        [
            ("LETTERS: Members deserve a vote", "2019-03-11"),
            ("OPINION: Why the merger needs patience", "2019-09-02"),
            ("Review panel reports on society structures", "2020-01-14"),
        ],
    ),
    # cards: a photo caption and its credit, the headline, a summary, then a byline with the day
    (
        """Housing co-ops

  • A row of terraced houses under a grey sky.
    Photo credit
    Stock Images

    Tenants in three cities vote to form housing co-ops

    The votes follow a year of campaigning. Organisers say more than 900 households took part in the ballots.

    By Feb. 11, 2025
  • Two people shaking hands in an office.
    Photo credit
    Stock Images

    Mutual lender agrees to buy a regional building society

    The deal, which needs the regulator's approval, would create the sector's fifth-largest lender.

    By Carla Mendes • Feb. 3, 2025
  • A construction crane at dawn.
    Photo credit

    Community land trust breaks ground on its first homes

    The trust raised its funds from a community share offer that closed in December.

    By Jan. 28, 2025""",
        "Housing co-ops",
        None,
        [
            ("Tenants in three cities vote to form housing co-ops", "2025-02-11"),
            ("Mutual lender agrees to buy a regional building society", "2025-02-03"),
            ("Community land trust breaks ground on its first homes", "2025-01-28"),
        ],
    ),
    # a numbered digest: each headline with its day in brackets after it
    (
        """Year-End Review 2022: Ministry of Cooperation

1. Cabinet approves computerisation of primary agricultural credit societies. (29th June 2022)
2. National conference on cooperative policy held in the capital. (8th September 2022)
3. Ministry launches a portal for the registration of cooperative societies. (14th November 2022)
""",
        "Year-End Review 2022: Ministry of Cooperation",
        None,
        [
            ("Cabinet approves computerisation of primary agricultural credit societies", "2022-06-29"),
            ("National conference on cooperative policy held in the capital", "2022-09-08"),
            ("Ministry launches a portal for the registration of cooperative societies", "2022-11-14"),
        ],
    ),
    # ILO topic page: numbered items, kicker, headline, date, optional summary
    (
        """News, stories and statements on cooperatives

  1. News

    Cooperative auditors in Jordan complete a new training cycle

    29 November 2023

    Twenty auditors from the national cooperative body learned to use the revised audit manual.

  2. News

    Coffee farmers in Lao PDR learn the cooperative model

    28 November 2023

    Facilitators were trained to explain cooperative principles to farmer groups in the south.

  3. Spotlight Interviews with Co-operators

    Hana Okafor, Treasurer, Lagos Market Women's Cooperative

    20 November 2023

    The ILO spoke with Hana Okafor about savings groups in open-air markets.""",
        "News, stories and statements on cooperatives",
        None,
        [
            ("Cooperative auditors in Jordan complete a new training cycle", "2023-11-29"),
            ("Coffee farmers in Lao PDR learn the cooperative model", "2023-11-28"),
            ("Hana Okafor, Treasurer, Lagos Market Women's Cooperative", "2023-11-20"),
        ],
    ),
    # ILO topic page: items without a summary
    (
        """News, stories and statements on cooperatives

  1. News

    Call for expression of interest: study on cooperative statistics in national plans

    26 June 2017

  2. News

    Cooperatives help domestic workers in the Caribbean formalise their work

    22 June 2017

    A two-day workshop helped a domestic workers' cooperative prepare its business plan.

  3. News

    Vacancy: internship on a decent work self-assessment tool

    21 June 2017""",
        "News, stories and statements on cooperatives",
        None,
        [
            ("Call for expression of interest: study on cooperative statistics in national plans", "2017-06-26"),
            ("Cooperatives help domestic workers in the Caribbean formalise their work", "2017-06-22"),
            ("Vacancy: internship on a decent work self-assessment tool", "2017-06-21"),
        ],
    ),
    # ILO topic page: a headline that itself contains a month and year
    (
        """News, stories and statements on cooperatives

  1. News

    ILO marks the International Day of Cooperatives with a focus on informal workers

    04 July 2017

    The event also launched a report on home-based workers and waste pickers.

  2. News

    ILO COOP eNewsUpdate No. 5, June 2017

    29 June 2017

    The latest issue of the unit's newsletter is now available.""",
        "News, stories and statements on cooperatives",
        None,
        [
            ("ILO marks the International Day of Cooperatives with a focus on informal workers", "2017-07-04"),
            ("ILO COOP eNewsUpdate No. 5, June 2017", "2017-06-29"),
        ],
    ),
    # ILO regional page: kickers that are topics or series names
    (
        """ILO's work on cooperatives in Europe and Central Asia

  1. News

    ILO joins a conference on the social economy in Trento

    29 July 2022

  2. Spotlight Interviews with Co-operators

    Two trade experts explain the new rules on cooperative statistics

    18 May 2022

    The series features cooperators whom ILO officials have met in the course of their work.

  3. Presentation

    Office report on decent work and the SSE: focus on Europe and Central Asia

    14 April 2022""",
        "ILO's work on cooperatives in Europe and Central Asia",
        None,
        [
            ("ILO joins a conference on the social economy in Trento", "2022-07-29"),
            ("Two trade experts explain the new rules on cooperative statistics", "2022-05-18"),
            ("Office report on decent work and the SSE: focus on Europe and Central Asia", "2022-04-14"),
        ],
    ),
    # month headers
    (
        """News on Social and Solidarity Economy

August 2023

  1. Side event on social innovation co-hosted at the UN in New York

    01 August 2023

    Countries discussed how social innovation can speed up progress on the SDGs.

July 2023

  1. ILO and a Korean university sign an MOU on SSE research

    25 July 2023

  2. Regular meeting of the UN Task Force on Social and Solidarity Economy

    25 July 2023

    About 30 participants joined the 44th meeting online.

  3. Launch of an SSE awareness raising package

    24 July 2023""",
        "News on Social and Solidarity Economy",
        None,
        [
            ("Side event on social innovation co-hosted at the UN in New York", "2023-08-01"),
            ("ILO and a Korean university sign an MOU on SSE research", "2023-07-25"),
            ("Regular meeting of the UN Task Force on Social and Solidarity Economy", "2023-07-25"),
            ("Launch of an SSE awareness raising package", "2023-07-24"),
        ],
    ),
    # regional news: image credit, kicker, headline, date with a place, summary
    (
        """News and articles

  1. © Shutterstock 2023

    A just transition

    Trade unions help green Viet Nam's chemical industry

    17 May 2023, Hanoi, Viet Nam

    Union members reviewed support for workers affected by new environmental rules.

  2. Cooperative development

    Tea and coffee producer groups learn cooperative skills in Lao PDR

    15 May 2023, Bangkok, Thailand

    Farmer groups from Attapeu took part in a cooperative start-up training.

  3. Occupational Safety and Health

    Students draw safe workplaces in Mongolia

    15 May 2023, Ulaanbaatar, Mongolia""",
        "News and articles",
        None,
        [
            ("Trade unions help green Viet Nam's chemical industry", "2023-05-17"),
            ("Tea and coffee producer groups learn cooperative skills in Lao PDR", "2023-05-15"),
            ("Students draw safe workplaces in Mongolia", "2023-05-15"),
        ],
    ),
    # regional news: a dateline at the start of each summary
    (
        """Provincial

Water cooperative to serve Manobo villages in Surigao del Sur
October 19, 2023, 4:01 pm
BUTUAN CITY – More than a thousand indigenous households will get safe water from a system run by a local cooperative… Read More

Fisherfolk cooperative in Negros Oriental gets new boats
October 19, 2023, 6:03 am
DUMAGUETE CITY – Twelve fiberglass boats were handed to a fisherfolk cooperative in Mabinay… Read More

Tricycle drivers in Iloilo form a transport cooperative
October 18, 2023, 9:18 pm
ILOILO CITY – Some 200 drivers registered their cooperative this week… Read More""",
        "Provincial",
        None,
        [
            ("Water cooperative to serve Manobo villages in Surigao del Sur", "2023-10-19"),
            ("Fisherfolk cooperative in Negros Oriental gets new boats", "2023-10-19"),
            ("Tricycle drivers in Iloilo form a transport cooperative", "2023-10-18"),
        ],
    ),
    # event listing: weekday, date and time under the event title
    (
        """Events

Cooperatives and the future of work: lunchtime seminar
Tuesday, 20 June 2017 - 12pm
ILO headquarters, Geneva

Launch of the report on cooperatives and refugees
Thursday, 22 June 2017 - 1:30pm
Room IV, ILO headquarters

Webinar: statistics of cooperatives
Wednesday, 5 July 2017 - 3pm
Online""",
        "Events",
        None,
        [
            ("Cooperatives and the future of work: lunchtime seminar", "2017-06-20"),
            ("Launch of the report on cooperatives and refugees", "2017-06-22"),
            ("Webinar: statistics of cooperatives", "2017-07-05"),
        ],
    ),
    # event calendar: month headers, the date above the title, date ranges
    (
        """Events calendar 2025
Last updated: 3 February 2025

MARCH 2025

3 to 5 March 2025
Regional assembly of cooperative youth networks
Kampala, Uganda

18 March 2025 · 10:00–12:00 CET
Launch of the social economy statistics handbook
Paris, France and online

APRIL 2025

7–11 April 2025
Summer school on worker buyouts
Turin, Italy""",
        "Events calendar 2025",
        "2025-02-03",
        [
            ("Regional assembly of cooperative youth networks", "2025-03-03"),
            ("Launch of the social economy statistics handbook", "2025-03-18"),
            ("Summer school on worker buyouts", "2025-04-07"),
        ],
    ),
    # webinar archive: ordinal day numbers and time zones on the date line
    (
        """Past Webinars 2021

Worker buyouts: legal steps to convert a family business
Thursday, September 16th, 2021 – 10am PST/1pm EST
A lawyer shares the steps involved in converting a founder-owned business.

Rural development loans for cooperatives
August 19th, 2021 – 10am PST/1pm EST
An analyst describes grant and loan options for cooperatives.

Cooperatives in Indian Country
July 22nd, 2021 – 10am PST/1pm EST""",
        "Past Webinars 2021",
        None,
        [
            ("Worker buyouts: legal steps to convert a family business", "2021-09-16"),
            ("Rural development loans for cooperatives", "2021-08-19"),
            ("Cooperatives in Indian Country", "2021-07-22"),
        ],
    ),
    # blog index: "Posted on ... by ..."
    (
        """Co-op Development Blog

Three lessons from converting a bakery to worker ownership
Posted on April 13, 2021 by Jane Kimani
When the owner retired, eleven employees bought the business together.
Read more

Why small credit unions still matter
Posted on March 30, 2021 by Tom Otieno
Small credit unions serve members that large ones overlook.
Read more

A weekend with the food co-ops of Maine
Posted on March 17, 2021 by Jane Kimani
Read more""",
        "Co-op Development Blog",
        None,
        [
            ("Three lessons from converting a bakery to worker ownership", "2021-04-13"),
            ("Why small credit unions still matter", "2021-03-30"),
            ("A weekend with the food co-ops of Maine", "2021-03-17"),
        ],
    ),
    # blog archive: weekday and date above each post
    (
        """Cooperative Development Institute

Monday, March 17, 2014
Maine conference on building local economies
A one-day gathering in Augusta will look at food, energy and worker co-ops.

Thursday, February 27, 2014
Guidebook on farming together published
The guide draws on interviews with farmers who share land and machinery.

Wednesday, January 22, 2014
Regional co-op council sets date for annual meeting
The meeting will be held on March 27-28, 2014 in Albany.""",
        "Cooperative Development Institute",
        None,
        [
            ("Maine conference on building local economies", "2014-03-17"),
            ("Guidebook on farming together published", "2014-02-27"),
            ("Regional co-op council sets date for annual meeting", "2014-01-22"),
        ],
    ),
    # newsletter digest: the page's own date in the issue line
    (
        """Cooperative Housing News Digest
Issue 12 – 28 February 2024

1. Vienna housing cooperatives open 400 new flats
Published: 26 February 2024
The flats will be let at cost to members on the waiting list.

2. Zurich votes to double land for cooperative housing
Published: 19 February 2024

3. New guide on financing housing co-ops in Kenya
Published: 12 February 2024
The guide explains how Saccos can lend to housing cooperatives.""",
        "Cooperative Housing News Digest",
        "2024-02-28",
        [
            ("Vienna housing cooperatives open 400 new flats", "2024-02-26"),
            ("Zurich votes to double land for cooperative housing", "2024-02-19"),
            ("New guide on financing housing co-ops in Kenya", "2024-02-12"),
        ],
    ),
    # table of date | title
    (
        """Notices
Seoul Social Economy Center > News > Notices

31 items

Date       | Title
-----------|------------------------------------------------------------
2024-04-22 | Call for participants: social economy youth academy (until 10 May)
2024-04-08 | Social Value Market returns to Seoul Plaza in June
2024-03-19 | Results of the 2023 survey of social cooperatives in Seoul
2024-03-04 | Office relocation notice

« Prev | 1 2 3 4 | Next »""",
        "Notices",
        None,
        [
            ("Call for participants: social economy youth academy (until 10 May)", "2024-04-22"),
            ("Social Value Market returns to Seoul Plaza in June", "2024-04-08"),
            ("Results of the 2023 survey of social cooperatives in Seoul", "2024-03-19"),
            ("Office relocation notice", "2024-03-04"),
        ],
    ),
    # dd.mm.yyyy at the start of each line
    (
        """Press releases
14.05.2024  Social economy fund opens second call
30.04.2024  Regional council adopts SSE strategy for 2024-2028
11.04.2024  Twelve social enterprises receive start-up grants""",
        "Press releases",
        None,
        [
            ("Social economy fund opens second call", "2024-05-14"),
            ("Regional council adopts SSE strategy for 2024-2028", "2024-04-30"),
            ("Twelve social enterprises receive start-up grants", "2024-04-11"),
        ],
    ),
    # bulleted newsroom: "- date: headline" and an indented summary
    (
        """Newsroom

- 11 Apr 2024: Federation welcomes new rules on social clauses in public tenders
    The rules will apply to contracts above EUR 200,000.
- 02 Apr 2024: Call for nominations: young cooperator award
- 25 Mar 2024: Study visit to social cooperatives in Bologna
    Eighteen members travelled to Emilia-Romagna between 18 and 20 March.

Page 1 of 4 | Older news »""",
        "Newsroom",
        None,
        [
            ("Federation welcomes new rules on social clauses in public tenders", "2024-04-11"),
            ("Call for nominations: young cooperator award", "2024-04-02"),
            ("Study visit to social cooperatives in Bologna", "2024-03-25"),
        ],
    ),
    # news page: headline, short date, then a dateline in the summary
    (
        """News

Northern retail co-op joins regional federation

Apr 8, 2015

Winnipeg, MB [April 8, 2015] – The federation's board approved the membership of a small retail co-op in the Yukon…

Third international summit of cooperatives confirmed

Apr 1, 2015

Quebec, April 1, 2015 – A third edition of the summit will be held in October 2016…

Provincial council elects a new president

Mar 30, 2015

Members elected the board of directors during the annual meeting.""",
        "News",
        None,
        [
            ("Northern retail co-op joins regional federation", "2015-04-08"),
            ("Third international summit of cooperatives confirmed", "2015-04-01"),
            ("Provincial council elects a new president", "2015-03-30"),
        ],
    ),
    # RSS feed
    (
        """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>Cooperative Youth Network – Latest news</title>
<lastBuildDate>Tue, 14 Feb 2023 09:30:00 +0000</lastBuildDate>
<item>
<title>Youth cooperators meet in Kathmandu</title>
<pubDate>Mon, 13 Feb 2023 08:00:00 +0545</pubDate>
<description>Forty young cooperators from 12 countries discussed leadership.</description>
</item>
<item>
<title>Call for young researchers on platform cooperatives</title>
<pubDate>Fri, 03 Feb 2023 10:00:00 +0000</pubDate>
</item>
</channel>
</rss>""",
        "Cooperative Youth Network – Latest news",
        "2023-02-14",
        [
            ("Youth cooperators meet in Kathmandu", "2023-02-13"),
            ("Call for young researchers on platform cooperatives", "2023-02-03"),
        ],
    ),
    # Korean notice board
    (
        """공지사항
번호 | 제목 | 등록일
15 | 2024년 사회적경제 청년 아카데미 참가자 모집 | 2024-04-22
14 | 사회적협동조합 실태조사 결과 발표 | 2024-03-19
13 | 사무실 이전 안내 | 2024-03-04""",
        "공지사항",
        None,
        [
            ("2024년 사회적경제 청년 아카데미 참가자 모집", "2024-04-22"),
            ("사회적협동조합 실태조사 결과 발표", "2024-03-19"),
            ("사무실 이전 안내", "2024-03-04"),
        ],
    ),
    # Japanese notices with the date in front
    (
        """お知らせ
2024年7月5日 組合員向け学習会を開催しました
2024年6月21日 新しい物流センターが稼働しました
2024年6月3日 第40回通常総代会のご報告""",
        "お知らせ",
        None,
        [
            ("組合員向け学習会を開催しました", "2024-07-05"),
            ("新しい物流センターが稼働しました", "2024-06-21"),
            ("第40回通常総代会のご報告", "2024-06-03"),
        ],
    ),
    # ------------------------------------------------------------------
    # counter-cases: listings whose items carry no dates
    (
        """Latest news

Co-operatives last twice as long as other businesses
Because co-operatives reinvest their surplus, they tend to survive longer…

The world's largest co-operatives report record turnover
The 300 largest co-operatives reported higher revenue than a year earlier…

What is a social co-operative?
Social co-operatives combine member ownership with a social purpose…""",
        "Latest news",
        None,
        [],
    ),
    (
        """Sacco Review – Regional news
Updated 20 February 2026

Kisumu plans to merge small cooperatives
The county council wants to merge societies that are too small to survive.
Read More

Saccos urged to embrace mobile banking
Sacco leaders in Mombasa were told to invest in technology.
Read More""",
        "Sacco Review – Regional news",
        "2026-02-20",
        [],
    ),
    # cards that a date closes (headline, summary, "May 3rd, 2019|"), the page opening on the first card
    (
        """Dairy co-op opens a cheese plant

The plant in the valley will take milk from 300 farms and employ 45 people when it runs at full speed.

May 3rd, 2019|

Housing co-ops win council backing

The council voted to lease five sites to new housing co-operatives at a fixed rent for 40 years.

April 27th, 2019|

Credit union turns 50

Members marked the anniversary with a picnic and a new savings account for children.

April 9th, 2019|""",
        "900_case",
        None,
        [
            ("Dairy co-op opens a cheese plant", "2019-05-03"),
            ("Housing co-ops win council backing", "2019-04-27"),
            ("Credit union turns 50", "2019-04-09"),
        ],
    ),
    # a page that opens on its first item's date, each date above its headline
    (
        """March 14, 2019

Power co-ops told to cut outages

By Ana Reyes – March 13, 2019 from the Island Courier: the regulator gave three electric cooperatives a month to report.

March 2, 2019

Senate backs tax relief for electric co-ops

By Ana Reyes – March 1, 2019 from the Island Courier: the bill now goes to the lower house.

February 20, 2019

Rural co-op wins grid award

By Ben Cruz – February 19, 2019: the cooperative cut losses by a third.""",
        "900_case",
        None,
        [
            ("Power co-ops told to cut outages", "2019-03-14"),
            ("Senate backs tax relief for electric co-ops", "2019-03-02"),
            ("Rural co-op wins grid award", "2019-02-20"),
        ],
    ),
    # the author's field glued to each item's date by the crawl
    (
        """Events from our network

Published on 12/09/2021by editor

Worker buyouts in the north

The conference heard from ten worker buyouts that turned round firms in the textile and furniture trades.

Published on 02/09/2021by editor

A new fund for social co-ops

The fund opens in October and will lend to social co-operatives that employ people leaving prison.""",
        "Events from our network",
        None,
        [("Worker buyouts in the north", "2021-09-12"), ("A new fund for social co-ops", "2021-09-02")],
    ),
    # cards closed by their headline again with the post's time glued to it, as a crawl keeps them
    (
        """Villagers save their shop for good


The shop closed in 2020; 300 villagers bought shares to reopen it, and it now sells bread from the bakery next door [...]

Villagers save their shop for good2023-06-02T09:15:00+00:00

Pub saved by its regulars


The regulars raised the money in six weeks and took over the lease from the brewery last month, with a manager paid by the co-op [...]

Pub saved by its regulars2023-05-11T16:40:12+00:00""",
        "Villagers save their shop for good",
        None,
        [("Villagers save their shop for good", "2023-06-02"), ("Pub saved by its regulars", "2023-05-11")],
    ),
    # dates and bylines under the headlines, and summaries ending on a link to the rest
    (
        """Co-op news

Bakery co-op opens a second shop

12.04.2021 | ANNA VIRTANEN, text

The bakery co-op in the old town opened its second shop on the harbour front.

Housing co-ops plan 400 homes

3.2.2021 | MIKKO LAINE, text

The city's housing co-ops agreed a plan for 400 homes near the new tram line.""",
        "Co-op news",
        None,
        [("Bakery co-op opens a second shop", "2021-04-12"), ("Housing co-ops plan 400 homes", "2021-02-03")],
    ),
    (
        """Our Members In The Press

Member credit unions make the papers every week; here are the latest stories about them from the region!

May 2, 2014

Two Island Credit Unions Agree to Merge

The Island Courier: Harbour Credit Union will join Bay Credit Union in the autumn, giving members of both a wider branch network and longer hours …  [MORE]

April 11, 2014

Credit Union Named Top Employer

The Island Courier: Harbour Credit Union was named the best place to work among the region's financial firms …  [MORE]

March 20, 2014

Credit Unions to Merge

The Bay Herald: two small credit unions on the east coast will vote on a merger at their annual meetings in May …  [MORE]""",
        "Our Members In The Press",
        None,
        [
            ("Two Island Credit Unions Agree to Merge", "2014-05-02"),
            ("Credit Union Named Top Employer", "2014-04-11"),
            ("Credit Unions to Merge", "2014-03-20"),
        ],
    ),
    # a German agency's archive: each headline over a dateline with the agency in brackets, no dash;
    # the page's first headline and dateline are its first item's
    (
        """Wohnungsgenossenschaft baut in Leipzig

Leipzig, 14. Oktober 2024 (gnd) Die Genossenschaft errichtet 120 Wohnungen am Stadtrand. Der Vorstand nannte…
Weiterlesen

Molkerei schließt Werk in Husum

Husum/Kiel, 9. Oktober 2024 (gnd). Die Molkereigenossenschaft legt zwei Standorte zusammen, um Kosten zu sparen…
Weiterlesen

Bankengruppe wächst im dritten Quartal

Frankfurt, 2. Oktober 2024 (gnd) Die genossenschaftlichen Banken haben ihre Kredite erneut ausgeweitet…
Weiterlesen""",
        "900_case",
        None,
        [
            ("Wohnungsgenossenschaft baut in Leipzig", "2024-10-14"),
            ("Molkerei schließt Werk in Husum", "2024-10-09"),
            ("Bankengruppe wächst im dritten Quartal", "2024-10-02"),
        ],
    ),
    # a category page: each headline over its day and author; where the theme prints the updated day
    # glued to the posted one, the earlier is the post's
    (
        """News

Members meet in Nairobi for the annual forum

12th March 2024 by Amina Yusuf
Categories News

Toolkit on cooperative statistics published

2nd February 202418th January 2024 by Amina Yusuf

The toolkit explains how to count members and jobs … Read more…

Categories News, publications

Webinar on youth and cooperatives

5th December 2023 by Amina Yusuf
Categories Events""",
        "News",
        None,
        [
            ("Members meet in Nairobi for the annual forum", "2024-03-12"),
            ("Toolkit on cooperative statistics published", "2024-01-18"),
            ("Webinar on youth and cooperatives", "2023-12-05"),
        ],
    ),
    # a magazine's archive: headline, summary, then the day and the section's name, the same on
    # every card; a summary may run to two paragraphs, and a headline may open on a quote
    (
        """Browse the Archive

Every article we have printed since 1990, by topic or date.

Title Post date Section
Bakery co-op doubles its members

The worker-owned bakery on Elm Street now counts forty members, up from twenty a year ago...

04 Mar 2019 • Short Reads
Credit union opens a rural branch

Members in the hill towns asked for a branch for years.

The new office opens on Mondays and Thursdays...

11 Mar 2019 • Short Reads
"Grow Local" film premieres at the co-op

A documentary on three farm co-ops had its first showing at the store on Friday...

18 Mar 2019 • Short Reads""",
        "Browse the Archive",
        None,
        [
            ("Bakery co-op doubles its members", "2019-03-04"),
            ("Credit union opens a rural branch", "2019-03-11"),
            ('"Grow Local" film premieres at the co-op', "2019-03-18"),
        ],
    ),
    # a reposted release: the source's address on the first line is no title; the dateline, two
    # cities and a day, stands alone on its line and ends with a colon
    (
        """From Cooperatives Today: https://example.org/2023/03/14/council-adopts-the-recommendation/

Council adopts the recommendation on social economy

Lisbon/Brussels, 15 March 2023:

The ministers adopted the text at their meeting on Wednesday.""",
        "Council adopts the recommendation on social economy",
        "2023-03-15",
        [],
    ),
    # a saved page's month glued to a French wire's dateline: the dateline gives the day
    (
        """ date 2021-04 QUÉBEC, le 8 avril 2021 /CNW Telbec/ - Les coopératives d'habitation demandent un fonds.

Un fonds pour les coopératives d'habitation""",
        "Un fonds pour les coopératives d'habitation",
        "2021-04-08",
        [],
    ),
    # a year's activities, numbered, each its name, its places and its days as fields of one line
    (
        """Activities of the regional office in 2004

1. Training course for managers of dairy co-operatives, Anand, India, 12-16 January, 2004.

2. 5th meeting of the Committee on Fisheries, Colombo, Sri Lanka, 3 March, 2004

3. Study visit of Nepalese savings co-op leaders to Malaysia, May-June, 2004.

4. Workshop on co-operative law, 20-22 September, 2004, Hanoi, Vietnam""",
        "Activities of the regional office in 2004",
        None,
        [
            ("Training course for managers of dairy co-operatives, Anand, India", "2004-01-12"),
            ("5th meeting of the Committee on Fisheries, Colombo, Sri Lanka", "2004-03-03"),
            ("Study visit of Nepalese savings co-op leaders to Malaysia", "2004-05"),
            ("Workshop on co-operative law", "2004-09-20"),
        ],
    ),
    # a dateline in capitals with a dash after the place and an ordinal day in capitals
    (
        """MINISTRY LAUNCHES CO-OPERATIVE REGISTER

LUSAKA – 12TH MARCH, 2018 – THE Ministry has opened an online register for co-operatives.""",
        "MINISTRY LAUNCHES CO-OPERATIVE REGISTER",
        "2018-03-12",
        [],
    ),
    # a calendar's sign before the day on its own line
    (
        """Address on the Day of Co-operatives

🗓️ 5 July 2024

The minister spoke to the members in Mahikeng.""",
        "Address on the Day of Co-operatives",
        "2024-07-05",
        [],
    ),
    # a section's name glued to the day by the crawl, a time after it
    (
        """Co-op bank posts record profit

by Jane Wambui

Business14 June 2024 - 09:30

The bank's members will share the dividend.""",
        "Co-op bank posts record profit",
        "2024-06-14",
        [],
    ),
    # a headline that carries its day in brackets
    (
        """Co-operatives Included in the National Plan (14/09/2015)

The cabinet approved the plan on Tuesday.""",
        "Co-operatives Included in the National Plan",
        "2015-09-14",
        [],
    ),
    # a Korean newspaper's line: the day, then the reporter's name and 기자 ("reporter")
    (
        """Social enterprises to get tax relief

2019-03-07     박지수 기자
The ministry announced the plan on Thursday.""",
        "Social enterprises to get tax relief",
        "2019-03-07",
        [],
    ),
    # a category page of teasers with no dates: headline, then a summary the site cut with "[...]"
    (
        """Category: Housing co-ops

Tenants Want a Say? Start a Co-op!

Ask your council to back the motion for community-led housing. The motion asks the city to keep land for co-operative homes and to guarantee loans for groups who build them. Please write to your councillor to build support [...]

Federation Webinar:  What Failed Co-ops Teach Us

A webinar on lessons from housing co-ops that closed, on a weekday evening. It will be led by two former board members and look at finance, governance and members' trust in the early years [...]""",
        "Category: Housing co-ops",
        None,
        [("Tenants Want a Say? Start a Co-op!", None), ("Federation Webinar:  What Failed Co-ops Teach Us", None)],
    ),
    # a blog's tag archive: each post's headline set apart, a subheading or two inside its summary, the
    # summary cut with "… Continue reading" (on a short last line of its paragraph), then a line of post
    # facts ("Posted in ... | Leave a comment") that is no headline
    (
        """Tag Archives: credit unions

Credit Unions and Farmers, part 3

Member Loans in Dry Years
When the rains failed twice, the credit union in our valley changed how it lends to its farming members, and … Continue reading

Posted in Rural Finance | Tagged , , | Leave a comment

Credit Unions and Farmers: Origins

part 1 of a series
The First Rural Savings Societies
The first savings societies in our county were formed by dairy farmers who could not borrow from the banks.
The farmers met … Continue reading

Posted in Rural Finance, History | Tagged , , , | 2 Comments

A Visit to the Harbour Fishers' Co-op

I spent a morning with the harbour fishers, who have pooled their boats and their sales for eleven years, and … Continue reading

Posted in Fisheries | Tagged , | Leave a comment""",
        "Tag Archives: credit unions",
        None,
        [
            ("Credit Unions and Farmers, part 3", None),
            ("Credit Unions and Farmers: Origins", None),
            ("A Visit to the Harbour Fishers' Co-op", None),
        ],
    ),
    # a section's page with a subtitle of its own above the first teaser, longer than its headline; a
    # photo's credit of two words between a headline and its summary
    (
        """Community Energy News

Stories from our member co-ops and from the wider community energy movement

Solar Roofs for Village Halls

Our survey of village halls found that most roofs in the county could carry panels, and that halls which share a co-op's meter pay a third less for power.

Read more

Wind Share Offer Closes Early

Turbine photo

The share offer for the hill farm turbine closed two weeks early after members bought every share, and the board will now order the blades for delivery in the spring.

Read more""",
        "Community Energy News",
        None,
        [("Solar Roofs for Village Halls", None), ("Wind Share Offer Closes Early", None)],
    ),
    # a category page of posts with no headlines: a bullet with the day and the author (glued to the
    # year by the crawl), then the summary, cut; each item is titled by its summary
    (
        """Cooperative

  • 30 Dicembre 2014By Lucia

    La riunione tra il ministro e le dieci cooperative sociali si è svolta questa mattina a Bari, per fare il punto sulle mense … Leggi

  • 22 Dicembre 2014By Lucia

    Le cooperative delle mense hanno chiesto un incontro al ministro prima della scadenza dei contratti, prevista per gennaio … Leggi""",
        "Cooperative",
        None,
        [
            (
                "La riunione tra il ministro e le dieci cooperative sociali si è svolta questa mattina a Bari, "
                "per fare il punto sulle mense",
                "2014-12-30",
            ),
            (
                "Le cooperative delle mense hanno chiesto un incontro al ministro prima della scadenza dei "
                "contratti, prevista per gennaio",
                "2014-12-22",
            ),
        ],
    ),
    # news posts under their day and time, some with no headline above: the link under each summary,
    # "Read more about: ...»", names the story in full
    (
        """Network news

- Tuesday March 12th, 2019 – 10:15 AM

Growers from four regions met in Kisumu to plan the coming season's training, and agreed a calendar of visits to every cooperative before the rains.

 Read more about: Growers plan a season of training visits»

Seed fund opens for women's groups

- Friday February 1st, 2019 – 09:30 AM

  The network's seed fund now takes applications from women's groups in member cooperatives, with grants for tools and storage.

 Read more about: Seed fund opens for women's groups»""",
        "Network news",
        None,
        [
            ("Growers plan a season of training visits", "2019-03-12"),
            ("Seed fund opens for women's groups", "2019-02-01"),
        ],
    ),
    # a French news page that opens straight on its first item: headline, "Mis en ligne le ..." (posted
    # on), the text; then the next item alike. The test names its file 900_case.txt
    (
        """Les coopératives d’habitants se réunissent à Lyon

Mis en ligne le 12 mars 2019

Une centaine de membres de coopératives d’habitants se sont retrouvés samedi pour leur assemblée annuelle, ouverte au public.

Un guide pour créer sa coopérative

Mis en ligne le 28 février 2019

Le réseau publie un guide pratique pour les groupes qui veulent fonder une coopérative d’habitants.""",
        "900_case",  # no heading of its own: the file's name stands for it
        None,
        [
            ("Les coopératives d’habitants se réunissent à Lyon", "2019-03-12"),
            ("Un guide pour créer sa coopérative", "2019-02-28"),
        ],
    ),
    # a list of stories under days written month first, one of which can only be read so
    (
        """Newsroom

04/05/2018 - 10:12

Eleven craft co-operatives in Quito agreed on a shared label for their goods sold abroad.

03/26/2018 - 16:40

The network's members in Lima opened a training centre for young weavers and their families.

03/02/2018 - 09:05

A survey of the network's members found that sales abroad rose by a fifth in two years.""",
        "Newsroom",
        None,
        [
            ("Eleven craft co-operatives in Quito agreed on a shared label for their goods sold abroad.", "2018-04-05"),
            (
                "The network's members in Lima opened a training centre for young weavers and their families.",
                "2018-03-26",
            ),
            ("A survey of the network's members found that sales abroad rose by a fifth in two years.", "2018-03-02"),
        ],
    ),
    # a numbered list whose headline closes on the month of the issue it names: the day under it is the item's
    (
        """Co-operative news

  1. Fishers' co-operatives win a share of the harbour fund

    30 March 2021

    The regional fund will lend to twelve fishers' co-operatives over three years.

  2. Members' Bulletin No 4, March 2021

    29 March 2021

  3. A bakery co-operative opens its second shop

    22 March 2021
""",
        "Co-operative news",
        None,
        [
            ("Fishers' co-operatives win a share of the harbour fund", "2021-03-30"),
            ("Members' Bulletin No 4, March 2021", "2021-03-29"),
            ("A bakery co-operative opens its second shop", "2021-03-22"),
        ],
    ),
    # a news wall that opens on its first day: each day and hour over its story's first paragraph,
    # with no headline; each story is an item titled by its paragraph, and the page has no day of its own
    (
        """Friday, 8 March 2019 - 3pm

On 7th March, the federation met the regional council in Porto to discuss credit for worker buyouts of small firms.

Tuesday, 26 February 2019 - 10am
Delegates from twelve housing co-operatives visited Ghent to learn how the city leases public land to them.

Monday, 18 February 2019 - 5pm

The federation's board approved a new training plan for young members of agricultural co-operatives across the region.""",
        "900_case",
        None,
        [
            (
                "On 7th March, the federation met the regional council in Porto to discuss credit for worker buyouts of small firms.",
                "2019-03-08",
            ),
            (
                "Delegates from twelve housing co-operatives visited Ghent to learn how the city leases public land to them.",
                "2019-02-26",
            ),
            (
                "The federation's board approved a new training plan for young members of agricultural co-operatives across the region.",
                "2019-02-18",
            ),
        ],
    ),
    # a tag page whose link under each summary repeats the headline: "<headline> Leer más »"
    (
        """#caldas

¿Por qué crecen las cooperativas de ahorro en Caldas?

Con más de doscientos mil asociados, las cooperativas de ahorro del departamento crecieron el año pasado más que los bancos de la región.

¿Por qué crecen las cooperativas de ahorro en Caldas? Leer más »

Jóvenes de Manizales fundan una cooperativa de diseño

Un grupo de egresados de la universidad creó una cooperativa de trabajo asociado para ofrecer servicios de diseño a las empresas locales.

Jóvenes de Manizales fundan una cooperativa de diseño Leer más »""",
        "caldas",  # "#" opens a Markdown heading
        None,
        [
            ("¿Por qué crecen las cooperativas de ahorro en Caldas?", None),
            ("Jóvenes de Manizales fundan una cooperativa de diseño", None),
        ],
    ),
    # a section's page of cards, each a headline and a one-line summary with no blank line between,
    # and a section's heading among them; no dates
    (
        """Worker Ownership News

Bakery Workers Buy Out Their Retiring Owner
Eleven bakers in Leeds have bought the business they work in and registered it as a co-operative.
A Loan Fund for Conversions
The regional fund will lend to staff who want to buy the firm they work for.
Does Your Co-op Count Its Social Value?
Co-ops rarely measure what they give back, but a new guide shows how.
Will Profit Shares Keep Young Staff?

Research and Reports

Three Years of Employee Trusts in Wales
A report on forty firms that moved to employee ownership since the law changed.
New Guide for Co-op Boards
Templates, checklists and case studies""",
        "Worker Ownership News",
        None,
        [
            ("Bakery Workers Buy Out Their Retiring Owner", None),
            ("A Loan Fund for Conversions", None),
            ("Does Your Co-op Count Its Social Value?", None),
            ("Three Years of Employee Trusts in Wales", None),
            ("New Guide for Co-op Boards", None),
        ],
    ),
    # counter-case: questions and their short answers are one page, not a listing
    (
        """Frequently asked questions

What is a credit union?
A credit union is a savings and loan co-operative owned by its members.
Who can join?
Anyone who lives or works in the county can join.
How do I open an account?
Bring proof of address and identity to any branch.
Is my money safe?
Savings are protected up to the national limit.""",
        "Frequently asked questions",
        None,
        [],
    ),
    # a network's list of the events it ran, each paragraph opening on its day with no year, then the
    # event's name, its place and the people who came; no year anywhere, so the items keep no date
    (
        """Workshops and Talks

Our members have run more than a hundred workshops on the solidarity economy.

Feb 12, Cooperatives and the City, Portland, ME. 40 people.

March 3-5, Worker Ownership Weekend, Highland Center, TN. 25 organizers from the region.

April 9, Introduction to Credit Unions, Smith College. 15 people

May 21, “Food Co-ops Today,” Amherst, MA. 30 people""",
        "Workshops and Talks",
        None,
        [
            ("Cooperatives and the City", None),
            ("Worker Ownership Weekend", None),
            ("Introduction to Credit Unions", None),
            ("Food Co-ops Today", None),
        ],
    ),
    # counter-case: an article whose paragraphs open on days of a year its text gives
    (
        """Timeline of the merger

The two credit unions began talks in 2019.

March 3, the boards met for the first time and agreed to study a merger.

May 21, the members of both credit unions voted.""",
        "Timeline of the merger",
        None,
        [],
    ),
    # a tag page whose theme prints each story's headline twice (a link, then a heading) above an
    # image's empty caption and the story; no dates, no cuts
    (
        """Cooperatives

Ministry and Grain Board to Buy Crops from Village Cooperatives

Ministry and Grain Board to Buy Crops from Village Cooperatives

()

The ministry and the national grain board will buy rice and maize from village cooperatives at a set price from next season.

The minister said the first contracts would be signed in March.

Minister Backs Debt Relief for Smallholder Members

Minister Backs Debt Relief for Smallholder Members

()

The minister backed a plan to write off old loans that smallholders took through their cooperatives.""",
        "Cooperatives",
        None,
        [
            ("Ministry and Grain Board to Buy Crops from Village Cooperatives", None),
            ("Minister Backs Debt Relief for Smallholder Members", None),
        ],
    ),
    # teasers with no headline, each a dateline and a summary cut with "[…]"; one dateline has its day
    (
        """Jaipur, Rajasthan , March 3— The state cooperation minister today opened a dairy plant run by a federation of milk producers' societies and promised credit for ten more plants […]
Bhopal, February 26, 2025: The cooperative bank of the state marked its centenary with a meeting of its member societies and the chief minister, who praised its farm loans […]
Bhopal : In a boost to rural storage, the state government has sanctioned funds for two hundred warehouses to be run by credit societies […]""",
        "900_case",
        None,
        [
            (
                "Jaipur, Rajasthan , March 3— The state cooperation minister today opened a dairy plant run by a federation of milk producers' societies and promised credit for ten more plants",
                None,
            ),
            (
                "Bhopal, February 26, 2025: The cooperative bank of the state marked its centenary with a meeting of its member societies and the chief minister, who praised its farm loans",
                "2025-02-26",
            ),
            (
                "Bhopal : In a boost to rural storage, the state government has sanctioned funds for two hundred warehouses to be run by credit societies",
                None,
            ),
        ],
    ),
    # an Italian tag page: headline in capitals, summary, and a link to the rest on its own line
    (
        """ARTICOLI SULL'ARGOMENTO: COOPERATIVE SOCIALI

COOPERATIVE SOCIALI: IN REGIONE OLTRE MILLE NUOVI SOCI

Le cooperative sociali della regione contano oltre mille nuovi soci nel primo semestre. Il dato è stato presentato dalla federazione regionale durante l’assemblea di bilancio, insieme ai numeri sugli occupati.

CONTINUA A LEGGERE >>

COOPERATIVE SOCIALI, FIRMATO IL NUOVO CONTRATTO

Sindacati e centrali cooperative hanno firmato il rinnovo del contratto nazionale delle cooperative sociali, con aumenti per educatori e operatori socio-sanitari a partire dal mese prossimo.

CONTINUA A LEGGERE >>""",
        "ARTICOLI SULL'ARGOMENTO: COOPERATIVE SOCIALI",
        None,
        [
            ("COOPERATIVE SOCIALI: IN REGIONE OLTRE MILLE NUOVI SOCI", None),
            ("COOPERATIVE SOCIALI, FIRMATO IL NUOVO CONTRATTO", None),
        ],
    ),
    # a section's page: nothing but headlines, each with one paragraph of summary, and no dates
    (
        """Coopération

Les coopératives d'habitants obtiennent un nouveau fonds de garantie régional

La région annonce un fonds de garantie pour les coopératives d'habitants qui construisent des logements abordables. Il couvrira la moitié des prêts bancaires des projets portés par des groupes de plus de dix ménages.

Heureux comme un sociétaire dans une coopérative de consommateurs

Une enquête menée auprès de mille sociétaires de coopératives de consommateurs montre une satisfaction en hausse, en particulier chez les jeunes ménages qui y font leurs courses chaque semaine.

La banque coopérative demande à être reconnue comme banque éthique

Fondée par des agriculteurs et des enseignants, la banque coopérative s'est imposée comme un modèle de finance solidaire. Elle demande aujourd'hui un agrément complet auprès de l'autorité de contrôle.""",
        "Coopération",
        None,
        [
            ("Les coopératives d'habitants obtiennent un nouveau fonds de garantie régional", None),
            ("Heureux comme un sociétaire dans une coopérative de consommateurs", None),
            ("La banque coopérative demande à être reconnue comme banque éthique", None),
        ],
    ),
    # counter-case: an article whose sections have subheadings of a few words, one paragraph each
    (
        """Housing co-op opens its doors

The first housing co-operative in the district opened on Saturday with forty homes, built by its members with a loan from the city and the support of the regional federation of co-operatives.

Funding for new members

New members pay a share of two thousand euros, which the co-op lends to those who cannot pay it at once, and a monthly rent set by the general meeting every year.

What comes next

The federation plans three more co-ops in the district, and the city has promised land for two of them if the first year goes well for the members and their families.""",
        "Housing co-op opens its doors",
        None,
        [],
    ),
    # counter-case: an article with two teasers of other stories below it is one article
    (
        """Minister opens the cooperatives day

7 August 2025

The Minister of Small Business Development called on co-operatives to organise by sector and to scale up production, trade and procurement. She said a new transformation fund is coming and that co-ops must help shape it. Public procurement reforms are under way so that co-ops are no longer left out. She asked members to support co-ops led by women and to stand against violence. Global instability, she said, shows that the economy must put people first, and co-ops offer a path to resilience and shared ownership. The day closed with awards to five provincial co-operatives.
Read more
Join the Tomato Producers Cooperative
Tomato farming is one of the country's most promising trades for small growers and their cooperatives...
Empowering Communities with Dignity
In a time when communities seek dignity, unity and sustainable ways to care for their own members and families,...""",
        "Minister opens the cooperatives day",
        "2025-08-07",
        [],
    ),
    # a members' site's news: each item's day and time, then its author, with no mark between them
    (
        """Network News

  • 14 March 2023 8:05 AM | Anonymous

    Members meet the minister on procurement

    The network's members met the minister to ask for a share of public contracts for social enterprises.

  • 02 March 2023 4:47 PM | Deleted user

    New guide to impact reporting

    The guide shows small social enterprises how to report their impact to funders.""",
        "Network News",
        None,
        [("Members meet the minister on procurement", "2023-03-14"), ("New guide to impact reporting", "2023-03-02")],
    ),
    # a speech: the speaker's name and offices between the title and the day
    (
        """Statement by the Minister at the Regional Cooperative Ministers' Conference

Statement by:

Hon. Maria Santos

Minister of Cooperatives and Small Enterprises

On the occasion of the Regional Cooperative Ministers' Conference

12 March 2024

Distinguished ministers, delegates and friends of the cooperative movement, it is an honour to address this conference on behalf of my government and our cooperatives.""",
        "Statement by the Minister at the Regional Cooperative Ministers' Conference",
        "2024-03-12",
        [],
    ),
    # a newsletter's masthead gives its month by the issue: "Issue 9 October 2016", "SEN#12March 2021"
    (
        """Mutual Aid Network Gains New Members: Issue 9 October 2016

The network welcomed four new member mutuals at its meeting on 3 November 2016 in Leeds.""",
        "Mutual Aid Network Gains New Members: Issue 9 October 2016",
        "2016-10",
        [],
    ),
    (
        """SEN#12March 2021
Social economy actors meet the Commissioner
Leaders of the sector met the Commissioner on 4 March to discuss the action plan.""",
        "Social economy actors meet the Commissioner",
        "2021-03",
        [],
    ),
    # a Spanish release's dateline, place and day together in brackets, opening the body
    (
        """Social economy confederation meets the Commission

(Valencia, March 14, 2019). The Commissioner for Employment met the board of the confederation.""",
        "Social economy confederation meets the Commission",
        "2019-03-14",
        [],
    ),
    # the text names its own day: "today (September 1, 2022)"
    (
        """Kingdom and farmers' union sign a memorandum

During the signing held today (June 3, 2021) at the palace, the union's chair thanked the minister.
The partnership runs until 2026.""",
        "Kingdom and farmers' union sign a memorandum",
        "2021-06-03",
        [],
    ),
    # a blog post's one "Posted" line below its text
    (
        """Partners seek common ground

The cooperative agency called on partners to work with local cooperatives.
Members met at the agency's hall in May 2011.

  • Posted 14th February 2012
  • Comments (0)""",
        "Partners seek common ground",
        "2012-02-14",
        [],
    ),
    # a page that is one teaser and nothing more: its headline, and a summary the site cut with "[…]"
    (
        """Fishers' cooperative wins harbour contract
The Lake Region Fishers' Cooperative Society has won a five-year contract to run the new harbour market, its chairperson told members at a meeting on the shore, adding that the society would hire forty […]""",
        "Fishers' cooperative wins harbour contract",
        None,
        [("Fishers' cooperative wins harbour contract", None)],
    ),
    # a category page holding one post: its headline, a line of its day, author and categories (the
    # author left blank), and the summary, cut
    (
        """How a housing co-op decides

Mar 3rd, 2012 | By | Category: Governance, News

Members of a housing co-operative decide together how the homes are run, from the rent to the repairs, at general meetings where every member has one vote and the committee reports on its work since the last [...]""",
        "How a housing co-op decides",
        None,
        [("How a housing co-op decides", "2012-03-03")],
    ),
    # a month's archive of a blog, holding one post shown whole: the post is an item of that month,
    # and the month is no publication date of the page
    (
        """Monthly Archives: June 2014

Our stall at the summer fair

Thank you to everyone who came to our fair trade stall at the village fair on Saturday. We sold out of chocolate by noon, and twelve people asked how to join the co-op.

The next stall will be at the harvest market in September.""",
        "Monthly Archives: June 2014",
        None,
        [("Our stall at the summer fair", "2014-06")],
    ),
    # ... and where its posts are teasers, each of them undated by a line of its own takes the month
    (
        """Archives for March 2015

Credit union opens in the old bank

The old bank on the high street has a new tenant: the county's credit union, which moved its office there this week and will open on Saturdays, for the first time in its history [...]

Savings club for the school

Pupils at the primary school can now save with the credit union every Friday, in a club that the parents' association runs with two volunteers from the branch [...]""",
        "Archives for March 2015",
        None,
        [("Credit union opens in the old bank", "2015-03"), ("Savings club for the school", "2015-03")],
    ),
    # a union's news page: headline, a bare field key ("Article Date:") with the day on the next line
    (
        """Union News

Members vote for a merger of the two credit unions

Article Date:
Monday, March 2, 2015

Members of both credit unions voted by a large majority to merge from July.

Branch hours cut in three towns

Article Date:
Friday, January 16, 2015

The credit union will open its branches in three towns on two days a week only.""",
        "Union News",
        None,
        [
            ("Members vote for a merger of the two credit unions", "2015-03-02"),
            ("Branch hours cut in three towns", "2015-01-16"),
        ],
    ),
    # a blog that shows whole posts, each under its day, the headline in capitals below it: the page
    # opens on its first post's day, however long that post runs
    (
        """Tuesday, November 11, 2014

BOOKKEEPING SEMINAR FOR COOPERATIVE LEADERS

The provincial office trained forty cooperative leaders in bookkeeping, governance and the filing of annual reports, in a week of sessions held in the municipal hall. The provincial office trained forty cooperative leaders in bookkeeping, governance and the filing of annual reports, in a week of sessions held in the municipal hall. The provincial office trained forty cooperative leaders in bookkeeping, governance and the filing of annual reports, in a week of sessions held in the municipal hall. The provincial office trained forty cooperative leaders in bookkeeping, governance and the filing of annual reports, in a week of sessions held in the municipal hall. The provincial office trained forty cooperative leaders in bookkeeping, governance and the filing of annual reports, in a week of sessions held in the municipal hall.

Officers of the office explained the new rules on audits to the boards of the larger cooperatives, and answered questions on loans, savings and the share capital of members. Officers of the office explained the new rules on audits to the boards of the larger cooperatives, and answered questions on loans, savings and the share capital of members. Officers of the office explained the new rules on audits to the boards of the larger cooperatives, and answered questions on loans, savings and the share capital of members. Officers of the office explained the new rules on audits to the boards of the larger cooperatives, and answered questions on loans, savings and the share capital of members.

Friday, November 7, 2014

PROVINCIAL OFFICE OPENS A HELP DESK

The provincial office opened a help desk for cooperatives in the capitol building on Friday.""",
        "900_case",  # no heading of its own: the file's name stands for it
        None,
        [
            ("BOOKKEEPING SEMINAR FOR COOPERATIVE LEADERS", "2014-11-11"),
            ("PROVINCIAL OFFICE OPENS A HELP DESK", "2014-11-07"),
        ],
    ),
    # one teaser with its day under the headline, cut with "...", then a sign-up box
    (
        """County News

Governor opens savings society's new branch

3rd March 2016

The governor opened the branch on Monday and urged members to borrow for farming rather than for funerals, warning that loans must be repaid on time if the society is to...

Subscribe to our newsletter

Get the county's latest news by email.""",
        "County News",
        None,
        [("Governor opens savings society's new branch", "2016-03-03")],
    ),
    # counter-case: a short article whose last sentence is whole is one article
    (
        """Bakery co-op opens second shop

The worker-owned bakery opened a second shop in the old market hall on Saturday, with eleven new members joining the co-op.""",
        "Bakery co-op opens second shop",
        None,
        [],
    ),
    # counter-case: an article cut short at its end ("…") but far longer than a teaser is one article
    (
        """Credit union league meets in the capital

Delegates of the league's forty member credit unions met in the capital on Thursday to discuss deposit insurance, lending to small farms and the training of new board members.

The league's chair said that membership had grown by a tenth over the year, most of it among young people in the towns, and that the new mobile service had drawn savers who had never used a bank.

A regulator's officer told the delegates that the law on deposit insurance would be debated in parliament before the end of the year, and that credit unions would be consulted on the levels of cover.

Several delegates asked for a fund to help the smallest credit unions pay for audits, which they said cost more than their yearly surplus.

The chair closed the meeting by thanking…""",
        "Credit union league meets in the capital",
        None,
        [],
    ),
    # an archive's page that holds one post: the heading names the archive, the post keeps its day
    (
        """Archive for category Member Stories

How our members rebuilt the village shop

Posted by on Friday, 4 March, 2011

When the last shop in the village closed, thirty households bought shares to reopen it as a co-operative. It now employs three people and stocks produce from six farms nearby.""",
        "Archive for category Member Stories",
        None,
        [("How our members rebuilt the village shop", "2011-03-04")],
    ),
    # counter-case: an article's own category field under its title is no archive
    (
        """Housing co-operative breaks ground

Category: News
Posted on 12 June 2019 by the editor

Members of the housing co-operative broke ground on forty homes on the edge of town on Tuesday.""",
        "Housing co-operative breaks ground",
        "2019-06-12",
        [],
    ),
    # a newsletter's events, a bullet each: the day written month first, maybe a time, then the event's name
    (
        """Co-op Council newsletter

Events
- March 3 – 9, 2019 Fair Trade Week
- Tuesday March 5, 2019 @ 6pm Members' Supper
- Saturday March 9, 2019 Annual General Meeting""",
        "Co-op Council newsletter",
        None,
        [
            ("Fair Trade Week", "2019-03-03"),
            ("Members' Supper", "2019-03-05"),
            ("Annual General Meeting", "2019-03-09"),
        ],
    ),
    # a news site's day and clock time, "hrs" after it, beside its view count
    (
        """Government urges youth to form co-operatives

by Staff reporter
14 Mar 2013 at 09:30hrs | Views

The government has urged young people to form co-operatives to create jobs in the towns.""",
        "Government urges youth to form co-operatives",
        "2013-03-14",
        [],
    ),
    # a wire's tag page: paragraphs each opening on a dateline with no year, one story with its
    # headline and whole day among them; the page's one year of whole days gives the others theirs
    (
        """NAIROBI, Mar 14: The ministry has suspended the boards of four savings societies that failed to file accounts.

NAIROBI, Mar 2: Dairy co-operatives in the highlands will receive new cooling plants under a state programme.

Tea growers' union elects new chair

February 20, 2024 08:10 am

NAIROBI, February 20: The tea growers' union has elected a new chair after a month of disputes.

NAIROBI, Feb 9: The federation of co-operatives has asked the treasury to exempt member dividends from tax.""",
        "900_case",
        None,
        [
            (
                "The ministry has suspended the boards of four savings societies that failed to file accounts",
                "2024-03-14",
            ),
            (
                "Dairy co-operatives in the highlands will receive new cooling plants under a state programme",
                "2024-03-02",
            ),
            ("Tea growers' union elects new chair", "2024-02-20"),
            (
                "The federation of co-operatives has asked the treasury to exempt member dividends from tax",
                "2024-02-09",
            ),
        ],
    ),
    # a campaign's news: each story a day with a year of two digits and where it came from, its text,
    # and the count of comments; no headlines, so each story is named by its first line
    (
        """Campaign news

14 April 16 from www.example-news.org

The credit union has published its results for 2015, its first year in profit.

Comments: 2

02 March 16

Members voted to keep the ethical policy unchanged.

Comments: 0

21 January 99 from www.example-news.org

The society was founded by forty weavers.

Comments: 5""",
        "Campaign news",
        None,
        [
            ("The credit union has published its results for 2015, its first year in profit.", "2016-04-14"),
            ("Members voted to keep the ethical policy unchanged.", "2016-03-02"),
            ("The society was founded by forty weavers.", "1999-01-21"),
        ],
    ),
    # a body's initials and a whole day, no comma, open a release's first paragraph
    (
        """Research institute hosts conference on solidarity economy

GSEI 12 June 2014: The Global Solidarity Economy Institute hosted a conference on the limits of the solidarity economy, with 300 participants.""",
        "Research institute hosts conference on solidarity economy",
        "2014-06-12",
        [],
    ),
    # a crawl's month, then an Italian agency's dateline with the day and a month but no year
    (
        """Nuovo presidente per la lega delle cooperative

 date 2021-05 (ANSA) - MILANO, 18 MAG - Il consiglio della lega ha eletto il nuovo presidente, che guiderà le cooperative per quattro anni.""",
        "Nuovo presidente per la lega delle cooperative",
        "2021-05-18",
        [],
    ),
    # a speech's day below the speaker's offices, with the kind of text after it
    (
        """Minister opens the co-operatives' congress

Hon Tama Ruawai
Minister of Small Business,
Minister of Regional Development, MP for Eastland

9 March 2011 Speech Notes

Thank you for inviting me to open this congress, which brings together co-operatives from every region of the country and from across the Pacific.""",
        "Minister opens the co-operatives' congress",
        "2011-03-09",
        [],
    ),
    # teasers each under a kicker of a word or two: the headline is the longer line above the summary
    (
        """Tag: Housing

News
Tenants form a housing co-operative to buy their block
The tenants of a block of forty flats have formed a co-operative to buy the building from its owner, who plans to sell […]

Report
Why credit unions lend more to small farms than banks do
A new report compares the loans that credit unions and commercial banks made to farms of under ten hectares over five […]""",
        "Tag: Housing",
        None,
        [
            ("Tenants form a housing co-operative to buy their block", None),
            ("Why credit unions lend more to small farms than banks do", None),
        ],
    ),
    # teasers with the author's name on a line between the headline and the summary: the name is no
    # headline, and the page opens on its first teaser's headline
    (
        """Worker co-ops find new members

Ana Souza

The worker co-operatives of the region have found forty new members this year, most of them young people who …

Housing co-op opens its doors

Peter Lindqvist

A housing co-operative of sixty flats opened its doors on Saturday to its first tenants, who bought …

Credit union merges with its neighbour

Ana Souza

Two credit unions of the valley will merge next month, their boards said, after members voted …""",
        "900_case",
        None,
        [
            ("Worker co-ops find new members", None),
            ("Housing co-op opens its doors", None),
            ("Credit union merges with its neighbour", None),
        ],
    ),
    # "Read More >" that closed a teaser, glued by the crawl to the next teaser's headline
    (
        """Tag: Co-ops

Bakers buy their bakery
The bakers of a town bakery bought it from its retiring owner and run it as a co-op together now […]
Read More >Farmers pool their milk
Eleven farmers have pooled their milk to bargain with the dairies together for a better price […]
Read More >A school shop run by pupils
Pupils run the school's shop as a co-operative, with a board of pupils elected each year […]
Read More >""",
        "Tag: Co-ops",
        None,
        [
            ("Bakers buy their bakery", None),
            ("Farmers pool their milk", None),
            ("A school shop run by pupils", None),
        ],
    ),
    # a Japanese page of cards (a day, the headline, a summary cut with "...", the headline again as a
    # link): a line of Japanese is long by its characters, not its spaces, so the summary is no headline
    (
        """生協の活動

2023年5月12日

組合員の集いを開催しました 地域の食と農を考える

生協は五月十日、組合員と生産者が集まる交流会を市内で開き、約百人が参加しました。地元の野菜を...
組合員の集いを開催しました 地域の食と農を考える
2023年4月28日

新しい配送センターが完成 冷凍食品の取り扱いを拡大

生協の新しい配送センターが完成し、四月二十七日に記念式典が行われました。冷凍食品の保管能力は...
新しい配送センターが完成 冷凍食品の取り扱いを拡大
2023年4月3日

学生への食料支援を続けます 大学生協と連携

生協は大学生協と協力して、アルバイト収入が減った学生に米や野菜を届ける取り組みを今年も...
学生への食料支援を続けます 大学生協と連携""",
        "生協の活動",
        None,
        [
            ("組合員の集いを開催しました 地域の食と農を考える", "2023-05-12"),
            ("新しい配送センターが完成 冷凍食品の取り扱いを拡大", "2023-04-28"),
            ("学生への食料支援を続けます 大学生協と連携", "2023-04-03"),
        ],
    ),
    # a dateline whose country follows the town after a full stop, closed by a semicolon
    (
        """Credit unions pledge support for farm co-operatives

Nairobi, Kenya. 3 March, 2014; The national federation of savings co-operatives said today it would lend to dairy groups.""",
        "Credit unions pledge support for farm co-operatives",
        "2014-03-03",
        [],
    ),
    # the town's province in brackets, then the day: "Québec (Canada) 8 octobre 2012 –"
    (
        """Les coopératives réunies à Lévis

Lévis (Canada) 12 mai 2015 – Les coopératives de la région se réunissent cette semaine pour leur congrès annuel.""",
        "Les coopératives réunies à Lévis",
        "2015-05-12",
        [],
    ),
    # press releases, each a headline over a summary that opens on its dateline
    (
        """Alliance statements archive

Members meet in Lima on housing co-operatives

Lima, Peru. 14 November, 2016; Housing co-operatives from eleven countries met to compare their rules on shared ownership and tenure.

Youth network elects its first board

Montevideo, Uruguay. 2 November, 2016; The new youth network of the region chose seven members for its board at its founding assembly.

Conference on co-operative banks closes

Madrid (Spain) 21 October 2016 – Delegates of co-operative banks closed their yearly conference with a call for simpler capital rules.""",
        "Alliance statements archive",
        None,
        [
            ("Members meet in Lima on housing co-operatives", "2016-11-14"),
            ("Youth network elects its first board", "2016-11-02"),
            ("Conference on co-operative banks closes", "2016-10-21"),
        ],
    ),
    # an agenda: each session's day, its hours on the next line, then its title and a long description
    (
        """Local economies that care: a two-day workshop

Programme

Day 1 :

4th March 2024
10:00 - 11:30
Why community ownership matters now
Towns that lost their banks and shops are finding new ways to keep money circulating locally. Community shares have saved pubs, village stores and bakeries, and housing co-operatives let tenants take charge of repairs and rents. Yet most of these projects rely on a handful of volunteers, and many close when those volunteers step back. The session asks what public bodies can do to help: patient loans, access to empty buildings, training for boards, and purchasing rules that let small local suppliers compete with national firms. Speakers from three regions will describe what worked for them, what failed, and what they would do differently if they started again today. Participants will then work in small groups on the barriers they meet in their own areas, from planning permission to insurance, and report back with one proposal each that the organisers will take to the regional council before the summer. The discussion will also cover how to measure the value such projects create for their neighbourhoods, beyond the money they turn over each year.

Day 2 :

5th March 2024
14:00 - 15:30
Financing the first years of a co-operative
Most new co-operatives fail for lack of patient capital. This session looks at member shares and local funds.""",
        "Local economies that care: a two-day workshop",
        None,
        [
            ("Why community ownership matters now", "2024-03-04"),
            ("Financing the first years of a co-operative", "2024-03-05"),
        ],
    ),
    # a page whose crawl repeats its headline and date line: one article, not two items of one title
    (
        """La coopérative laitière élit sa nouvelle présidente

Publié le 12/05/2019 à 09:15

La coopérative laitière élit sa nouvelle présidente

Publié le 12/05/2019 à 09:15

Les délégués de la coopérative ont élu samedi une productrice de 41 ans à la présidence du conseil.""",
        "La coopérative laitière élit sa nouvelle présidente",
        "2019-05-12",
        [],
    ),
    # a French wire's dateline: "le", the day, an abbreviated month in lower case, the agency
    (
        """Élection à la présidence de la caisse régionale

QUÉBEC, le 14 févr. 2021 /CNW Telbec/ - Mme Hélène Gagnon a confirmé sa candidature à un second mandat.""",
        "Élection à la présidence de la caisse régionale",
        "2021-02-14",
        [],
    ),
    # a French release's place and day on a line of their own, as a letter writes them
    (
        """Communiqué de presse

Lyon, le 3 mars 2015

N° 42

La ministre a présenté le plan pour les coopératives d'habitants.""",
        "Communiqué de presse",
        "2015-03-03",
        [],
    ),
    # a speech's heading that ends on where and when it was given, in English and in French
    (
        """Address by the Minister of Trade Lerato Mokoena at the Co-operatives Indaba, Durban, 14 March 2019
Programme Director,
Distinguished guests,""",
        "Address by the Minister of Trade Lerato Mokoena at the Co-operatives Indaba, Durban, 14 March 2019",
        "2019-03-14",
        [],
    ),
    (
        """Discours de M. Paul Lemoine, ministre délégué, sur les coopératives agricoles, Rennes le 21 juin 2016.

Mesdames et Messieurs,""",
        "Discours de M. Paul Lemoine, ministre délégué, sur les coopératives agricoles, Rennes le 21 juin 2016.",
        "2016-06-21",
        [],
    ),
    # a release's label, its day and the dateline's city on the text's first line
    (
        """College wins a grant for co-op courses

FOR IMMEDIATE RELEASE - March 3, 2014 REGINA - The college has been awarded $50,000 to build new courses.""",
        "College wins a grant for co-op courses",
        "2014-03-03",
        [],
    ),
    # a crawl's month, then the site's own whole day of that month
    (
        """ date 2019-05 Publicado 21/05/2019 10:15:00 CET

Las cooperativas agrarias piden más apoyo

Las cooperativas del sector han presentado sus cuentas.""",
        "Las cooperativas agrarias piden más apoyo",
        "2019-05-21",
        [],
    ),
    # an event's page: its name above the fields of the event, never a field
    (
        """Regional forum on the social economy
Venue: Town Hall, main chamber
Registration: free, online until the day before""",
        "Regional forum on the social economy",
        None,
        [],
    ),
    # a blog's index: each post under its day, cut short by "...more"; no headline, so its first
    # sentence titles it (the cut is no headline of the next post)
    (
        """Harbour Notes
member blogs
On 9 March 2016 - 10:15am

According to the county paper, a large housing provider has moved its tenants' repairs to a new contractor without asking them.

So far, so familiar. This is what happens when a landlord forgets whom it answers to ...more

On 2 March 2016 - 4:40pm

When the council first spoke of a community share offer for the old mill, few of us thought it would raise the money in a month.

It did, and the mill reopens in May ...more

On 24 February 2016 - 9:05am

Worker co-operatives in the valley grew faster than other small firms last year, the regional survey says.

That is the headline of a report ...more""",
        "Harbour Notes",
        None,
        [
            (
                "According to the county paper, a large housing provider has moved its tenants' repairs to a new "
                "contractor without asking them.",
                "2016-03-09",
            ),
            (
                "When the council first spoke of a community share offer for the old mill, few of us thought it "
                "would raise the money in a month.",
                "2016-03-02",
            ),
            (
                "Worker co-operatives in the valley grew faster than other small firms last year, the regional "
                "survey says.",
                "2016-02-24",
            ),
        ],
    ),
    # a page of press clippings: "Headline.” By Jane Doe. Outlet. May 12, 2014.", each an item whose
    # day closes its line; a kind label ("OP-ED:") and a standfirst after a colon are no headline
    (
        """Clippings: co-operatives in the press

OP-ED: Why the mutuals matter again.” By Ines Varga. Harbour Gazette. March 3, 2015.

Dairy co-op opens second plant.” By Tomas Reid. Valley Courier. March 5, 2015.

Credit unions and the housing gap: a regional survey finds members borrow more for repairs.” Editorial. Northern Post. March 6, 2015.""",
        "Clippings: co-operatives in the press",
        None,
        [
            ("Why the mutuals matter again", "2015-03-03"),
            ("Dairy co-op opens second plant", "2015-03-05"),
            ("Credit unions and the housing gap", "2015-03-06"),
        ],
    ),
    # a byline on its own line above each post's day is no headline, nor the page's title
    (
        """Harbour Notes
member blogs
Posted By Quay Housing
On 9 March 2016 - 10:15am

Tenants of the riverside flats have voted to take over the repairs service from the landlord this spring.

Posted By Mill Lane Bakery
On 2 March 2016 - 4:40pm

The bakery's members agreed to open a second shop on the high street after a year of strong trading.

Posted By Quay Housing
On 24 February 2016 - 9:05am

Worker co-operatives in the valley grew faster than other small firms last year, the regional survey says.""",
        "Harbour Notes",
        None,
        [
            (
                "Tenants of the riverside flats have voted to take over the repairs service from the landlord this "
                "spring.",
                "2016-03-09",
            ),
            (
                "The bakery's members agreed to open a second shop on the high street after a year of strong trading.",
                "2016-03-02",
            ),
            (
                "Worker co-operatives in the valley grew faster than other small firms last year, the regional "
                "survey says.",
                "2016-02-24",
            ),
        ],
    ),
    # a day, month and two-digit year with dots, alone under the title: the day first
    (
        """Journée portes ouvertes des coopératives ce samedi

04.07.25

Les coopératives de la région ouvrent leurs portes au public ce samedi.""",
        "Journée portes ouvertes des coopératives ce samedi",
        "2025-07-04",
        [],
    ),
    # a day glued to its month's name, the space lost
    (
        """Dairy unions to open two cooling plants

12Nov 2019

By Staff Reporter

Two dairy unions will open cooling plants in the north this year.""",
        "Dairy unions to open two cooling plants",
        "2019-11-12",
        [],
    ),
    # a speech's venue, then its day with an ordinal
    (
        """Address to the annual meeting of the credit union league
Harbour Conference Centre, 21st May 2016

It is a pleasure to be with you.""",
        "Address to the annual meeting of the credit union league",
        "2016-05-21",
        [],
    ),
    # a blog's day published and its day updated, glued; a headline may end on an abbreviation's
    # full stop; "Read More >→" is a link, never a headline
    (
        """March 2021

Valley Federation of Worker Cooperatives

March 2021

Senator Ana Ruiz backs a worker co-op bill at a town hall

Posted on March 24, 2021March 25, 2021

At a town hall on March 22, Senator Ana Ruiz said she would back the bill [...]

Read More >→

Co-op bakers win the regional trade award

Posted on March 17, 2021March 17, 2021

The award went to the bakery's forty members, who [...]

Read More >→

Video: The state of worker co-ops in the U.S.

Posted on March 10, 2021March 10, 2021

Six years of figures show the sector growing""",
        "March 2021",
        "2021-03",
        [
            ("Senator Ana Ruiz backs a worker co-op bill at a town hall", "2021-03-24"),
            ("Co-op bakers win the regional trade award", "2021-03-17"),
            ("Video: The state of worker co-ops in the U.S.", "2021-03-10"),
        ],
    ),
    # a read-on link just above the next date line: the headlines stand below their dates, though
    # the page's section name stands above the first
    (
        """Notizie dalla rete

Notizie

Pubblicato il 07/12/2018

Le cooperative oltre i luoghi comuni

Il centro presenta il suo volume sulle imprese cooperative e sociali.

Leggi tutto

Pubblicato il 27/11/2018

Il centro di ricerca compie dieci anni

Un convegno e un libro per celebrare il traguardo.

Leggi tutto""",
        "Notizie dalla rete",
        None,
        [
            ("Le cooperative oltre i luoghi comuni", "2018-12-07"),
            ("Il centro di ricerca compie dieci anni", "2018-11-27"),
        ],
    ),
    # a reading time beside an item's day is no headline
    (
        """News and stories

Farmers at a tea co-operative

Growers' union opens a new tea packing hall in the hills

The union of tea growers has opened a packing hall that will serve nine villages and…

3 min read | April 4, 2024

Read more
A market stall with baskets of fruit

Survey finds shoppers still choose ethical labels

Shoppers are still buying products with ethical labels despite higher prices in the shops, according to a new survey of two thousand households.

2 min read | March 18, 2024

Read more
""",
        "News and stories",
        None,
        [
            ("Growers' union opens a new tea packing hall in the hills", "2024-04-04"),
            ("Survey finds shoppers still choose ethical labels", "2024-03-18"),
        ],
    ),
    # an article's date line written again by the byline and over the print version is its date, not
    # a listing of posts of one day
    (
        """Bakers' co-op marks ten years of sourdough

3 March 2021 at 9:15 am
Rhea Tomlin

A worker-owned bakery in the valley celebrated a decade of trading this week.

Rhea Tomlin | 3 March 2021 at 9:15 am

Print
Bakers' co-op marks ten years of sourdough
3 March 2021 at 9:15 am

A worker-owned bakery in the valley celebrated a decade of trading this week, with bread for all.
""",
        "Bakers' co-op marks ten years of sourdough",
        "2021-03-03",
        [],
    ),
    # two stories of one day, each with its own dateline, stay a listing
    (
        """Credit union news archive

Credit union news

Union sets up a flood relief fund

 Permanent link
BRANDON, Man. (5/6/19)--A local credit union set up a relief fund for flood victims on Tuesday.

Lenders in the province hold steady

 Permanent link
ESTEVAN, Sask. (5/6/19)--The number of credit unions in the province held steady during the year.
""",
        "Credit union news archive",
        None,
        [("Union sets up a flood relief fund", "2019-05-06"), ("Lenders in the province hold steady", "2019-05-06")],
    ),
    # a blog's line of post facts that ends on its comments still gives the day the post went up
    (
        "Tea growers join forces\n\nPosted on March 04, 2018 | By Ann Verity | 2 Comments\n\nA growers' co-op in the hills doubled its members this year, its chair said.\n",
        "Tea growers join forces",
        "2018-03-04",
        [],
    ),
    # a dateline with its place and day both in brackets
    (
        "Tea growers join forces\n\n[Halifax, 9 June 2021] – Growers met today.\n\nA growers' co-op in the hills doubled its members this year, its chair said.\n",
        "Tea growers join forces",
        "2021-06-09",
        [],
    ),
    # a section's name, the day, then the author
    (
        "Tea growers join forces\n\nOpinion Mar 3, 2017 by Ann Verity Valley Herald\n\nA growers' co-op in the hills doubled its members this year, its chair said.\n",
        "Tea growers join forces",
        "2017-03-03",
        [],
    ),
    # a wire's day with its time and sender; a day tied by "on" to the byline above
    (
        "Tea growers join forces\n\nJune 2, 2009, 09:30 ET from Hill Tea Growers\n\nA growers' co-op in the hills doubled its members this year, its chair said.\n",
        "Tea growers join forces",
        "2009-06-02",
        [],
    ),
    (
        "Tea growers join forces\n\nby Ann Verity\non November 06, 2013\n\nA growers' co-op in the hills doubled its members this year, its chair said.\n",
        "Tea growers join forces",
        "2013-11-06",
        [],
    ),
    # the title written again over the article does not push its date line out of the header
    (
        "Coop renovó su consejo en asamblea\n\nSociedad\nCoop renovó su consejo en asamblea\n\n"
        "Coop renovó su consejo en asamblea\n14/09/2011 | Se realizó recientemente en Salta la Asamblea General "
        "Ordinaria de la Federación de Cooperativas, que reunió a representantes de las asociadas de toda la "
        "provincia, con la presencia de autoridades del gobierno provincial y de la municipalidad local, y en la que "
        "se aprobaron la memoria y el balance del último ejercicio.\n\n"
        "La cooperativa de productores renovó su consejo en la asamblea anual, con cien socios presentes.\n",
        "Coop renovó su consejo en asamblea",
        "2011-09-14",
        [],
    ),
    # the thing published, then the label
    (
        "Les coopératives en ville\n\nRevue de l'économie\n\nClaire Dumas\n\nTexte publié le 3 avril 2012\n\n"
        "Les coopératives de la ville ont renouvelé leur conseil lors de l'assemblée annuelle.\n",
        "Les coopératives en ville",
        "2012-04-03",
        [],
    ),
    # a headline with its day in square brackets, dotted with a two-digit year
    (
        "Genossenschaften feiern Jubiläum [21.06.19]\n\nDie Genossenschaften der Region feierten ihr Jubiläum mit vielen Gästen.\n",
        "Genossenschaften feiern Jubiläum",
        "2019-06-21",
        [],
    ),
    # a Japanese headline with its day glued to the end
    (
        "協同組合の新しい挑戦 地域の未来へ2022年5月9日\n\n協同組合は5月9日、東京都内で集会を開いた。多くの組合員が参加した。\n",
        "協同組合の新しい挑戦 地域の未来へ",
        "2022-05-09",
        [],
    ),
    # a US wire's dateline with its day in brackets, month first, two-digit year
    (
        "Board approves new dues plan\n\nDENVER (3/9/16)--Members of the association approved a new dues plan on Tuesday, the board said.\n",
        "Board approves new dues plan",
        "2016-03-09",
        [],
    ),
    # an archive of whole stories, each opened by its dateline, is a listing, not the first story's article
    (
        "News archive\n\nNews\n\nLeague names new president\n\n Permanent link\nDENVER (3/9/16)--The league named its new president on Tuesday after a vote of its board.\n\n"
        "Co-op opens second store\n\n Permanent link\nBOULDER, Colo. (3/8/16)--A food co-op opened its second store in the city on Monday.\n",
        "News archive",
        None,
        [("League names new president", "2016-03-09"), ("Co-op opens second store", "2016-03-08")],
    ),
    # a release's bulleted summary under its headline, then the dateline with the day in brackets
    (
        "Harvest Bank Board Approves Patronage of $40 Million\n\n"
        "  • Board also extends the loan programme\n  • New officers named for 2024\n\n"
        "DENVER (December 13, 2023) - Harvest Bank, a farm lender, today announced the payment.",
        "Harvest Bank Board Approves Patronage of $40 Million",
        "2023-12-13",
        [],
    ),
    # a dateline whose state ends in a dash, the day in brackets, and no dash after them
    (
        "Lakeside Bank Wins Community Award\nArlington, VA- (August 24, 2017) Lakeside Bank, a lender to "
        "housing co-ops, was given the award.",
        "Lakeside Bank Wins Community Award",
        "2017-08-24",
        [],
    ),
    # a listing's items, each a headline and a dateline; one dateline's dash glued to the text after it
    (
        "Co-ops & Communities\n-\nCabinet backs a fund for small firms\n"
        "PRETORIA, October 29, 2024 — The Cabinet approved the fund for small firms and co-ops…\nRead More » -\n"
        "Farmers trained on drip irrigation\nKASESE, October 27, 2024 — Forty farmers finished the course…\n"
        "Read More » -\nPresident backs the savings movement\nNAIROBI, October 24, 2024 —Kenyan savings groups "
        "will get new rules…\nRead More » -\n",
        "Co-ops & Communities",
        None,
        [
            ("Cabinet backs a fund for small firms", "2024-10-29"),
            ("Farmers trained on drip irrigation", "2024-10-27"),
            ("President backs the savings movement", "2024-10-24"),
        ],
    ),
    # a digest of briefs: each a bullet opening on its dateline, with the day in brackets, and no headline
    (
        "Credit Union Briefs\n\n Permanent link\n"
        "  • MADISON, Wis. (7/1/13)--A state league is dropping its old name after a vote of its members at the "
        "annual meeting.\n"
        "  • BURLINGTON, Vt. (7/1/13)--The former manager of a small credit union pleaded not guilty to fraud "
        "charges on Friday.\n"
        "  • HOUSTON (6/28/13)--A former teller admitted taking cash from the vault over two years.\n",
        "Credit Union Briefs",
        None,
        [
            (
                "A state league is dropping its old name after a vote of its members at the annual meeting.",
                "2013-07-01",
            ),
            ("The former manager of a small credit union pleaded not guilty to fraud charges on Friday.", "2013-07-01"),
            ("A former teller admitted taking cash from the vault over two years.", "2013-06-28"),
        ],
    ),
    # a news search's results: headline, then the outlet and its day, item after item; the first item's
    # day is no date of the page
    (
        "Latest News for: housing co-op\n\nEdit\n\nCity backs a new housing co-op on the waterfront\n\n"
        "Harbour Times 09 Apr 2024\nThe council voted on Tuesday to lease the land to a co-op of tenants ...\nEdit\n\n"
        "Tenants buy their block from the landlord\n\nThe Evening Ledger 08 Apr 2024\nAfter two years of talks "
        "the tenants' co-op signed the deed ...\nEdit\n\n"
        "Co-op bank reports a rise in lending\n\nValley Post-Gazette 06 Apr 2024\nLending to member co-ops rose by "
        "a tenth ...\nEdit\n",
        "Latest News for: housing co-op",
        None,
        [
            ("City backs a new housing co-op on the waterfront", "2024-04-09"),
            ("Tenants buy their block from the landlord", "2024-04-08"),
            ("Co-op bank reports a rise in lending", "2024-04-06"),
        ],
    ),
    # a speech's day in capitals, a space before its comma, under the title and a line of furniture
    (
        "Remarks by the Minister at the National Consultation on Co-operatives\n\nCoat of Arms\n\n"
        "SEPTEMBER 11 , 2019\n\n\nGood morning\n\nLadies and gentlemen, it is a pleasure to welcome you.",
        "Remarks by the Minister at the National Consultation on Co-operatives",
        "2019-09-11",
        [],
    ),
    # a byline alone between the sections and the day: no line of the text
    (
        "Council urges villages to form co-operatives\nLatest News Editor's Choice\n\n\nNews / National\n\n"
        "Council urges villages to form co-operatives\n\nby Staff reporter\n27 Feb 2012 at 17:00hrs | Views\n"
        "The council has urged villages to form co-operatives to revive the local economy.",
        "Council urges villages to form co-operatives",
        "2012-02-27",
        [],
    ),
    # an article that a crawl saved with its day, cut short by the site: the article, not a page of one teaser
    (
        "Join co-operatives to reach the fund, minister urges\n date 2021-12-20 The minister at the meeting in "
        "Lusaka on September 13, 2021 - Picture by a staff photographer\n\nTHE minister has urged youths and "
        "women to join co-operatives so that they benefit from the fund. The minister was speaking after "
        "touring the project on Saturday. The movement, which is made up of…...",
        "Join co-operatives to reach the fund, minister urges",
        "2021-12-20",
        [],
    ),
    # a listing's items each open their summary on a dateline; one on its author's byline before the town
    (
        "Co-ops & Communities\n-\nFarmers' union opens a new grain store\n"
        "KISUMU, March 26, 2024 – The union opened its third store in the county to cut losses after harvest…\n"
        "Read More » -\nWomen entrepreneurs gain from co-operatives\n"
        "By Ana Lindqvist LONDON March 25, 2024 – Co-operatives give women the capital and the markets that they "
        "lack on their own…\nRead More » -\nHousing federation named a top employer\n"
        "OTTAWA, March 22, 2024 – The federation was named a top employer for the fourth year running…\n"
        "Read More » -\n",
        "Co-ops & Communities",
        None,
        [
            ("Farmers' union opens a new grain store", "2024-03-26"),
            ("Women entrepreneurs gain from co-operatives", "2024-03-25"),
            ("Housing federation named a top employer", "2024-03-22"),
        ],
    ),
    # headline and summary in paragraphs of their own; each summary opens on the day, behind a
    # stage's name and the weekday, as a diary's teasers do; a space typed before a year's comma
    (
        """Journal

Ride for the Co-ops – Stage 4: Into the Hills

Stage 4, Tuesday, May 9th, 2023 The climb out of the valley took the whole morning, and the team kept together until the last village … Read more →

Ride for the Co-ops – Stage 3: A Wet Start

Stage 3, Monday, May 8th , 2023 Rain met us at the first turn and stayed with us to the coast, where the dairy co-op had lunch waiting … Read more →

Ride for the Co-ops – Stage 2: Farms and Friends

Stage 2, Sunday, May 7th, 2023 We visited three member farms and heard how the co-op buys their milk at a fair price all year … Read more →
""",
        "Journal",
        None,
        [
            ("Ride for the Co-ops – Stage 4: Into the Hills", "2023-05-09"),
            ("Ride for the Co-ops – Stage 3: A Wet Start", "2023-05-08"),
            ("Ride for the Co-ops – Stage 2: Farms and Friends", "2023-05-07"),
        ],
    ),
    # a dateline that opens with its day, then its town and country, then a dash
    (
        "Dairy union opens a bank\n\n18th September 2025, Mbale, Uganda – Members of the dairy union opened "
        "their own bank at the show grounds.\n",
        "Dairy union opens a bank",
        "2025-09-18",
        [],
    ),
    # a dateline in brackets, the day first and the place after a dash
    (
        "Two credit unions merge\n\n(3 March 2011 – New Zealand) The members of both credit unions voted for "
        "the merger.\n",
        "Two credit unions merge",
        "2011-03-03",
        [],
    ),
    # a wire's name in capitals and brackets after the day; a distributor's tag before the dateline
    (
        "Co-op lenders report a record year\n\nNEW YORK, March 4, 2021 (BUSINESS WIRE) -- Credit unions "
        "lent more in 2020 than in any year before.\n",
        "Co-op lenders report a record year",
        "2021-03-04",
        [],
    ),
    (
        "Fund backs Ontario co-operatives\n\n/EIN News/ -- GUELPH, Ontario, July 09, 2020 (GLOBE NEWSWIRE) -- "
        "Thirty co-operatives received grants in May.\n",
        "Fund backs Ontario co-operatives",
        "2020-07-09",
        [],
    ),
    # a tag page whose cards each carry a meta line of short cells: the author, the day, the section
    (
        "Co-operatives\n\nBakers Who Own Their Bakery\n\nRuth Okafor | Posted 04.08.2017 | UK Business\nRuth Okafor\n\n"
        "Six bakers bought the firm from its founder last spring and now share the profits.\n\n"
        "Why Tenants Are Forming Housing Co-ops\n\nDev Malik | Posted 21.07.2017 | UK Politics\nDev Malik\n\n"
        "Rents rose again this year, and more tenants are pooling their savings to buy.\n\n"
        "A Football Club Run By Its Fans\n\nJo Byrne | Posted 23.06.2017 | UK Sport\nJo Byrne\n\n"
        "The supporters' trust now holds every share of the club.\n",
        "Co-operatives",
        None,
        [
            ("Bakers Who Own Their Bakery", "2017-08-04"),
            ("Why Tenants Are Forming Housing Co-ops", "2017-07-21"),
            ("A Football Club Run By Its Fans", "2017-06-23"),
        ],
    ),
]
# Cases the parser does not meet yet, each with its reason; tests/extract/test_header.py asserts they still fail.
OPEN_CASES = [
    c
    for c in CASES
    if c[1]
    in (
        # "Latest news" (two words) above undated headline/summary pairs: the header takes the first headline,
        # as it must for a kicker ("ILC 110") above an article's title; telling the two apart needs the page's shape.
        "Latest news",
        # An event's name reads as a body's ("... forum on ..."), which a site's name above a title is; the
        # header then takes the first field it does not know ("Venue: ...") for the title.
        "Regional forum on the social economy",
    )
]
