# Case table: listing pages told by the shape of their cards (parser/cards.py), in the format of
# cases_header.py: (text, title, publication date as ISO or None, [(item headline, item date ISO), ...]).
# - A page that repeats one card three times or more (a kicker, a headline, a byline, a summary; a
#   date, then what happened) gives one item per card, where most cards carry a cue no article's
#   section has: a date, a byline, a line said on every card, a summary closing on its source's day.
# - An item is titled by its headline; with none, by the summary under its date. Its date is the
#   card's own, at the precision written ("1844", "2020-02"); a card without one is undated.
# - Counter-cases: an article's subheadings and paragraphs, an event page's facts and programme,
#   and an article with cards of other stories under it stay one article.
# Written from scratch for the sse test-suite; not copied from any page.

CASES = [
    # counter-case: lines that end on a day after a label ("held on", "published on") are an article's
    # record of its meetings, not a feed's headlines
    (
        """Riverside Co-op: the spring meetings

Minutes of the board meeting held on 3 May 2011

Report of the annual assembly convened on 10 May 2011

Result of the members' vote published on 17 May 2011

Minutes of the finance committee met on 24 May 2011
""",
        "Riverside Co-op: the spring meetings",
        None,
        [],
    ),
    # a feed's widget: each headline and its day on one line; a label before a day is no headline
    (
        """Riverbend Co-op Network

Latest from the network

Members’ News Riverbend bakers open a second shop 14 March 2011

Policy Housing co-ops welcome the new planning rules 9 March 2011

Members’ News Credit union passes 5,000 members 2 March 2011

Events Spring assembly in Carlow 24 February 2011

Last updated on 15 March 2011
""",
        "Riverbend Co-op Network",
        None,
        [
            ("Members’ News Riverbend bakers open a second shop", "2011-03-14"),
            ("Policy Housing co-ops welcome the new planning rules", "2011-03-09"),
            ("Members’ News Credit union passes 5,000 members", "2011-03-02"),
            ("Events Spring assembly in Carlow", "2011-02-24"),
        ],
    ),
    # a post's meta line with its fields run together by pipes: "By |June 3rd, 2014|Columns|0 Comments"
    (
        """Archives: Columns

Why housing co-ops need patient capital

By |June 3rd, 2014|Columns, Housing|0 Comments

Housing co-ops borrow for thirty years, and most lenders will not wait that long. [...]

A year of the credit union charter

By |May 3rd, 2014|Columns|0 Comments

The charter changed how members vote, and the first results are in. [...]

What a food co-op owes its growers

By |April 2nd, 2014|Columns, Food|2 Comments

Growers want prices fixed before planting; members want them fixed at the till. [...]""",
        "Archives: Columns",
        None,
        [
            ("Why housing co-ops need patient capital", "2014-06-03"),
            ("A year of the credit union charter", "2014-05-03"),
            ("What a food co-op owes its growers", "2014-04-02"),
        ],
    ),
    # a section's name said on every card above its headline, a summary of one sentence under it
    (
        """Member stories

Rural Power
Valley co-op rebuilds its lines after the spring floods
Crews from four neighbouring co-ops worked for nine days to bring power back to the valley.

Rural Power
A school district signs up for co-op broadband
The district's twelve schools will be connected by the end of the year.

Rural Power
Lineworkers train apprentices at a summer camp
Twenty apprentices spent a week climbing poles and splicing cable at the co-op's yard.""",
        "Member stories",
        None,
        [
            ("Valley co-op rebuilds its lines after the spring floods", None),
            ("A school district signs up for co-op broadband", None),
            ("Lineworkers train apprentices at a summer camp", None),
        ],
    ),
    # ... four cards, one with a subtitle under its headline: the section's name over each is no headline
    (
        """Member stories

Rural Power
Valley co-op rebuilds its lines after the spring floods
Crews from four neighbouring co-ops worked for nine days to bring power back to the valley.

Rural Power
A school district signs up for co-op broadband
Twelve schools, one fibre line
The district's twelve schools will be connected by the end of the year.

Rural Power
Lineworkers train apprentices at a summer camp
Twenty apprentices spent a week climbing poles and splicing cable at the co-op's yard.

Rural Power
A solar farm owned by its neighbours
Three hundred members bought shares in the panels that now feed the co-op's lines.""",
        "Member stories",
        None,
        [
            ("Valley co-op rebuilds its lines after the spring floods", None),
            ("A school district signs up for co-op broadband", None),
            ("Lineworkers train apprentices at a summer camp", None),
            ("A solar farm owned by its neighbours", None),
        ],
    ),
    # each card signed by its author on the line above the headline
    (
        """Opinion

Mariana Costa
Why our bakery became a worker co-op
When the owners retired, the nine of us who baked the bread bought the business and now share its profits.

Tomasz Nowicki
Credit unions in small towns are closing branches
Three credit unions in the north have closed a branch each this winter, and members now drive an hour to the next.

Aisha Bello
What the new procurement rules mean for social enterprises
Councils can now reserve some contracts for social enterprises, but few of them have done so yet.""",
        "Opinion",
        None,
        [
            ("Why our bakery became a worker co-op", None),
            ("Credit unions in small towns are closing branches", None),
            ("What the new procurement rules mean for social enterprises", None),
        ],
    ),
    # a byline with the day in the American order and a year of two digits, and a link said on every card
    (
        """Posts about Savings

Should you open a youth savings account?
By: Dana Whitfield 09.14.24 3 minute read
Children who save early keep the habit. Here is what our youth accounts offer and how to open one.
SEE THE POST

How dividends are paid at a credit union
By: Dana Whitfield 03.02.24 5 minute read
Members own the credit union, so its surplus comes back to them. This post explains how.
SEE THE POST

Five ways to lower your loan payments
By: Luis Ortega 11.20.23 4 minute read
If your payments are too high, there are ways to bring them down without a new loan.
SEE THE POST""",
        "Posts about Savings",
        None,
        [
            ("Should you open a youth savings account?", "2024-09-14"),
            ("How dividends are paid at a credit union", "2024-03-02"),
            ("Five ways to lower your loan payments", "2023-11-20"),
        ],
    ),
    # a press digest: each summary closes on the newspaper that printed it and the day
    (
        """Co-operatives in the news
Village shop reopens as a community co-op
The last shop of the village closed in May. Sixty residents bought shares and reopened it as a co-op. Northern Echo, 12 October 2016.
Farmers found a dairy co-operative
Eleven dairy farmers have pooled their milk to bargain with the creameries. Farmers Weekly, 3 October 2016.
Housing co-op plans forty new homes
A housing co-operative has been given land by the council to build forty homes for rent. City Gazette, 27 September 2016.""",
        "Co-operatives in the news",
        None,
        [
            ("Village shop reopens as a community co-op", "2016-10-12"),
            ("Farmers found a dairy co-operative", "2016-10-03"),
            ("Housing co-op plans forty new homes", "2016-09-27"),
        ],
    ),
    # a timeline: each year on a line of its own, what happened under it
    (
        """Our history

Scroll down to see how the movement grew.

1761
Weavers in a small town set up a society to buy oatmeal together and sell it at cost.

1844
A group of workers opened a store on principles that co-ops still follow today.

1863
Local societies formed a wholesale society to supply their stores.

1895
The movement's national bodies founded an international alliance in London.""",
        "Our history",
        None,
        [
            ("Weavers in a small town set up a society to buy oatmeal together and sell it at cost.", "1761"),
            ("A group of workers opened a store on principles that co-ops still follow today.", "1844"),
            ("Local societies formed a wholesale society to supply their stores.", "1863"),
            ("The movement's national bodies founded an international alliance in London.", "1895"),
        ],
    ),
    # a timeline of one line an item, each opening on its year
    (
        """Milestones of the credit union movement
• 1850 – The first people's bank lent to craftsmen on the members' own savings.
• 1900 – A journalist founded the first credit union of the continent in his own home.
• 1934 – A federal law allowed credit unions to be chartered in every state.
• 1970 – An insurance fund began to protect members' deposits.""",
        "Milestones of the credit union movement",
        None,
        [
            ("1850 – The first people's bank lent to craftsmen on the members' own savings.", "1850"),
            ("1900 – A journalist founded the first credit union of the continent in his own home.", "1900"),
            ("1934 – A federal law allowed credit unions to be chartered in every state.", "1934"),
            ("1970 – An insurance fund began to protect members' deposits.", "1970"),
        ],
    ),
    # a podcast's episodes: title, guest, the month with the episode's number, a link said on every card
    (
        """Season 2

Buying the factory
Guest Ruth Adeyemi, co-op developer
May 2021 (Season 2 - Episode 6)
Listen now
Ruth explains how workers raised the money to buy the factory they worked in when it came up for sale.

Co-ops and the law
Guest Omar Haddad, lawyer
April 2021 (Season 2 - Episode 5)
Listen now
Omar walks through the choice of legal form for a new worker co-operative and what each form allows.

Care work, owned by carers
Guest Lucia Ferreira, home care worker
March 2021 (Season 2 - Episode 4)
Listen now
Lucia tells how forty home carers set up their own agency and doubled their pay in two years.""",
        "Season 2",
        None,
        [
            ("Buying the factory", "2021-05"),
            ("Co-ops and the law", "2021-04"),
            ("Care work, owned by carers", "2021-03"),
        ],
    ),
    # a card may lack a line the others show: the first episode has no guest
    (
        """Episodes

Why co-ops last longer
September 2022 (Episode 9)
Listen now
We look at the figures on how long co-operatives survive compared with other firms.

Starting a food co-op
Guest Hannah Moreau, store manager
August 2022 (Episode 8)
Listen now
Hannah tells how her town's food co-op found its first five hundred members.

Credit unions and climate
Guest Samuel Otieno, loans officer
July 2022 (Episode 7)
Listen now
Samuel explains the green loans his credit union offers to farmers.

Who owns the platform?
Guest Ingrid Solberg, researcher
June 2022 (Episode 6)
Listen now
Ingrid compares the platform co-ops she studied in three countries.""",
        "Episodes",
        None,
        [
            ("Why co-ops last longer", "2022-09"),
            ("Starting a food co-op", "2022-08"),
            ("Credit unions and climate", "2022-07"),
            ("Who owns the platform?", "2022-06"),
        ],
    ),
    # counter-case: a report whose paragraphs are wrapped line by line, as a PDF's text is: a line that
    # runs on into the next is no headline
    (
        """Counting the co-operatives of the north
May 2024
Findings
1. Registers overstate the number of active co-operatives: in the
north only half of the registered societies were still trading in
the year of the survey.
Method
2. The survey teams visited every registered society in four regions
between March and June, and asked the members who still met about
their accounts.
Next steps
3. Statistical offices should add questions on co-operatives to the
labour force survey, planned for next year.""",
        "Counting the co-operatives of the north",
        "2024-05",
        [],
    ),
    # links of one line each, the day last in the American order, under a heading a month
    (
        """News from the housing co-ops
March 2024
Board elections at the riverside co-op – 3/28/24
How share prices are set in a limited-equity co-op – 3/12/24
February 2024
City offers loans to tenants who buy their building – 2/20/24
A new guide to reserve funds – 2/6/24""",
        "News from the housing co-ops",
        None,
        [
            ("Board elections at the riverside co-op", "2024-03-28"),
            ("How share prices are set in a limited-equity co-op", "2024-03-12"),
            ("City offers loans to tenants who buy their building", "2024-02-20"),
            ("A new guide to reserve funds", "2024-02-06"),
        ],
    ),
    # each card signed by its author and the outlet that ran it
    (
        """Land trusts in the press

Farmers hold their land in common again
Maria Jensen, Rural Review
A land trust bought six farms last year and leases them to young growers at half the market rent.

Why cities give land to community trusts
Daniel Okoro, Urban Weekly
Three cities have handed vacant lots to land trusts that build homes which stay affordable for good.

The trust that saved a neighbourhood
Laura Chen and Peter Hall, City University
A study follows one trust over thirty years and finds that its homes cost half of those around them.""",
        "Land trusts in the press",
        None,
        [
            ("Farmers hold their land in common again", None),
            ("Why cities give land to community trusts", None),
            ("The trust that saved a neighbourhood", None),
        ],
    ),
    # ... and where the author's given name is in no list ("Zeruya Okonkwo, The Harbour Post")
    (
        """Co-ops in the press

Bakers who own their bakery
Zeruya Okonkwo, The Harbour Post
Nine bakers bought the bakery they worked in when its owner retired, and now share its profits.

A credit union for the island
Tavish Mbeki, Island Radio
The island's first credit union opened with two hundred members and a loan fund for fishers.

Who runs the village shop?
Orlaith Brennan, Rural Weekly
Sixty villagers bought shares to keep their last shop open, and elect its board every spring.""",
        "Co-ops in the press",
        None,
        [
            ("Bakers who own their bakery", None),
            ("A credit union for the island", None),
            ("Who runs the village shop?", None),
        ],
    ),
    # counter-case: an article's subheadings, each over a paragraph, carry no card's cue
    (
        """New fund for community energy co-ops

The government has opened a fund of 20 million for community energy co-operatives.

Who can apply
Co-operatives and community benefit societies with at least fifty members can apply for grants of up to half a million.

What the money is for
The grants pay for feasibility studies, grid connections and the first year of a project's running costs.

When to apply
Applications open next month and close at the end of the year; the first grants will be paid in the spring.""",
        "New fund for community energy co-ops",
        None,
        [],
    ),
    # counter-case: an event page, its facts in fields and its programme by the hour
    (
        """The social economy comes to the town hall
Venue: Town Hall, main chamber
Registration: free, online until the day before
Speakers: the mayor, the chair of the regional co-op federation and two social entrepreneurs
Programme
09:00 Welcome and opening words
10:30 Panel on public procurement and social enterprises
14:00 Visits to three co-ops of the town
Contact: the forum's secretariat""",
        "The social economy comes to the town hall",
        None,
        [],
    ),
    # counter-case: an article, then cards of other stories: its text above them is no page's heading
    (
        """Fishers' co-operative wins the right to manage the bay

The fishers of the bay have won a ten-year licence to manage its fishing grounds themselves, after a campaign of four years. The co-operative, which has 140 members, will set the season's quotas, close spawning areas and patrol the bay with two boats bought with a grant from the regional government. Its chair said that the members had asked for the licence because the stocks had fallen every year since the bay was opened to trawlers from outside the region. The licence obliges the co-operative to publish its catch records every month and to admit any fisher of the bay who applies. Scientists from the university will count the stocks twice a year, and the licence can be withdrawn if they fall for three years running.

Related stories
Fisheries
Women's fish traders form a savings group
By Ana Lima
Fisheries
A co-op cold store cuts the losses of small fishers
By Ana Lima
Fisheries
Seaweed farmers sell together for the first time
By Ana Lima""",
        "Fishers' co-operative wins the right to manage the bay",
        None,
        [],
    ),
    # a content system's byline under each headline: "Submitted by NAME on Fri, 22/05/2020 - 14:33"
    (
        """Regional news

Housing co-operatives share their rent rules

Submitted by web.editor on Tue, 09/06/2020 - 10:12

The regional federation gathered the rent rules of forty housing co-operatives so that new ones can learn from them.

Farm co-operatives pool their transport

Submitted by web.editor on Mon, 01/06/2020 - 16:40

Six farm co-operatives of the valley now share three lorries and a schedule of pick-ups.""",
        "Regional news",
        None,
        [
            ("Housing co-operatives share their rent rules", "2020-06-09"),
            ("Farm co-operatives pool their transport", "2020-06-01"),
        ],
    ),
]
