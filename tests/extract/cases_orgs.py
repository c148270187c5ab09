# Case table: organisations a one-article reader finds in a short text.
# Each case: (text, [[fullest name, other form the text uses, ...], ...])
# Only forms that the text itself writes are listed (possessive 's dropped,
# a leading "the" dropped). Back-references ("the Alliance", "the agency",
# "the network") are never forms. Programmes, documents, events, goals,
# diseases, generic plurals and places are not organisations.
# Written from scratch for the sse test-suite; not copied from any article.

CASES = [
    # a ministry whose complement is a list of fields, in Spanish as in English
    (
        "Según el Ministerio de Pesca, Minería y Energía, las cooperativas crecieron.",
        [["Ministerio de Pesca, Minería y Energía"]],
    ),
    # a courtesy title after a body's name opens the person's, and ends the body's run
    (
        "The General Secretary of Tororo Dairy Cooperative Union Mr. Okello Peter said members grew.",
        [["Tororo Dairy Cooperative Union"]],
    ),
    # a person, the office, then the body: the body is where the office is held, no person
    (
        "\u2014 Tomas Lindqvist, Managing Partner, Maeve Capital, award winner 2021.",
        [["Maeve Capital"]],
    ),
    # after a coined name and "y", a head that opens its own name is a second body
    (
        "Lo presentó Marta Iglesias Roca (Tecelcoop y Universidad de Ourense), con otros socios.",
        [["Tecelcoop"], ["Universidad de Ourense"]],
    ),
    # a given name alone before "and" names no body: the name is a couple's
    (
        "Next year the summit meets at the Anselme and Philomène Institute for Mutual Aid in Quebec City.",
        [["Anselme and Philomène Institute for Mutual Aid"]],
    ),
    # a dateline in capitals glued by a hyphen to the sentence after it is no part of a name
    (
        "HALIFAX-The Atlantic Mutual Insurers Alliance welcomed two members.",
        [["Atlantic Mutual Insurers Alliance"]],
    ),
    # a participle of what a body does, hyphened to its name, is no part of the name
    (
        "A Nordvale Development Bank-financed scheme trains growers. The ILO-led study and a "
        "Harbour Credit Union-backed fund were praised.",
        [
            ["Nordvale Development Bank"],
            ["ILO"],
            ["Harbour Credit Union"],
        ],
    ),
    # ------------------------------------------------------------------
    # Korean and Japanese: a word that ends in a body's word, without its particle or its head's title;
    # a kind of body ("사회적협동조합", "生活協同組合") is no name
    (
        "[서울=한결일보 박민수 기자] 부산소비자협동조합은 지난 3일 총회를 열었다. 사회적협동조합 전환도 논의했다. "
        "한빛신협 이사장과 강원도농협중앙회장이 지역 금융을 논의했다.",
        [
            ["한결일보"],
            ["부산소비자협동조합"],
            ["한빛신협"],
            ["강원도농협중앙회"],
        ],
    ),
    # a person after a body and the Spanish "y" is no part of its name; nor is a body a person before "who"
    (
        "El Banco Cooperativo del Sur y Felicia Contreras firmaron el acuerdo. Tributes came from Ruth Abara, "
        "director of policy at Greenhollow Exchange, who worked with her.",
        [
            ["Banco Cooperativo del Sur"],
            ["Greenhollow Exchange"],
        ],
    ),
    # a French or Spanish body writes its adjectives in lower case after its head; a topic is no body
    (
        "Marie Dupuis, secrétaire générale du Conseil national des Coopératives (CNC), a été nommée. "
        "La economía social y solidaria (ESS) crece.",
        [["Conseil national des Coopératives", "CNC"]],
    ),
    # what a chief heads is a body, in everyday words too; a chair of a field is none
    (
        "Kofi Mensah, CEO of Harvest Africa, opened the fair. Jane Doe, chair of Economics, spoke after him.",
        [["Harvest Africa"]],
    ),
    # initials joined by a slash to a body's opening initials are its name's; "ITC/ILO" stays two bodies
    (
        "The posting came from the MD/DC Credit Union League, which trained staff at the ITC/ILO centre.",
        [["MD/DC Credit Union League"], ["ITC"], ["ILO"]],
    ),
    # an officer's title after the body's name is no part of it; a title that is the name's is
    (
        "Tamarind Housing Co-operative Project Manager, Ana Ruiz, opened the site with the Office of the President.",
        [["Tamarind Housing Co-operative"], ["Office of the President"]],
    ),
    # two names joined by "and" where the page writes one of them on its own elsewhere; a bank named by
    # its country; a side of everyday words must stand alone twice
    (
        "Members of Harbour Mutual Building Society and Eastern Bank backed the merger. Eastern Bank "
        "staff and the board of Eastern Bank agreed. Bank Fiji and Kiwa Credit Bank merged; Kiwa Credit "
        "Bank members voted. Ana Reyes left Tolosa University and Research Institute.",
        [
            ["Harbour Mutual Building Society"],
            ["Eastern Bank"],
            ["Bank Fiji"],
            ["Kiwa Credit Bank"],
            ["Tolosa University and Research Institute"],
        ],
    ),
    # a name mid-sentence before a noun for a body in apposition, though it is an English word; not a
    # word that opens the sentence, nor a weekday
    (
        "The merger joins Kinloch with Lantern, the country’s third largest building society. Shares went "
        "to Harvest, the supermarket chain. Meanwhile, the federation grew. They met on Friday, the union said.",
        [
            ["Lantern"],
            ["Harvest"],
        ],
    ),
    # two titles after a body's name, joined by "&" or "and"; a calendar file's keys are no bodies
    (
        "The Dakota Credit Union League President & CEO opened the meeting, and the Nebraska Farmers "
        "Cooperative President and CEO closed it.\nDTSTART;TZID=America/Chicago:20250304T090000\nUID:ab12",
        [
            ["Dakota Credit Union League"],
            ["Nebraska Farmers Cooperative"],
        ],
    ),
    # a body named in a role abroad ("presidente de X"); a field of everyday Spanish is none
    (
        "Tomás Ibarra, presidente de Agrocoop y secretario de Estado, habló con Lucía Paz, gerente de Surcoop.",
        [
            ["Agrocoop"],
            ["Surcoop"],
        ],
    ),
    # the words that rank an office are those a role in apposition takes: board, acting, chief ...
    (
        "Pita Lomani, Fiji Dairy Co-operative Board Chairman, and Hana Kerr, Waikato Credit Union Acting "
        "Chief Executive, signed the accord.",
        [
            ["Fiji Dairy Co-operative"],
            ["Waikato Credit Union"],
        ],
    ),
    # the UN's bodies in French and Spanish: lower case after the head, defined by an acronym in any case
    (
        "Elle représente le Programme des Nations unies pour le développement (Pnud) à Tunis. "
        "El Programa de las Naciones Unidas para el Medio Ambiente (PNUMA) también apoya el proyecto.",
        [
            ["Programme des Nations unies pour le développement", "Pnud"],
            ["Programa de las Naciones Unidas para el Medio Ambiente", "PNUMA"],
        ],
    ),
    (
        "北山生活協同組合連合会の総会で、コープなごみの代表が報告した。生活協同組合の役割も議論した。",
        [["北山生活協同組合連合会"], ["コープなごみ"]],
    ),
    # ------------------------------------------------------------------
    # a body, "and", then a coined one-word name: two bodies; an acronym after "and" completes the name
    (
        "The award went to Northway Savings Bank and Fundwise for a housing bond.",
        [["Northway Savings Bank"], ["Fundwise"]],
    ),
    (
        "The Ministry of Cooperatives and SMEs opened a help desk.",
        [["Ministry of Cooperatives and SMEs"]],
    ),
    (
        "The Ministry of Fisheries and Cooperatives opened a help desk.",
        [["Ministry of Fisheries and Cooperatives"]],
    ),
    # a number-led modifier before a name is no part of it
    (
        "The $12.4 million, 2,415-member Lakeshore Teachers Credit Union will merge into a larger lender.",
        [["Lakeshore Teachers Credit Union"]],
    ),
    (
        "The 60-year-old Valley Dairy Cooperative Society opened a chilling plant.",
        [["Valley Dairy Cooperative Society"]],
    ),
    # ------------------------------------------------------------------
    # a department's name with a list for complement ends where the list turns to acronyms of bodies
    (
        "The fund is run by the Department of Rural Enterprise Development, NYDA, and SEFA in three provinces.",
        [["Department of Rural Enterprise Development"], ["NYDA"], ["SEFA"]],
    ),
    (
        "The Ministry of Trade, ICT and Cooperatives opened a help desk.",
        [["Ministry of Trade, ICT and Cooperatives"]],
    ),
    # ------------------------------------------------------------------
    # a sentence glued to a name with no stop between: "The" or "In the" opens the next one
    (
        "By Amara Obi The Enugu State Government on Monday signed a pact with traders.",
        [["Enugu State Government"]],
    ),
    (
        "By Rosa Lim, Chair, Visayas Alliance of Water Users In the dry months, pumps fail.",
        [["Visayas Alliance of Water Users"]],
    ),
    (
        "A grant from the Foundation for The Future of Farming helped.",
        [["Foundation for The Future of Farming"]],
    ),
    # ------------------------------------------------------------------
    # "Social Enterprise" closing a run names the sector, not a body; before a place or a head it is a name
    (
        "She spoke at the Northshire Social Enterprise conference on the ‘Future of Social Enterprise’.",
        [],
    ),
    (
        "Social Enterprise Wales and the Coastal Social Enterprise Network signed the letter.",
        [["Social Enterprise Wales"], ["Coastal Social Enterprise Network"]],
    ),
    # ------------------------------------------------------------------
    # a body's organ in Spanish, French, Italian or Portuguese is no body: the body after it is
    (
        "La Dirección Ejecutiva de Coopsur Caldas presentó el informe anual.",
        [["Coopsur Caldas"]],
    ),
    (
        "Le Conseil d'administration de la Fédération des Coopératives du Jura s'est réuni.",
        [["Fédération des Coopératives du Jura"]],
    ),
    # ------------------------------------------------------------------
    # an acronym that opens a law's name is the law's, not a body's
    (
        "The WORCS and Equity Act would fund the Rural Cooperative Fund.",
        [["Rural Cooperative Fund"]],
    ),
    (
        "Loans under the CARES Act reached 40 worker co-ops.",
        [],
    ),
    # ------------------------------------------------------------------
    # an award is no body, though its name ends on a word for one
    (
        "Greenhill Bakery was named Worker Co-operative of the Year by the Regional Co-operative Council.",
        [["Greenhill Bakery"], ["Regional Co-operative Council"]],
    ),
    (
        "The Ridgeway Project won the Anna Marsh Memorial Award for Outstanding Community Organization in May.",
        [],
    ),
    (
        "The Halden Prize Foundation funds two studies a year.",
        [["Halden Prize Foundation"]],
    ),
    # ------------------------------------------------------------------
    # long form followed by its acronym in brackets
    (
        "The Cooperative Development Authority (CDA) registered 312 new cooperatives in Northern Mindanao during the first quarter.",
        [["Cooperative Development Authority", "CDA"]],
    ),
    (
        "Delegates praised the Sacco Societies Regulatory Authority (SASRA) for publishing its supervision report on time.",
        [["Sacco Societies Regulatory Authority", "SASRA"]],
    ),
    (
        "The National Cooperative Union of India (NCUI) will train 5,000 secretaries of primary societies, its chairman said.",
        [["National Cooperative Union of India", "NCUI"]],
    ),
    (
        "A new study by the European Research Institute on Cooperative and Social Enterprises (Euricse) maps worker buyouts in northern Italy.",
        [["European Research Institute on Cooperative and Social Enterprises", "Euricse"]],
    ),
    (
        "The Global Social Economy Forum (GSEF) will hold its next congress in Bordeaux, and GSEF members are invited to send proposals.",
        [["Global Social Economy Forum", "GSEF"]],
    ),
    (
        "The Institute for Social Entrepreneurship in Asia (ISEA) ran the workshop for 40 women home-based workers.",
        [["Institute for Social Entrepreneurship in Asia", "ISEA"]],
    ),
    # a programme of the UN is a body of the UN; another programme is none
    (
        "The United Nations Development Programme (UNDP) funds the Rural Savings Programme (RSP).",
        [["United Nations Development Programme", "UNDP"]],
    ),
    # the UN names bodies by a conference, an officer, a fund; its goals are no body
    (
        "Speakers came from the United Nations Conference on Trade and Development (UNCTAD), the United Nations "
        "High Commissioner for Refugees (UNHCR) and the United Nations Population Fund (UNFPA), on the "
        "United Nations Sustainable Development Goals (SDGs).",
        [
            ["United Nations Conference on Trade and Development", "UNCTAD"],
            ["United Nations High Commissioner for Refugees", "UNHCR"],
            ["United Nations Population Fund", "UNFPA"],
        ],
    ),
    # a long form in words no dictionary holds names a body; in everyday words, a kind of body
    (
        "The Lanka Jathika Sangamaya (LJS) won the society's election; Multi-State Co-operatives (MSCS) grew; "
        "Trainer of Trainers (ToTs) met Mr. Ilhan Demir (NCUT) in Trinidad and Tobago (TT).",
        [["Lanka Jathika Sangamaya", "LJS"], ["NCUT"]],
    ),
    # ------------------------------------------------------------------
    # acronym first, long form in brackets
    (
        "WOCCU (World Council of Credit Unions) opened a liaison office to support credit unions in West Africa.",
        [["World Council of Credit Unions", "WOCCU"]],
    ),
    (
        "CICOPA (International Organisation of Industrial and Service Cooperatives) presented its second report on worker cooperatives.",
        [["International Organisation of Industrial and Service Cooperatives", "CICOPA"]],
    ),
    (
        "According to UNRISD (United Nations Research Institute for Social Development), few countries count social economy jobs.",
        [["United Nations Research Institute for Social Development", "UNRISD"]],
    ),
    (
        "ISEA (Institute for Social Entrepreneurship in Asia) and PhilSEN (Philippine Social Enterprise Network) will co-host the forum.",
        [
            ["Institute for Social Entrepreneurship in Asia", "ISEA"],
            ["Philippine Social Enterprise Network", "PhilSEN"],
        ],
    ),
    # ------------------------------------------------------------------
    # acronym joined to the long form without brackets
    (
        "The Kenya Union of Savings and Credit Cooperatives KUSCCO has appointed an interim board to oversee a forensic audit.",
        [["Kenya Union of Savings and Credit Cooperatives", "KUSCCO"]],
    ),
    (
        "Members of the National Confederation of Cooperatives NATCCO met in Cagayan de Oro to approve a new five-year strategy.",
        [["National Confederation of Cooperatives", "NATCCO"]],
    ),
    (
        "The Cooperative Alliance of Kenya CAK said the draft bill had never been discussed with its members.",
        [["Cooperative Alliance of Kenya", "CAK"]],
    ),
    (
        "A grant from the Korea International Cooperation Agency KOICA will fund three women's cooperatives in Cambodia.",
        [["Korea International Cooperation Agency", "KOICA"]],
    ),
    (
        "Speakers from the Asian Solidarity Economy Council ASEC described community enterprises in Java and Mindanao.",
        [["Asian Solidarity Economy Council", "ASEC"]],
    ),
    # ------------------------------------------------------------------
    # acronym and long form joined with a dash
    (
        "UNRISD – the United Nations Research Institute for Social Development – has launched a call for papers on care cooperatives.",
        [["United Nations Research Institute for Social Development", "UNRISD"]],
    ),
    (
        "ACCOSCA - African Confederation of Cooperative Savings and Credit Associations - has moved its annual forum to Kigali.",
        [["African Confederation of Cooperative Savings and Credit Associations", "ACCOSCA"]],
    ),
    (
        "The statement was signed by CECOP – the European Confederation of Industrial and Service Cooperatives – on behalf of 50 federations.",
        [["European Confederation of Industrial and Service Cooperatives", "CECOP"]],
    ),
    (
        "Sacco Societies Regulatory Authority-SASRA has issued new governance guidelines for non-withdrawable deposit-taking Saccos.",
        [["Sacco Societies Regulatory Authority", "SASRA"]],
    ),
    # ------------------------------------------------------------------
    # acronym or long form given in another sentence
    (
        "The UN General Assembly adopted the text without a vote. It was the first time UNGA members had agreed on a definition of the social and solidarity economy.",
        [["UN General Assembly", "UNGA"]],
    ),
    (
        "Last year the General Assembly requested a report on cooperatives in social development. When UNGA meets again in September, member states will review its findings.",
        [["General Assembly", "UNGA"]],
    ),
    (
        "The World Bank has approved a credit line for rural savings groups. A World Bank Group spokesperson said the money would reach farmers within six months.",
        [["World Bank Group", "World Bank"]],
    ),
    (
        "The Organisation for Economic Co-operation and Development published its first guide on legal frameworks for the social economy. The OECD plans a second volume on impact measurement.",
        [["Organisation for Economic Co-operation and Development", "OECD"]],
    ),
    (
        "Staff of the Korea Social Enterprise Promotion Agency visited Jeonju this week. KoSEA officials said certification requests had doubled.",
        [["Korea Social Enterprise Promotion Agency", "KoSEA"]],
    ),
    (
        "The International Labour Organization marked the day with a panel in Geneva. An ILO report released the same morning counts cooperative jobs in 40 countries.",
        [["International Labour Organization", "ILO"]],
    ),
    # ------------------------------------------------------------------
    # demonym-led names (the demonym belongs to the name)
    (
        "The Canadian Co-operative Association (CCA) was formed in 1987 when the Co-operative Union of Canada merged with the Co-operative College of Canada.",
        [
            ["Canadian Co-operative Association", "CCA"],
            ["Co-operative Union of Canada"],
            ["Co-operative College of Canada"],
        ],
    ),
    (
        "The Japanese Consumers' Co-operative Union reported a slight fall in home delivery sales.",
        [["Japanese Consumers' Co-operative Union"]],
    ),
    (
        "Earthquake relief was channelled through the Turkish Cooperative Association and local women's groups in Hatay.",
        [["Turkish Cooperative Association"]],
    ),
    (
        "The Indian Farmers Fertiliser Cooperative Limited (IFFCO) said it would pay for drone training in 500 village societies.",
        [["Indian Farmers Fertiliser Cooperative Limited", "IFFCO"]],
    ),
    (
        "The Philippine Cooperative Center hosted the congress, while the Philippine Social Enterprise Network ran a session on public procurement.",
        [["Philippine Cooperative Center"], ["Philippine Social Enterprise Network"]],
    ),
    (
        "A delegation from the Korean Federation of Worker Cooperatives visited worker-owned firms in the Basque Country.",
        [["Korean Federation of Worker Cooperatives"]],
    ),
    (
        "Scottish Agricultural Organisation Society chief executive Jim Muir urged farmers to share machinery through their co-ops.",
        [["Scottish Agricultural Organisation Society"]],
    ),
    (
        "African Cooperative Development Foundation board members met their counterparts from the Ghana Co-operative Credit Unions Association.",
        [["African Cooperative Development Foundation"], ["Ghana Co-operative Credit Unions Association"]],
    ),
    # counter-cases: a demonym before a common noun is no name
    (
        "Canadian co-operatives employ more than 150,000 people, and Kenyan savings societies hold billions in deposits.",
        [],
    ),
    (
        "The Italian cooperative federation Legacoop and the French confederation CG Scop signed a joint letter.",
        [["Legacoop"], ["CG Scop"]],
    ),
    # ------------------------------------------------------------------
    # government departments named by a word and a country
    # dotted country initials open the name: "U.S. Department of Agriculture"
    (
        "A grant from the U.S. Department of Agriculture helped the dairy co-op expand.",
        [["U.S. Department of Agriculture"]],
    ),
    (
        "Health Canada approved the co-op's application to run a community pharmacy in rural Manitoba.",
        [["Health Canada"]],
    ),
    (
        "Figures from Statistics Norway show that housing cooperatives own about 14 percent of all dwellings.",
        [["Statistics Norway"]],
    ),
    (
        "Statistics Canada and Employment and Social Development Canada jointly fund the survey of non-profit organisations.",
        [["Statistics Canada"], ["Employment and Social Development Canada"]],
    ),
    (
        "Business Finland offered grants to start-up cooperatives, and Statistics Finland will track how many survive.",
        [["Business Finland"], ["Statistics Finland"]],
    ),
    (
        "Data compiled by Statistics Korea show that 1,200 social cooperatives were registered last year.",
        [["Statistics Korea"]],
    ),
    (
        "Statistics South Africa does not yet count cooperatives separately, according to the Department of Small Business Development.",
        [["Statistics South Africa"], ["Department of Small Business Development"]],
    ),
    # ------------------------------------------------------------------
    # ministries and national agencies
    (
        "The Ministry of Employment and Labor (MOEL) certified 72 new social enterprises on Tuesday.",
        [["Ministry of Employment and Labor", "MOEL"]],
    ),
    (
        "India's Ministry of Cooperation was carved out of the agriculture ministry and is headed by Amit Shah.",
        [["Ministry of Cooperation"]],
    ),
    (
        "The Department of Trade and Industry (DTI) and the Department of Labor and Employment (DOLE) will co-chair the new council.",
        [["Department of Trade and Industry", "DTI"], ["Department of Labor and Employment", "DOLE"]],
    ),
    (
        "Brazil's National Secretariat for Solidarity Economy was re-established inside the Ministry of Labour and Employment.",
        [["National Secretariat for Solidarity Economy"], ["Ministry of Labour and Employment"]],
    ),
    (
        "Officials of the Jordan Cooperative Corporation (JCC) drafted the new cooperative law together with the Ministry of Agriculture.",
        [["Jordan Cooperative Corporation", "JCC"], ["Ministry of Agriculture"]],
    ),
    (
        "The State Department for Cooperatives received more funding this year, the National Treasury said.",
        [["State Department for Cooperatives"], ["National Treasury"]],
    ),
    # an officer's title, with the word that ranks it, ends the body's name before the officer's
    (
        "The figures came from the Ministry of Lands, Housing and Water Principal Secretary Amos Kiprono.",
        [["Ministry of Lands, Housing and Water"]],
    ),
    ("The Ministry of Fisheries Permanent Secretary Rosa Tuilagi opened the depot.", [["Ministry of Fisheries"]]),
    # bodies named in other languages: their heads, their articles, their "and"
    (
        "Firmaron la Intendencia de Montevideo y la Unidad de Economía Social un acuerdo con la Cámara de Comercio.",
        [["Intendencia de Montevideo"], ["Unidad de Economía Social"], ["Cámara de Comercio"]],
    ),
    ("La Jefatura de Desarrollo Cooperativo publicó el informe anual.", [["Jefatura de Desarrollo Cooperativo"]]),
    (
        "Le rapport de l'Observatoire National de l'Emploi et la Chambre Régionale de l'ESS a été publié.",
        [["Observatoire National de l'Emploi"], ["Chambre Régionale de l'ESS"]],
    ),
    # Italian elides its articles too: "dall'", "dell'", "all'"
    (
        "La proposta promossa dall'Alleanza delle Cooperative Italiane cita i dati dell'Istituto Nazionale di Statistica.",
        [["Alleanza delle Cooperative Italiane"], ["Istituto Nazionale di Statistica"]],
    ),
    # a legal form after a name says a body is named, whatever words the name is made of
    (
        "Zum Sommerfest luden die Zentralkonsum eG und die Raiffeisen-Volksbank Varel-Nordenham eG; es sprach Eva Roth, DZ BANK AG.",
        [["Zentralkonsum"], ["Raiffeisen-Volksbank Varel-Nordenham"], ["DZ BANK"]],
    ),
    # movements and parties, as Spanish, French and Italian open their names
    (
        "Le Mouvement Desjardins a soutenu le projet; la diputada del Partido Popular lo votó.",
        [["Mouvement Desjardins"], ["Partido Popular"]],
    ),
    (
        "A Associação Nacional de Cooperativas e Empresas Sociais (ANCES) reuniu-se em Lisboa.",
        [["Associação Nacional de Cooperativas e Empresas Sociais", "ANCES"]],
    ),
    # counter-case: "y" inside one name is no second body
    ("El Ministerio de Trabajo y Previsión Social firmó el convenio.", [["Ministerio de Trabajo y Previsión Social"]]),
    # a school of a discipline is a faculty; a summer school on a topic is a course
    (
        "The Halden School of Business opened a course with the Sahel Cooperative Federation AGM in June.",
        [["Halden School of Business"], ["Sahel Cooperative Federation"]],
    ),
    # a parliament's intergroup and a city's police are bodies
    (
        "The European Parliament's Social Economy Intergroup met; the Nairobi Police attended.",
        [["Social Economy Intergroup"], ["European Parliament"], ["Nairobi Police"]],
    ),
    # ------------------------------------------------------------------
    # regional bodies kept apart from their parent
    (
        "ICA-Africa will host its regional assembly in Kigali, while the International Cooperative Alliance holds its global board meeting in Brussels.",
        [["ICA-Africa"], ["International Cooperative Alliance"]],
    ),
    (
        "International Co-operative Alliance - Africa signed a memorandum with the African Union Commission on youth employment.",
        [["International Co-operative Alliance - Africa"], ["African Union Commission"]],
    ),
    (
        "ICA Asia and Pacific (ICA-AP) elected a new president at its regional assembly in Kathmandu.",
        [["ICA Asia and Pacific", "ICA-AP"]],
    ),
    (
        "Cooperatives Europe, the European region of the ICA, called for a cooperative test in new legislation.",
        [["Cooperatives Europe"], ["ICA"]],
    ),
    (
        "The ILO Regional Office for Africa and ILO headquarters in Geneva co-organised the training.",
        [["ILO Regional Office for Africa"], ["ILO"]],
    ),
    (
        "Cooperatives of the Americas, the regional office of the International Cooperative Alliance, met in San José.",
        [["Cooperatives of the Americas"], ["International Cooperative Alliance"]],
    ),
    ("Only ICA-AP staff attended the Manila workshop; nobody came from the ICA head office.", [["ICA-AP"], ["ICA"]]),
    (
        "The ILO Country Office for the Philippines trained 40 cooperative auditors in Davao.",
        [["ILO Country Office for the Philippines"]],
    ),
    # ------------------------------------------------------------------
    # a unit named with and without its parent
    (
        "ILO COOP, the Cooperatives Unit of the International Labour Organization, turned 100 in 2020, and COOP staff marked the date with a webinar.",
        [["ILO COOP", "Cooperatives Unit", "COOP"], ["International Labour Organization"]],
    ),
    (
        "The OECD Centre for Entrepreneurship, SMEs, Regions and Cities (CFE) leads the Global Action on the social economy.",
        [["OECD Centre for Entrepreneurship, SMEs, Regions and Cities", "CFE"]],
    ),
    (
        "The European Commission's Directorate-General for Employment, Social Affairs and Inclusion manages the call for proposals.",
        [["European Commission"], ["Directorate-General for Employment, Social Affairs and Inclusion"]],
    ),
    # ------------------------------------------------------------------
    # media outlets
    ("Speaking to the Daily Nation, the Sacco's chairman said dividends would fall this year.", [["Daily Nation"]]),
    (
        "The figures were first reported by Co-operative News and later confirmed by Reuters.",
        [["Co-operative News"], ["Reuters"]],
    ),
    (
        "In an interview with the Korea Herald, the agency's president said the certification system would be simplified.",
        [["Korea Herald"]],
    ),
    (
        "The Philippine News Agency (PNA) quoted the provincial cooperative officer as saying 18 cooperatives had applied.",
        [["Philippine News Agency", "PNA"]],
    ),
    (
        "Business Daily reported that the Co-operative Bank of Kenya had lent KES 4 billion to Saccos.",
        [["Business Daily"], ["Co-operative Bank of Kenya"]],
    ),
    # ------------------------------------------------------------------
    # a body named only in a person's role
    (
        "Maria Okafor, founder and chief executive of Tembo Partners in Nigeria, opened the meeting.",
        [["Tembo Partners"]],
    ),
    ("Luis Ortega, president, FEDCOOP Network, said members had voted.", [["FEDCOOP Network"]]),
    ("“We expected it,” said Sara Lind, a policy adviser at Green Lantern.", [["Green Lantern"]]),
    ("Tom Reilly, Ravensworth's head of research, wrote the report.", [["Ravensworth"]]),
    (
        "Ana Silva, head of training and finance - Solidar Forum International, chaired the panel.",
        [["Solidar Forum International"]],
    ),
    (
        "Speakers: Lena Voss, coordinator at Talvikki (Finland); Ugo Neri, adviser at Solidaria.",
        [["Talvikki"], ["Solidaria"]],
    ),
    # a programme's speakers, each beside the body they come from; a role or a unit beside a name is none
    (
        "Panel: Marta Oliveira, Rede Solidaria (Portugal); Tomas Berg, Rapporteur; Lee Min-ho, KoSEA Communications\n"
        "ScaleBridge : Anna Kowalska; DIESIS : Paolo Conti",
        [["Rede Solidaria"], ["ScaleBridge"], ["DIESIS"], ["KoSEA"]],
    ),
    # a field, a portfolio or a place in a role is no body; nor a body found already, shortened
    (
        "John Mwangi, director of programmes and policy, and Jane Oduya, Minister of Microfinance and Social "
        "Economy, met Ruth Kamau, governor of Nairobi.",
        [],
    ),
    (
        "The Kiwanja Dairy Cooperative grew. Peter Ndege, the chairman of Kiwanja Dairy, said so.",
        [["Kiwanja Dairy Cooperative", "Kiwanja Dairy"]],
    ),
    # a role that runs into the name after it takes no part of that name
    ("Minister of Trade and Cooperatives Haruna Bello Musa said the law would pass.", []),
    # "at" inside a name, after "the" or a word in lower case; not a role's field before a body
    (
        "She chairs the nonprofit Women at Risk Foundation. Aiko Sato, Head of Marketing at Harbour Dairy "
        "Co-operative, and a Professor at Lakeside University spoke.",
        [["Women at Risk Foundation"], ["Harbour Dairy Co-operative"], ["Lakeside University"]],
    ),
    # a body's board or committee named by the body's acronym is the body
    (
        "The letter was signed by the NAFCU Board of Directors and the CUNA Executive Committee.",
        [["NAFCU"], ["CUNA"]],
    ),
    # an outlet named by what it does, with no organisation word in its name
    ("As reported in The Observer last week, the bakery co-op will close.", [["Observer"]]),
    ("“Prices fell,” a farmer told Kigali Weekly on Monday.", [["Kigali Weekly"]]),
    ("The minister said, as quoted by Berita Pagi, that the law was ready.", [["Berita Pagi"]]),
    ("Source : Lanka Courier Online Date : 3-Jun-2019\nThe union met.", [["Lanka Courier Online"]]),
    # a credit line names its source: an agency after "By" and before "Published", after "Photo:",
    # a paper at the end of an aggregator's line after the day and time
    (
        "Co-ops mark their day\nBy Hanbit Published : Jul 1, 2023 - 10:01\nMembers met. Photo: Kyodo\n"
        "A field. Photo: Supplied\nBy Ana Cruz – May 2, 2017, 9:15 AM from Davao Herald\nPrices rose.",
        [["Hanbit"], ["Kyodo"], ["Davao Herald"]],
    ),
    # counter-cases: a person, a place, a title, parliament, a name cut short are no outlets
    (
        "She told Amina Yusuf, then told Parliament, as reported in Nairobi. He told Wanjiru. "
        "It told Union Trade and Cooperation Minister Ravi Das.",
        [],
    ),
    # ------------------------------------------------------------------
    # companies (including ones that read like people)
    (
        "Divine Chocolate, which is part-owned by the Kuapa Kokoo farmers' cooperative, launched a new bar in London.",
        [["Divine Chocolate"], ["Kuapa Kokoo"]],
    ),
    ("Shinhan Bank will provide impact loans to 300 social enterprises under the agreement.", [["Shinhan Bank"]]),
    (
        "Mobile operator Safaricom and the Co-operative Bank of Kenya launched a joint savings product for Sacco members.",
        [["Safaricom"], ["Co-operative Bank of Kenya"]],
    ),
    (
        "Mountain Equipment Co-op was sold to a private investor, a move criticised by Co-operatives and Mutuals Canada.",
        [["Mountain Equipment Co-op"], ["Co-operatives and Mutuals Canada"]],
    ),
    (
        "Cabot Creamery Co-operative and Ocean Spray teamed up for a joint promotion during Co-op Month.",
        [["Cabot Creamery Co-operative"], ["Ocean Spray"]],
    ),
    (
        "Welch's, which is owned by grape growers, and Land O'Lakes both sponsor the award.",
        [["Welch's"], ["Land O'Lakes"]],
    ),
    # ------------------------------------------------------------------
    # political parties
    (
        "The Co-operative Party said it would table an amendment, and the Liberal Democrats signalled their support.",
        [["Co-operative Party"], ["Liberal Democrats"]],
    ),
    (
        "The Green Party has endorsed the sector's call for a national co-operative investment strategy.",
        [["Green Party"]],
    ),
    (
        "Representatives of the Coop-NATCCO Party List and the Ating Koop Party List attended the hearing.",
        [["Coop-NATCCO Party List"], ["Ating Koop Party List"]],
    ),
    # ------------------------------------------------------------------
    # named co-operatives given in lists
    (
        "Four consumer cooperatives took part: Hansalim, iCOOP, Dure and one run by the Seoul YMCA.",
        [["Hansalim"], ["iCOOP"], ["Dure"], ["Seoul YMCA"]],
    ),
    (
        "Winners included Sta. Cruz Savings and Development Cooperative, Tagum Cooperative and Lamac Multi-Purpose Cooperative.",
        [["Sta. Cruz Savings and Development Cooperative"], ["Tagum Cooperative"], ["Lamac Multi-Purpose Cooperative"]],
    ),
    (
        "The union's members are Stima Sacco, Mwalimu National Sacco, Harambee Sacco and Unaitas.",
        [["Stima Sacco"], ["Mwalimu National Sacco"], ["Harambee Sacco"], ["Unaitas"]],
    ),
    (
        "Three worker co-ops - Suma, Unicorn Grocery and Calverts - shared their pay policies with the panel.",
        [["Suma"], ["Unicorn Grocery"], ["Calverts"]],
    ),
    (
        "Milk unions such as Amul, Sabar Dairy and Banas Dairy supply the federation's plants.",
        [["Amul"], ["Sabar Dairy"], ["Banas Dairy"]],
    ),
    (
        "Two housing cooperatives, Kalkbreite and Mehr als Wohnen, hosted the study visit.",
        [["Kalkbreite"], ["Mehr als Wohnen"]],
    ),
    # a list that names two bodies or more names bodies in its other items too
    (
        "Sponsors were Brakwater Foods, the Lakeside Credit Union, Brenvik, Tovara Insurance and the Fair Trade "
        "Federation.",
        [["Brakwater Foods"], ["Lakeside Credit Union"], ["Brenvik"], ["Tovara Insurance"], ["Fair Trade Federation"]],
    ),
    # counter-cases: a person, a place, a word of everyday English, a room among them stay what they are
    (
        "Guests came from the Baraka Savings Society, the Umoja Dairy Cooperative, Kisumu, Peter Otieno, "
        "Decent Work and Conference Room 4.",
        [["Baraka Savings Society"], ["Umoja Dairy Cooperative"]],
    ),
    # ------------------------------------------------------------------
    # two names joined by "and" are two names
    ("The ILO and UNRISD co-authored the working paper.", [["ILO"], ["UNRISD"]]),
    ("Oxfam and Save the Children distributed seed through village cooperatives.", [["Oxfam"], ["Save the Children"]]),
    (
        "The Seoul Metropolitan Government and Seongbuk District Office signed the pact.",
        [["Seoul Metropolitan Government"], ["Seongbuk District Office"]],
    ),
    (
        "Funding came from the European Commission and the Inter-American Development Bank.",
        [["European Commission"], ["Inter-American Development Bank"]],
    ),
    ("KoSEA and NACF will hold a joint meeting on rural social enterprises.", [["KoSEA"], ["NACF"]]),
    # counter-cases: one name that contains "and"
    ("The Ministry of Trade and Industry has not yet published the regulations.", [["Ministry of Trade and Industry"]]),
    (
        "The Housing and Urban Development Corporation lent money to 12 housing cooperatives in Kerala.",
        [["Housing and Urban Development Corporation"]],
    ),
    (
        "The UN Economic Commission for Latin America and the Caribbean (ECLAC) hosted the regional dialogue.",
        [["UN Economic Commission for Latin America and the Caribbean", "ECLAC"]],
    ),
    # a body's first words, before its complement, name it again
    (
        "The Regional Council of Credit Unions met in Lomé. The Regional Council said its members had grown.",
        [["Regional Council of Credit Unions"]],
    ),
    # spelling variants of one name are one body
    (
        "The Lakeland Cooperatives Agency opened an office. The Lakeland Cooperative Agency (LCA) said so, "
        "as did the Ministry for Cooperation and the Ministry of Cooperation's staff.",
        [
            ["Lakeland Cooperatives Agency", "Lakeland Cooperative Agency", "LCA"],
            ["Ministry for Cooperation", "Ministry of Cooperation"],
        ],
    ),
    # ------------------------------------------------------------------
    # a place or a generic head is never an alias
    (
        "The Seoul Social Economy Center (SSEC) trains 400 entrepreneurs a year; the center is funded by the city.",
        [["Seoul Social Economy Center", "SSEC"]],
    ),
    (
        "The Mekong Solidarity Economy Network held its assembly in Hanoi, and the network re-elected its coordinator.",
        [["Mekong Solidarity Economy Network"]],
    ),
    (
        "With support from the ILO's PROSPECTS Jordan programme, the Jordan Cooperative Corporation trained 60 auditors.",
        [["ILO"], ["Jordan Cooperative Corporation"]],
    ),
    ("RIPESS Europe and RIPESS Latin America co-hosted the webinar.", [["RIPESS Europe"], ["RIPESS Latin America"]]),
    (
        "Co-operatives UK published the report, and Co-operatives UK's chief executive said growth had slowed.",
        [["Co-operatives UK"]],
    ),
    (
        "The Kenya National Federation of Cooperatives (KNFC) met in Nairobi; the federation wants a seat on the council.",
        [["Kenya National Federation of Cooperatives", "KNFC"]],
    ),
    # ------------------------------------------------------------------
    # back-references are not aliases
    (
        "The International Cooperative Alliance elected a new president. The Alliance also approved its budget.",
        [["International Cooperative Alliance"]],
    ),
    (
        "The Cooperative Development Authority said the agency had cancelled the registration of 2,000 dormant cooperatives.",
        [["Cooperative Development Authority"]],
    ),
    (
        "The Union of Agricultural Cooperatives of Bukidnon was founded by 14 primary societies; the union now has 90 members.",
        [["Union of Agricultural Cooperatives of Bukidnon"]],
    ),
    # ------------------------------------------------------------------
    # role titles are not organisations
    ("Antonella Rossi, Head-Social Economy and Innovation Unit at the OECD, opened the session.", [["OECD"]]),
    (
        "Mary Wanjiru, Head-Inclusive Finance Unit, Co-operative Bank of Kenya, moderated the panel.",
        [["Co-operative Bank of Kenya"]],
    ),
    ("The Chief Executive Officer and the Board Secretary of Harambee Sacco resigned on Friday.", [["Harambee Sacco"]]),
    ("The Assistant Director-General for Jobs and Social Protection spoke on behalf of the ILO.", [["ILO"]]),
    # ------------------------------------------------------------------
    # headline fragments are not organisations
    ("Calls for Partnership on Cooperative Housing Grow as Rents Soar", []),
    ("Cooperatives Build a Better World: Youth Summit Opens in Kuala Lumpur", []),
    ("Social Enterprise Day Ceremony to Be Held in Sejong", []),
    ("PhilSEN Calls for Partnership on Social Enterprise Procurement", [["PhilSEN"]]),
    ("New Board Elected at Annual General Meeting of Stima Sacco", [["Stima Sacco"]]),
    # a head and its one-word field closing the run: the ministry's whole name, in a line in title case too
    (
        "Ms Selin Avar and Mr Deniz Korkut, Trade Advisers at the Turkish Ministry of Trade",
        [["Turkish Ministry of Trade"]],
    ),
    ("Students From the University of Nairobi Win the Prize", [["University of Nairobi"]]),
    # in a headline, a head's complement that runs to the line's end (or a bracket), with no verb, is its name's
    (
        "ILO Takes Part in the Annual Conference of the Andean Network for the Promotion of the Social and "
        "Solidarity Economy (SSE)",
        [["ILO"], ["Andean Network for the Promotion of the Social and Solidarity Economy"]],
    ),
    (
        "Members Welcome the Report of the Expert Group on Social Enterprise and Local Development\nMore text follows.",
        [["Expert Group on Social Enterprise and Local Development"]],
    ),
    (
        "Speakers Include Experts From the Lakeland Institute for Health and Social Affairs\n\nThe panel meets at noon.",
        [["Lakeland Institute for Health and Social Affairs"]],
    ),
    # "Economics" is a discipline, no headline verb
    (
        "Programme of the day\n\nKeynes Hall, Faculty of Economics of the University of Arden\n\n9:30 Opening session",
        [["University of Arden"]],
    ),
    # a country's name in capitals after a list entry's title tags the entry: no "field and country" body
    (
        "Good practices across Europe\n\nThe National Programme for Social Economy Development POLAND\n\n"
        "A Guide to Public Procurement for Social Enterprises SPAIN",
        [],
    ),
    # "and" after an article and a name, or after an acronym's office named by its town, joins two bodies;
    # two places before a shared head are one body's
    ("The FAO and UN Women trained the groups.", [["FAO"], ["UN Women"]]),
    ("ILO Bangkok and UN Women trained the groups.", [["ILO Bangkok"], ["UN Women"]]),
    (
        "Leaders of the California and Nevada Credit Union Leagues met.",
        [["California and Nevada Credit Union Leagues"]],
    ),
    # Spanish: a town after "y" closes the run: no part of the body's name
    (
        "Se reactiva el Consejo de Fomento del Trabajo Asociado y Santiago de Compostela será la capital del sector.",
        [["Consejo de Fomento del Trabajo Asociado"]],
    ),
    # Spanish: "el" joins a name as "la" does; an acronym after "y" or "e" at the run's end is a second body
    (
        "El Consejo Regional para el Fomento de la Economía Asociativa de Chile y ANCOSOL firmaron un convenio.",
        [["Consejo Regional para el Fomento de la Economía Asociativa de Chile"], ["ANCOSOL"]],
    ),
    # ------------------------------------------------------------------
    # diseases, goals, documents, campaigns, generic plurals and places are not organisations
    ("COVID19 lockdowns pushed many NPOs and SACCOs to move their meetings online.", []),
    ("The cooperative's work contributes to SDG8 and to SDG 5 on gender equality.", []),
    ("Cooperatives in the DRC and Burundi struggle to obtain credit.", []),
    ("Several MFIs, Saccos and FPOs joined the platform during IYC2025.", []),
    ("The Social Economy Action Plan and the 2030 Agenda both mention cooperatives.", []),
    # ------------------------------------------------------------------
    # UN system bodies
    (
        "UNCTAD, UNDP and FAO joined the Inter-Agency Task Force on Social and Solidarity Economy as members.",
        [["UNCTAD"], ["UNDP"], ["FAO"], ["Inter-Agency Task Force on Social and Solidarity Economy"]],
    ),
    (
        "The Commission for Social Development will discuss the report in February.",
        [["Commission for Social Development"]],
    ),
    (
        "The UN Task Force on Social and Solidarity Economy (UNTFSSE) held its 44th meeting online.",
        [["UN Task Force on Social and Solidarity Economy", "UNTFSSE"]],
    ),
    (
        "The International Training Centre of the ILO (ITCILO) will run the academy in Turin.",
        [["International Training Centre of the ILO", "ITCILO"]],
    ),
    # ------------------------------------------------------------------
    # EU institutions and European networks
    (
        "The European Parliament adopted the report by 512 votes, and the European Economic and Social Committee welcomed the result.",
        [["European Parliament"], ["European Economic and Social Committee"]],
    ),
    (
        "Social Economy Europe welcomed the Council of the EU's decision.",
        [["Social Economy Europe"], ["Council of the EU"]],
    ),
    # ------------------------------------------------------------------
    # universities and research centres
    (
        "Researchers at Sungkonghoe University and the University of the Philippines Diliman compared cooperative laws.",
        [["Sungkonghoe University"], ["University of the Philippines Diliman"]],
    ),
    (
        "The Cooperative University of Kenya signed an agreement with CIRIEC International.",
        [["Cooperative University of Kenya"], ["CIRIEC International"]],
    ),
    (
        "The Centre for Entrepreneurship and Social Innovation at the University of Nairobi will run the course.",
        [["Centre for Entrepreneurship and Social Innovation"], ["University of Nairobi"]],
    ),
    # ------------------------------------------------------------------
    # Korean bodies
    (
        "The Ministry of Economy and Finance and the Korea Federation of SMEs agreed to open public tenders to social cooperatives.",
        [["Ministry of Economy and Finance"], ["Korea Federation of SMEs"]],
    ),
    (
        "The Jeollabuk-do Social Economy Support Center opened a branch office in Jeonju.",
        [["Jeollabuk-do Social Economy Support Center"]],
    ),
    (
        "The National Agricultural Cooperative Federation (NACF) and Hansalim jointly run a rural care programme.",
        [["National Agricultural Cooperative Federation", "NACF"], ["Hansalim"]],
    ),
    # ------------------------------------------------------------------
    # registered names with Ltd / Society
    (
        "Kenya Police Sacco Ltd and Kenya Bankers Sacco Society Ltd reported record surpluses.",
        [["Kenya Police Sacco Ltd"], ["Kenya Bankers Sacco Society Ltd"]],
    ),
    # ------------------------------------------------------------------
    # no organisation at all
    ("Farmers in the valley have sold their coffee together since the 1970s.", []),
    ("The co-operative's members voted to cut the dividend and invest in solar panels.", []),
    ("Social enterprises in the region employ mostly women and older workers.", []),
    # ------------------------------------------------------------------
    # names in brackets after a noun for bodies (the pass bracketed_lists)
    (
        "The fund was set up by four partners (Gaon, Mirae, Saebit and Wonju Hanallim) in 2019.",
        [["Gaon"], ["Mirae"], ["Saebit"], ["Wonju Hanallim"]],
    ),
    # a name in apposition to a noun for a body (the pass appositions)
    (
        "The workers joined a local cooperative, Casa Nuova, in 2019.",
        [["Casa Nuova"]],
    ),
    # a span headed by a stretch of time is an occasion, not a body
    (
        "The International Day of Cooperatives is marked by the International Cooperative Alliance every July.",
        [["International Cooperative Alliance"]],
    ),
    ("The United Nations declared 2025 the International Year of Cooperatives.", [["United Nations"]]),
    # a word glued to a post's timestamp is no name
    (
        "Local Food For All2021-12-15T15:07:13+00:00 A blog post by the Plunkett Foundation.",
        [["Plunkett Foundation"]],
    ),
    # places joined by "and" are no body, though a place may end a body's name
    (
        "Worker cooperatives are common in the United States and Europe, says Cooperatives Europe.",
        [["Cooperatives Europe"]],
    ),
    # a word for an event, in capitals, is no acronym
    (
        "Delegates of the International Cooperative Alliance (ICA) met at the ICA EXPO 2012 in Manchester.",
        [["International Cooperative Alliance", "ICA"]],
    ),
    # a name, then a common noun for a body in apposition to it (the pass appositions_after)
    ("Hansalim, a consumer cooperative with 800,000 members, opened a store.", [["Hansalim"]]),
    ("She joined Zenkyoren, the national federation of agricultural cooperatives, in 2010.", [["Zenkyoren"]]),
    ("Junior Achievement, a nonprofit organisation based in Colorado, trains volunteers.", [["Junior Achievement"]]),
    ("Meanwhile, the federation of credit unions asked for new rules.", []),
    ("In Kenya, the cooperative movement is older than the state.", []),
    ("Maria Lopez, a cooperative member from Lima, spoke first.", []),
    ("Its profits go to Growers Direct, a UK charity that trains farmers.", [["Growers Direct"]]),
    ("Lumora is a co-operative network of independent pharmacists.", [["Lumora"]]),
    (
        "The largest co-ops are K Group (consumer cooperative), Aalto (dairy) and Tapio (mutual insurance company).",
        [["K Group"], ["Aalto"], ["Tapio"]],
    ),
    # the noun before the name, a sentence opening on it
    ("The agricultural cooperative Veldgoed grew by a third.", [["Veldgoed"]]),
    ("Social enterprise Brightloop recycles leather scraps.", [["Brightloop"]]),
    # counter-cases: a person after the noun, a word of everyday English, where one stands in a photograph
    (
        "An official of the organisation, Samuel Okoro said the vote was fair. The cooperative Board met. "
        "Photo: Mi-rae Kang (centre) with members.",
        [],
    ),
    # a kind of body named by two words: each country's Red Cross or Red Crescent
    (
        "Members raised money for the British Red Cross and the Kenya Red Cross.",
        [["British Red Cross"], ["Kenya Red Cross"]],
    ),
    # ------------------------------------------------------------------
    # one meeting of a series is no body: an ordinal or a year before the meeting's name
    (
        "Youth leaders met at the 9th Savanna Cooperative Forum in Tamale, and the 2019 Lakes Social Forum followed.",
        [],
    ),
    (
        "The first Regional Assembly of the network was held in Lusaka.",
        [],
    ),
    (
        "In 2019 the Pacific Social Economy Forum (PSEF) opened an office in Suva.",
        [["Pacific Social Economy Forum", "PSEF"]],
    ),
    # a body's name, then the world region its office serves, defined by an acronym
    (
        "The World Fair Trade Organization Asia (WFTO-Asia) met producers in Hanoi.",
        [["World Fair Trade Organization Asia", "WFTO-Asia"]],
    ),
    # an acronym, then its name in apposition; a list of bodies is no apposition
    (
        "A delegate of FECOTRA, the Federation of Worker Cooperatives of Andalusia, said that the law had helped.",
        [["FECOTRA", "Federation of Worker Cooperatives of Andalusia"]],
    ),
    (
        "Members of the ILO, the Nordic Cooperative Council, the OECD and UNESCO met in Oslo.",
        [["ILO"], ["Nordic Cooperative Council"], ["OECD"], ["UNESCO"]],
    ),
    # "known as": a name, then the one it goes by
    (
        "The head of the National Union of Fishing Cooperatives, known as NUFCO, opened the meeting.",
        [["National Union of Fishing Cooperatives", "NUFCO"]],
    ),
    # a stray full stop between a name and its acronym in brackets
    (
        "said Amos Otieno, who chairs the Lake Basin Fish Traders Association. (LABAFTA). The group has 400 members.",
        [["Lake Basin Fish Traders Association", "LABAFTA"]],
    ),
    # an article inside a name is no part of its identity
    (
        "The Institute for the Study of Cooperation (ISC) opened; the Institute for Study of Cooperation has six staff.",
        [["Institute for the Study of Cooperation", "Institute for Study of Cooperation", "ISC"]],
    ),
    # "in" inside a name, before a word of the language; a place, a month or an unknown word ends it
    (
        "The Nordic Association for Research in Co-operation met the Dairy Union in Guinobatan in March.",
        [["Nordic Association for Research in Co-operation"], ["Dairy Union"]],
    ),
    # an abbreviation with its full stop inside a name
    (
        "Members of the Mt. Elgon Coffee Growers Cooperative Union sold 300 tonnes.",
        [["Mt. Elgon Coffee Growers Cooperative Union"]],
    ),
    # a body's board or committee, named by the body: the body
    (
        "The Board of Directors of the Riverside Housing Cooperative approved the budget.",
        [["Riverside Housing Cooperative"]],
    ),
    # a person's name closing the run of a body's name: the body, and the person apart
    (
        "The deal was signed by the chair of the Lakeside Dairy Union Maria Okello and the head of the Kivu Savings Bank.",
        [["Lakeside Dairy Union"], ["Kivu Savings Bank"]],
    ),
    (
        "Coop Pietra Alta Servizi and the Cooperativa Sociale Il Ponte signed the deal.",
        [["Coop Pietra Alta Servizi"], ["Cooperativa Sociale Il Ponte"]],
    ),
    # a group's noun in the singular possessive inside a name
    (
        "The conference was organised by the National Union of Farmer’s Co-operatives in Sofia.",
        [["National Union of Farmer’s Co-operatives"]],
    ),
    # a name broken by the line ends of a paragraph wrapped by hand; a title's line still ends a run
    (
        "The minister said the province had set aside funds to help the\n"
        "cooperative institutions grow, and that the restructuring of the Sindh Provincial Cooperative\n"
        "Bank Limited was well under way, with new branches across the districts.",
        [["Sindh Provincial Cooperative Bank Limited"]],
    ),
    (
        "Ministry of Cooperation signs a pact with the Ministry of Fisheries on fish cooperatives\n"
        "Posted on 20 July 2023 by the Press Information Bureau\n"
        "The pact was signed in New Delhi.",
        [["Ministry of Cooperation"], ["Ministry of Fisheries"], ["Press Information Bureau"]],
    ),
    # an acronym leaves a company's legal form out
    (
        "The Lakeland Dairy Cooperative Union Limited opened a plant; LDCU said 900 farmers supply it.",
        [["Lakeland Dairy Cooperative Union Limited", "LDCU"]],
    ),
    # an office and its holder's name close a body's run: the body
    (
        "At the meeting, Cooperative Department Registrar Anil Thapa promised a review.",
        [["Cooperative Department"]],
    ),
    # a place's name with "and" in it inside a body's name; the fields of one ministry joined by "and"
    (
        "The Trinidad and Tobago Farmers Credit Union met the Agriculture and Cooperatives Ministry.",
        [["Trinidad and Tobago Farmers Credit Union"], ["Agriculture and Cooperatives Ministry"]],
    ),
    # a department named with the region it serves is the department
    (
        "The Director of the Department of Co-operatives for the Ashanti Region, Kofi Mensah, spoke.",
        [["Department of Co-operatives"]],
    ),
    # a body's board, the body unnamed, is no body; a place's first word that is a word elsewhere
    (
        "The Board of Directors thanked the New Zealand Dairy Cooperative for its gift.",
        [["New Zealand Dairy Cooperative"]],
    ),
    # a word for bodies of a kind in a heading in capitals is no body's name
    (
        "MESSAGE FOR THE DAY OF COOPERATIVES AND CREDIT UNIONS\nThe OECD published the message.",
        [["OECD"]],
    ),
    # a meeting whose name opens on its ordinal is one meeting of a series
    (
        "Members met at the Fifth Annual Dairy Cooperative Leadership Forum in Perth.",
        [],
    ),
    # a body's regional office after a dash, named after its meeting: the office
    (
        "Delegates reviewed the Youth Seminar of the World Fair Trade Organization - Africa in Accra.",
        [["World Fair Trade Organization - Africa"]],
    ),
    # a dateline's wire agency, though its letters spell a word or a given name
    (
        "QUETTA, March 3 (APP): The provincial cooperative bank will reopen its branches.",
        [["APP"]],
    ),
    (
        "Pune [India], Feb. 12 (ANI): The dairy federation reported record milk collection.",
        [["ANI"]],
    ),
    # a wire service that writes its name in mixed case or in two words; its bracket may hold the date
    (
        "DENVER, Colo., May 2, 2022 /PRNewswire/ -- Summit Ridge Credit Union opened a branch.",
        [["PRNewswire"], ["Summit Ridge Credit Union"]],
    ),
    (
        "TORONTO, ON--(Marketwire - Jun 3, 2010) - The Maple Co-operative Council elected its board.",
        [["Marketwire"], ["Maple Co-operative Council"]],
    ),
    (
        "BOSTON, March 9, 2023 (GLOBE NEWSWIRE) -- The Harbor Worker Ownership Fund made its first loan.",
        [["GLOBE NEWSWIRE"], ["Harbor Worker Ownership Fund"]],
    ),
    # a wire agency signing a story off; a quotation's author is a person, no agency
    (
        "The ministry will review the cooperative law next year. — Bernama\n“Co-ops matter.” — Amina",
        [["Bernama"]],
    ),
    # a writer's name in capitals, credited after a date, is no body
    (
        "Housing co-ops plan 400 homes\n3.2.2021 | MIKKO LAINE, text\nThe Helsinki Housing Cooperative agreed a plan.",
        [["Helsinki Housing Cooperative"]],
    ),
    # brands of one word listed after a word for bodies ("platforms", "supermarkets") are bodies
    (
        "Food couriers who work for platforms such as Deliveroo, Glovo and Uber Eats formed a co-operative.",
        [["Deliveroo"], ["Glovo"], ["Uber Eats"]],
    ),
    (
        "The growers sell their flowers to supermarkets including Tesco and Morrisons.",
        [["Tesco"], ["Morrisons"]],
    ),
    # ... but not everyday words, which a list of them may hold
    (
        "The fund's donors include Hope and Trust.",
        [],
    ),
    # a short acronym that is also a word ("UN", "IMF", "EU" are among wordfreq's words) after "the"
    (
        "Speaking at the UN, the minister said the IMF and the EU would fund the new credit lines.",
        [["UN"], ["IMF"], ["EU"]],
    ),
    # ... but not an office, a degree, or a standard's number after it
    (
        "The CS opened the plant, which meets the ISO 14001 standard, and the CM praised the MBA graduates.",
        [],
    ),
    # A body, then the text it adopts or issues.
    (
        "The vote followed the UN General Assembly Resolution on cooperatives adopted in December.",
        [["UN General Assembly"]],
    ),
    ("The Kestrel Housing Network Annual Report shows rents rising again.", [["Kestrel Housing Network"]]),
    # A kind of person joined to a body.
    ("The hearing brought MEPs and European Parliament staff together.", [["European Parliament"]]),
    # The field's initials in French are no body; with a country they name the field's national chamber.
    ("Les acteurs de l'ESS ont signé la charte ; la RSE et les ODS étaient au programme des PME.", []),
    ("Le 3 mai, ESS France a réuni les chambres régionales à Lyon.", [["ESS France"]]),
    ("Le 3 mai, la Banque des Territoires and ESS France ont signé.", [["Banque des Territoires"], ["ESS France"]]),
    (
        "The French Chamber of the Social Economy (ESS France) signed the charter in May.",
        [["French Chamber of the Social Economy", "ESS France"]],
    ),
    # A body in brackets after a person's name, with its town or the role held there; not a role, a
    # party and a state, or an office before the body.
    (
        "The board now has Karen Ngata (Velmora, Napier), David Tipene (Quillfield Energy Trust) and Mary "
        "Hohaia (independent director, Taupo).",
        [["Velmora"], ["Quillfield Energy Trust"]],
    ),
    ("Ana Reyes (Chair), Tom Okafor (R-Texas) and Lea Brun (CEO Orlanta Foods) spoke.", [["Orlanta Foods"]]),
    ("Lea Brun (Orlanta Mills' representative, Dunedin) spoke first.", [["Orlanta Mills"]]),
    # An officer's title before a body's name, with no "of" between.
    ("Lea Brun, CEO Harbourside Credit Union, spoke.", [["Harbourside Credit Union"]]),
    # The sector a body speaks for, and its country; "Co-operatives and Mutuals Canada" is one body.
    (
        "Social Enterprise Wales and Employee Ownership Canada signed; social enterprise in Wales grows.",
        [["Social Enterprise Wales"], ["Employee Ownership Canada"]],
    ),
    ("Co-operatives and Mutuals Canada welcomed the budget.", [["Co-operatives and Mutuals Canada"]]),
    (
        "Co-operative Development Wales (CDW) advises firms; CDW opened in 2015.",
        [["Co-operative Development Wales", "CDW"]],
    ),
    (
        "The Business Council of Co-operatives and Mutuals met in Sydney.",
        [["Business Council of Co-operatives and Mutuals"]],
    ),
    # A body's members' meeting after a plural head; the sector's movement is no body.
    ("Delegates met at the Harbour League of Credit Unions AGM.", [["Harbour League of Credit Unions"]]),
    (
        "The Credit Union Movement grew, the Volta Credit Unions Association said.",
        [["Volta Credit Unions Association"]],
    ),
    # A name of everyday words closing a list of names is one of its items.
    (
        "Thanks go to the Harbour Credit Union, Northgate Foundation, Velmoor and Open Alliance.",
        [["Harbour Credit Union"], ["Northgate Foundation"], ["Velmoor"], ["Open Alliance"]],
    ),
    # A sentence of many capitalised words is no headline.
    (
        "Officials from the Ministry of Health and the Ministry of Finance spoke in Seoul.",
        [["Ministry of Health"], ["Ministry of Finance"]],
    ),
    # Companies named by a plural head; not a project's partners, nor a slogan.
    (
        "The loan came from Capital Harbour Partners, and Silver Birch Farms bought the site.",
        [["Capital Harbour Partners"], ["Silver Birch Farms"]],
    ),
    ("The Horizon Project Partners met in May under the theme Partners for Rural Development.", []),
    # a chamber of a parliament is a body; a house of another kind is a building
    (
        "The motion passed the House of Commons in April and the House of Representatives in May. "
        "The meeting was held at Riverside House of Hope.",
        [["House of Commons"], ["House of Representatives"]],
    ),
    (
        "The survey was run with Prairie Impact Ventures and Lakeside University. Valley WebWorks built the site.",
        [["Prairie Impact Ventures"], ["Lakeside University"], ["Valley WebWorks"]],
    ),
    # Heads of bodies in French and Spanish: a foundation, a regional government, a school.
    (
        "La Fondation Horizon Solidaire soutient les projets. La Junta de Extremadura y el Colegio "
        "Nuestra Tierra firmaron el convenio.",
        [["Fondation Horizon Solidaire"], ["Junta de Extremadura"], ["Colegio Nuestra Tierra"]],
    ),
    # A body, then a place, joined by "and"; not the places a body serves.
    (
        "Regional governments, such as the Generalitat de Catalunya and the Province of Québec, share "
        "clauses. The Harbour Co-operative Union of Kenya and Uganda met.",
        [["Generalitat de Catalunya"], ["Harbour Co-operative Union of Kenya and Uganda"]],
    ),
    # A wire's dateline opens on its town in capitals, no body's initials.
    (
        "Cooperative\n-\nNews\nDairy co-op opens a second plant\nMBALE, May 2, 2025 –– The dairy co-operative "
        "opened its plant…\nRead More » -\nNews\nSavings group wins a prize\nGULU, April 9, 2025 –– A women's "
        "savings group took the national prize…\nRead More » -",
        [],
    ),
    # Credit unions by the initials of their kind, in a list of asset classes.
    (
        "Winners: * Prairie Gate CU, Joliet, $35 million to $75 million; and * Lakeview FCU, Ottawa.",
        [["Prairie Gate CU"], ["Lakeview FCU"]],
    ),
    # A kind of body defined by its plural initials; a meeting named with its year; two titles by a slash.
    ("Twenty Coconut Farmers Cooperatives (CFCs) came; the CFCs sell copra.", []),
    ("The Harbour Forum 2019 took place in Lille in October.", []),
    (
        "Lakeshore Credit Union League President/CEO Dana Whitfield will retire.",
        [["Lakeshore Credit Union League"]],
    ),
    # a board of directors is its body's organ, whatever names the body, and no body where none is named
    (
        "Members elect the Credit Union Board of Directors; the Hillside Credit Union Board of Directors met. "
        '"We grew," said Ana Ruiz, Chair of the Board of Trustees.',
        [["Hillside Credit Union"]],
    ),
    # a region's government, named by the word for region before the region (not the English "Region")
    (
        "Le plan est financé par la Région Bourgogne-Franche-Comté. La Xunta de Galicia lo apoya. "
        "Lo sostiene la Regione Umbria. Trade grew across the Asia-Pacific Region.",
        [["Région Bourgogne-Franche-Comté"], ["Xunta de Galicia"], ["Regione Umbria"]],
    ),
    # a body's coined name, then a region or a city it works in: its branch there (the name stands alone too)
    (
        "Il direttore di Solcoop Toscana ha parlato; Solcoop nazionale e Solcoop Bologna hanno firmato. "
        "Mario Firenze e Fiat Torino no.",
        [["Solcoop Toscana"], ["Solcoop"], ["Solcoop Bologna"]],
    ),
    # a city's council, named by the word for city: "la Ville de Genève", "il Comune di Bologna"
    (
        "Le festival a lieu en partenariat avec la Ville de Lausanne. Ieri il Comune di Trento ha firmato. "
        "It was funded by the Harbour Foundation and the Ville de Genève.",
        [["Ville de Lausanne"], ["Comune di Trento"], ["Harbour Foundation"], ["Ville de Genève"]],
    ),
    # a body's officer named in a title-case headline: the body ends before the office
    (
        "Prairie Credit Union League President & CEO Dana Whitfield Announces Retirement at Yearend\n\nShe served 20 years.",
        [["Prairie Credit Union League"]],
    ),
    # a kind of body before an officer's title names no body; a forum's edition by its year and its city
    (
        "The new Task Force Chair opened the session. Delegates came to GSEF2018 Bilbao, a meeting of the "
        "Global Social Economy Forum.",
        [["Global Social Economy Forum"]],
    ),
    # a body's assembly of its members is a meeting, even where the text names the UN's
    (
        "The 9th ANCA Regional Assembly met in Lomé. The UN General Assembly had declared the year; votes "
        "were cast at the NCBA General Assembly.",
        [["ANCA"], ["UN General Assembly"], ["NCBA"]],
    ),
    # French, Spanish and Portuguese write a public body's head in lower case, or name it by a head
    # the English runs do not know; a "Congreso" is a meeting, no body
    (
        "Le ministère des Outre-mer lance un appel. La préfecture de Martinique assure le suivi, avec le "
        "conseil régional d'Occitanie. El evento fue organizado por la Subsecretaría de Cooperativas y "
        "Mutuales de Neuquén. A Prefeitura de Itapeva (SP) enviou o projeto. Se celebró el XX Congreso de "
        "Investigadores en Economía Social.",
        [
            ["ministère des Outre-mer"],
            ["préfecture de Martinique"],
            ["conseil régional d'Occitanie"],
            ["Subsecretaría de Cooperativas y Mutuales de Neuquén"],
            ["Prefeitura de Itapeva"],
        ],
    ),
    # names listed just after a noun for bodies, with no colon; a place's possessive is no part of a name;
    # a noun's modifiers and a preposition open no such list
    (
        "The buyers are community benefit societies Brindle Energy, Corran Power, Lune Solar, Somerset's "
        "Vexley Energy and Dorridge Community Energy. Others joined cooperatives under the Ministry of Labour.",
        [
            ["Brindle Energy"],
            ["Corran Power"],
            ["Lune Solar"],
            ["Vexley Energy"],
            ["Dorridge Community Energy"],
            ["Ministry of Labour"],
        ],
    ),
    # what a chief heads is a body, and the body one comes "from", though no word of its name says so;
    # not a person named after the body, nor a body the text names at more length (its short form
    # is not joined to it as an alias yet: it is left out)
    (
        "She was chief executive of Brightwell, then chair of Dairy Growers of Otago. The panel had the CEO "
        "of Kinship Australia Leah Okafor and Silvio Marchetti from Coopventa. Lenka Hrubá, the CEO of "
        "Bridgework Vale, said the Bridgework Vale Social Cooperative had grown.",
        [
            ["Brightwell"],
            ["Dairy Growers of Otago"],
            ["Kinship Australia"],
            ["Coopventa"],
            ["Bridgework Vale Social Cooperative"],
        ],
    ),
    # a body named after a person, its head abroad first; a person joined to a body by "y" is apart
    (
        "O evento da Fundação Anita Queiroz foi ontem. La Fundación Pablo Iglesias y María López hablaron.",
        [["Fundação Anita Queiroz"], ["Fundación Pablo Iglesias"]],
    ),
    # Portuguese opens a sentence on the article "O" or "Os", which is no part of the body's name
    ("Foi ontem. O Instituto Nacional de Pesquisa Agrária também veio.", [["Instituto Nacional de Pesquisa Agrária"]]),
    # a country's GDP in Spanish, French and Portuguese (PIB, PBI) is no body
    (
        "La economía social aporta el 10% del PIB, y el PBI creció, según el Consejo Federal de Cooperativas.",
        [["Consejo Federal de Cooperativas"]],
    ),
    # Portuguese and Catalan heads; "e da", "e do" join two bodies as "y la" and "et le" do
    (
        "O evento da Fundação Terra Viva e da Confederação Nacional das Cooperativas Rurais foi ontem. "
        "La Fundació Pere Vilanova també hi era.",
        [["Fundação Terra Viva"], ["Confederação Nacional das Cooperativas Rurais"], ["Fundació Pere Vilanova"]],
    ),
    # a comma after "finalists" opens no list unless one ends on "and": here an apposition follows
    (
        "Commenting on the finalists, Tomas Reilly, CEO of the Tenant Enterprise Coalition, said: "
        "\u201cThe field was strong.\u201d",
        [["Tenant Enterprise Coalition"]],
    ),
    # an acronym and a company's head name a company of its own; "Corp." shortens a company's head
    (
        "FWU Mutual, the farmers' insurer, is under pressure. Staff at the Deposit Guarantee Corp. of Manitoba "
        "were told.",
        [["FWU Mutual"], ["Deposit Guarantee Corp. of Manitoba"]],
    ),
    # a company named with its legal form, then without it, is one; a form after a comma is the name's
    (
        "Harrow Grain Inc. reported its results. Harrow Grain paid its members, and DKP Ltd. paid its own. "
        "DKP said so. The booklet was made with Quillfeather, Inc. in Ohio.",
        [["Harrow Grain Inc", "Harrow Grain"], ["DKP Ltd", "DKP"], ["Quillfeather, Inc"]],
    ),
    # the body a person is "of", where it is no town; a co-op after its town and kind
    (
        "Jana Liebmann of Tandemworks and Omar Diallo of the Greyfield Growers Collective wrote it. Rita Boone "
        "of Neosho, Wisconsin, and Pau Serra of the Xarxa d'Economia Verda signed it. It was printed by Bristol worker co-op Tillyard Print Works (pictured).",
        [["Tandemworks"], ["Greyfield Growers Collective"], ["Xarxa d'Economia Verda"], ["Tillyard Print Works"]],
    ),
    # "de las", "de los" join a Spanish name as "de la" does; the UN's name in Spanish and Portuguese
    (
        "La Federación de las Cooperativas Pesqueras del Golfo lo celebró. El año fue proclamado por las "
        "Naciones Unidas, y la Red de los Pueblos Solidarios se sumó. Foi declarado pelas Nações Unidas.",
        [
            ["Federación de las Cooperativas Pesqueras del Golfo"],
            ["Naciones Unidas"],
            ["Red de los Pueblos Solidarios"],
            ["Nações Unidas"],
        ],
    ),
    # a head and the adjective written after it in lower case; a second body's head ends the first
    (
        "Siede nei consigli della Cantina sociale di Vallerana e della Latteria sociale di Monteforte. "
        "Avec le soutien du Conseil départemental de Haute-Brenne et de la ville.",
        [
            ["Cantina sociale di Vallerana"],
            ["Latteria sociale di Monteforte"],
            ["Conseil départemental de Haute-Brenne"],
        ],
    ),
    # the "EU Commission" is the European Commission; the "UN General Assembly" the United Nations'
    (
        "The European Commission opened the call. Later the EU Commission named a jury. The United Nations "
        "General Assembly voted; the UN General Assembly meets again in May.",
        [
            ["European Commission", "EU Commission"],
            ["United Nations General Assembly", "UN General Assembly"],
        ],
    ),
    # acronyms that together spell a credit union's name are one of its short names
    (
        "Members of Tarrow Valley Financial Credit Union voted on Monday. TV FCU will join Larkfield Community "
        "Credit Union, and TVFCU members keep their accounts.",
        [
            ["Tarrow Valley Financial Credit Union", "TV FCU", "TVFCU"],
            ["Larkfield Community Credit Union"],
        ],
    ),
    # a person, "of", and the town or the body the person is of: the body alone is one
    (
        "\u201cIt is a good day,\u201d said Jocelyn Marsh of Union. Ruth Okafor of Riverside Tenants Union agreed.",
        [["Riverside Tenants Union"]],
    ),
    # a shorter name that keeps a body's own first word and its kind; "CU" for "Credit Union"; not a
    # shorter name that begins on an everyday word, nor a town's name alone
    (
        "Members of Wyndara District Co-op met. Wyndara Co-op will close its store. Kelmora Mutual Sacco "
        "Society paid out, and Kelmora Society grew. Tarbet Credit Union merged; Tarbet CU has 900 members. "
        "The National Farmers Credit Union is not the National Credit Union. Staff at Tralee Community Credit "
        "Union in Tralee agreed.",
        [
            ["Wyndara District Co-op", "Wyndara Co-op"],
            ["Kelmora Mutual Sacco Society", "Kelmora Society"],
            ["Tarbet Credit Union", "Tarbet CU"],
            ["National Farmers Credit Union"],
            ["National Credit Union"],
            ["Tralee Community Credit Union"],
        ],
    ),
    # a body's organ named by its task alone leaves the body unnamed: no body of its own
    (
        "The Nominating Committee put three names forward. The Select Committee and the Coordinating "
        "Committee then heard the Ardmore Housing Association.",
        [["Ardmore Housing Association"]],
    ),
    # hospitals, museums, insurers and movements are bodies; the co-op movement is a sector, no body
    (
        "Staff at Mercy Vale Hospital and the Tollgate Folk Museum joined. Harlow Insurance paid, the "
        "Landless Workers Movement marched, and the Co-op Movement cheered.",
        [["Mercy Vale Hospital"], ["Tollgate Folk Museum"], ["Harlow Insurance"], ["Landless Workers Movement"]],
    ),
    # a county named by its kind, "and", then a body: two names, the county no body
    (
        "Tumaini Sacco Society, based in Kerugoya, Kirinyaga County and PESA Sacco Society were named.",
        [["Tumaini Sacco Society"], ["PESA Sacco Society"]],
    ),
    # a French or Spanish federation, confederation or union, its adjective in lower case
    (
        "Le plan de la Confédération générale des Scop est prêt, et l’Union régionale des Scop de Bretagne suit.",
        [["Confédération générale des Scop"], ["Union régionale des Scop de Bretagne"]],
    ),
    # a guild is a body; "and the" opens another name, whatever its words ("the Kilnbury Makers" has no
    # head, and stays out), but a field of everyday words after a ministry's "and the" is the ministry's
    (
        "Partners include the Brixton Founders Network and the Kilnbury Makers, with the Dalston Trades Guild. "
        "The Ministry of Agriculture and the Rural Economy spoke.",
        [["Brixton Founders Network"], ["Dalston Trades Guild"], ["Ministry of Agriculture and the Rural Economy"]],
    ),
    # an everyday word before "and" is a field of the name after it, not a name of its own
    (
        "The regulator can refer matters to the Competition and Markets Authority, as CG Scop did in France and Spain.",
        [["Competition and Markets Authority"], ["CG Scop"]],
    ),
    # an agency named by its field and the country it serves, the UK's nations among the countries
    (
        "Forms are online at Service Canada. Natural England and Sport Scotland agreed.",
        [["Service Canada"], ["Natural England"], ["Sport Scotland"]],
    ),
    # His or Her Majesty's bodies are named whole after "HM"
    (
        "Question to the HM Treasury:\nWhen will HM Treasury and HM Land Registry publish the figures?",
        [["HM Treasury"], ["HM Land Registry"]],
    ),
    # a person's name in capitals heading a minister's release is no body
    (
        "MARTINE LEFORT\n\nLyon, le 3 mars 2015\n\nMartine Lefort a présenté le plan avec la Fédération des Scop "
        "du Rhône.",
        [["Fédération des Scop du Rhône"]],
    ),
    # a body's name, then the world region its office serves, after a dash or a space
    (
        "Delegates thanked the Pan-Valley Cooperative Alliance-Africa, which hosted the meeting in Kampala.",
        [["Pan-Valley Cooperative Alliance-Africa"]],
    ),
    (
        "The Continental Savings Union-Asia Pacific (CSU-AP) met in Hanoi. CSU-AP President Lan Vo spoke.",
        [["Continental Savings Union-Asia Pacific", "CSU-AP"]],
    ),
    (
        "The Credit Union Federation Asia and Pacific met in Colombo.",
        [["Credit Union Federation Asia and Pacific"]],
    ),
    # a plural head written short, then a country
    ("Co-ops UK have released their yearly report on the sector.", [["Co-ops UK"]]),
    # an acronym in square brackets; the field before "and" that opens the same name
    (
        "DOUALA, May 2, 2025 –– Ghana’s Sugar and Cassava Interprofessional Council [CISC] has opened an office. "
        "The CISC said so.",
        [["Sugar and Cassava Interprofessional Council", "CISC"]],
    ),
    # "and the" after a body with no complement opens another name
    (
        "Praise came from the Housing Commission and the Pensions Regulator last week.",
        [["Housing Commission"], ["Pensions Regulator"]],
    ),
    (
        "It partnered with Lantern Print Collective and North Quay Food Co-op last year.",
        [["Lantern Print Collective"], ["North Quay Food Co-op"]],
    ),
    # Ireland's "Co." before a county closes the name before it
    (
        "Winners included the Lough Arrow Heritage Museum in Co. Sligo and Ballyroan Community Council in Co Laois.",
        [["Lough Arrow Heritage Museum"], ["Ballyroan Community Council"]],
    ),
    ("The Glenview Community Café opened its doors on Monday.", [["Glenview Community Café"]]),
    # German writes a body's head inside a compound
    (
        "Vor 50 Jahren entstanden der Deutsche Winzer- und Brennereiverband (DWBV) und das Bundesministerium für "
        "Umwelt (BMU).",
        [["Deutsche Winzer- und Brennereiverband", "DWBV"], ["Bundesministerium für Umwelt", "BMU"]],
    ),
    # Italian "e": two places of one complement; a body named in English after it
    (
        "Hanno partecipato la Fondazione Cassa di Risparmio di Udine e Pordenone, l'Università degli Studi di "
        "Padova e Cooperatives Europe.",
        [
            ["Fondazione Cassa di Risparmio di Udine e Pordenone"],
            ["Università degli Studi di Padova"],
            ["Cooperatives Europe"],
        ],
    ),
    # bodies of a kind open a list: one name known is enough
    (
        "The letter was signed by several charities, including Brightwater Trust, Kelvara and Amberlin.",
        [["Brightwater Trust"], ["Kelvara"], ["Amberlin"]],
    ),
    # owners in the plural, joined by "and", before one head
    (
        "The Network of Fishers’ and Boat Owners’ Organisations of East Africa met in Mombasa.",
        [["Network of Fishers’ and Boat Owners’ Organisations of East Africa"]],
    ),
    # chambers, missions and friends' groups
    ("The bill now goes to the House of Councilors in Tokyo.", [["House of Councilors"]]),
    ("The event was co-hosted by the Permanent Mission of Bhutan in New York.", [["Permanent Mission of Bhutan"]]),
    ("The Parliamentary Friends of Credit Unions met on Tuesday.", [["Parliamentary Friends of Credit Unions"]]),
    # three bodies' acronyms or more joined by hyphens are each a body
    ("It is a joint ILO-FAO-UNESCO initiative for quinoa growers.", [["ILO"], ["FAO"], ["UNESCO"]]),
    # a headline that capitalises its small words too: a verb makes the run a sentence
    (
        "FG Flags Off Distribution Of Seedlings To Cooperative Members\n\nABUJA – The Federal Government (FG) "
        "has begun the distribution.",
        [["Federal Government", "FG"]],
    ),
    # (a guard) a plural in a name is no verb
    ("Media: Kim Ji-ho, Public Relations Team, +82-2-555-0100", [["Public Relations Team"]]),
    # a person's initial after a body's name ends no name
    (
        "Present were the Secretary to the Ministry of Trade and Industry K.L.M. Perera and others.",
        [["Ministry of Trade and Industry"]],
    ),
    # "another" before the noun in apposition, as "a" or "the"
    (
        "The manager was lent by Harrow Valley Market, another Midlands co-op, for the summer.",
        [["Harrow Valley Market"]],
    ),
    # a noun for a body with no article, after a preposition or "and"
    ("A survey from consultancy Brenlow Analytics found that sales grew.", [["Brenlow Analytics"]]),
    ("The scheme recruited a bank and construction firm Pellam Hart last year.", [["Pellam Hart"]]),
    ("Shoppers now go to discount retailer Fennimore on the ring road.", [["Fennimore"]]),
    # (a guard) a capitalised everyday word after the noun is no name
    ("The members voted with cooperative Members in mind.", []),
    # the winners of a prize named after a word for them
    (
        "This year's awardees are: Greyhaven, The Kindly Loaf Co-op, MindBridge and Carrowmore Bakes.",
        [["Greyhaven"], ["Kindly Loaf Co-op"], ["MindBridge"], ["Carrowmore Bakes"]],
    ),
    (
        "The grant recipients include Tallowfield, Brightwork Trust and Kestrel Meadows.",
        [["Tallowfield"], ["Brightwork Trust"], ["Kestrel Meadows"]],
    ),
    # "the likes of" before a list of names that are not people
    (
        "Social enterprises pay more tax than the likes of Zentro, Quibble and Marlowix, she said.",
        [["Zentro"], ["Quibble"], ["Marlowix"]],
    ),
    # (a guard) the likes of people
    ("She has shared a stage with the likes of Mary Holt and John Baines.", []),
    # a wire agency in a dateline, written in its own case
    ("SEOUL, May 3 (Yonhap) -- The ministry said the co-operative fund would grow.", [["Yonhap"]]),
    # (a guard) a place or an everyday word in the dateline's bracket is no agency
    ("NAIROBI, May 3 (Update) - The ministry said the co-operative fund would grow.", []),
    # Korea's press: where and for whom a story was filed, in brackets
    ("[Daejeon=Hanbit Daily Reporter Seo Min-jae] The city's social enterprises grew.", [["Hanbit Daily"]]),
    ("(Busan=Newsline) The city's social enterprises grew this year.", [["Newsline"]]),
    # a line that opens on a hashtag still opens a sentence
    ("Makers of the month\n\n#Social enterprise Tannery Loop makes bags from leather scraps.", [["Tannery Loop"]]),
    # a government with its head in lower case, after a place or its people's adjective
    (
        "The money comes from the Welsh government and the Ghanaian government.",
        [["Welsh government"], ["Ghanaian government"]],
    ),
    # (a guard) not after other words
    ("The federal government and the Modi government said nothing.", []),
    # (a guard) a plural after "government" makes it a kind of body
    ("The mission met the Korean government institutions and universities.", []),
    # initials that spell two ways of writing one credit union's name
    (
        "Harbour Valley Credit Union will buy the branches, Harbour Valley CU said. HVCU has ten branches.",
        [["Harbour Valley Credit Union", "Harbour Valley CU", "HVCU"]],
    ),
    # a university's unit named with its university: two bodies
    (
        "She teaches at the Department of Rural Economics of the University of Westbury.",
        [["Department of Rural Economics"], ["University of Westbury"]],
    ),
    (
        "The Centre for Co-operative Studies of UNWB hosted the seminar.",
        [["Centre for Co-operative Studies"], ["UNWB"]],
    ),
    # a name with "del" in it, before ", Inc.", keeps its first words
    (
        "Members rallied behind the Bukidnon del Norte Power Cooperative, Inc. last week.",
        [["Bukidnon del Norte Power Cooperative, Inc"]],
    ),
    # a saint's possessive is part of a school's name, not its owner
    ("The AGM is held in St Brigid's Community School in the town this week.", [["St Brigid's Community School"]]),
    # a member's title after the party is no part of the party's name
    ("Aoife Quill is a Labour Party MEP and a member of the Greenway Co-op.", [["Labour Party"], ["Greenway Co-op"]]),
    # a body's name, then the country its branch serves, is one body
    (
        "Funding came from Tenants Network Ireland and the Growers Alliance Kenya last year.",
        [["Tenants Network Ireland"], ["Growers Alliance Kenya"]],
    ),
    # a body written with its head in lower case, then the holder of its office: the person is no part of it
    (
        "Asistió la secretaria de Estado de Trabajo Rocío Alcántara, que habló del empleo.",
        [["secretaria de Estado de Trabajo"]],
    ),
    # a person's name in capitals in a photo's caption is no pair of acronyms
    ("The minister at the fair - Photo: MARTINA GÓMEZ - Archive. The FAO attended.", [["FAO"]]),
    # a country's government in lower case, with no article, before the office of one of its people
    ("We heard from Scottish government minister Ailsa Rennie on the plan.", [["Scottish government"]]),
    # a link's path and a tag are no acronyms; two bodies joined by a slash are both bodies
    (
        "Join the Growers Co-op today. #FairShare pic.twitter.com/KdTHl4WxRq The FAO/WFP mission came.",
        [["Growers Co-op"], ["FAO"], ["WFP"]],
    ),
    # a certification's kind of company is no body; the body that certifies is one
    (
        "The bakery became a Certified B Corporation this year, and Harbour Lab certifies each B Corp.",
        [["Harbour Lab"]],
    ),
    # a ministry whose complement is a list, opened by the place it serves
    (
        "The festival, which the union and the Lagos Ministry of Commerce, Industry, and Cooperatives organised, closed.",
        [["Lagos Ministry of Commerce, Industry, and Cooperatives"]],
    ),
    (
        "The Ogun State Ministry of Agriculture, Food and Cooperatives trained 40 groups.",
        [["Ogun State Ministry of Agriculture, Food and Cooperatives"]],
    ),
    # "Savings and Credit": one field of two words, not two bodies
    (
        "He represents the Kenya Union of Savings and Credit Co-operative Ltd on the board.",
        [["Kenya Union of Savings and Credit Co-operative Ltd"]],
    ),
    # "in" before a place of two words ends the body's name
    ("The grant went to the West Side Food Bank in Saint John, New Brunswick.", [["West Side Food Bank"]]),
    # a role's field, then "de" and a body whose head word opens its name: the body, without its article
    (
        "Habló Gaspar Ruiz, secretario general de Economía de la Junta de Andalucía, en la apertura.",
        [["Junta de Andalucía"]],
    ),
    (
        "Cerró el acto Juan Ortega, catedrático de Economía Aplicada de la Universidad de Sevilla, quien habló.",
        [["Universidad de Sevilla"]],
    ),
    # ... a body's name before it is the body's own unit, kept whole
    (
        "El Instituto de Economía Social de la Universidad de Valencia organiza el curso.",
        [["Instituto de Economía Social de la Universidad de Valencia"]],
    ),
    # initials skip an elided article: "l'Economie" gives E
    (
        "L'assemblée de la Chambre Régionale de l’Economie Sociale et Solidaire s'est tenue au Mans. La CRESS a voté.",
        [["Chambre Régionale de l’Economie Sociale et Solidaire", "CRESS"]],
    ),
    # a club is a body: "Press Club", "Ski Club", and a club named first
    (
        "The forum met at the National Press Club. The Adanac Ski Club and Club Richelieu Embrun got grants.",
        [["National Press Club"], ["Adanac Ski Club"], ["Club Richelieu Embrun"]],
    ),
    # a hospice is a body; the saint in its name is no place
    (
        "Grants went to St Michael’s Hospice and Alton Food Bank this year.",
        [["St Michael’s Hospice"], ["Alton Food Bank"]],
    ),
    # a member of a parliament's title after a name is no body ("MSP": Member of the Scottish Parliament)
    ("The cross-party group is convened by Claire Baker MSP and meets at Holyrood.", []),
    # a courtesy title ends a body's name whose complement is a list; the holder's name follows
    (
        "Our guest of honour, Cabinet Secretary Ministry of Fisheries, Water and Co-operatives Hon Daniel Kipkemei, opened the hall.",
        [["Ministry of Fisheries, Water and Co-operatives"]],
    ),
    # a list after "NGOs, including": bodies, acronym or coined name alike; the list's "and" is the first after a name
    (
        "The charity joined four NGOs, including Tearfund, Practical Action and ActionAid to ask the minister for rules that match goals and to act faster.",
        [["Tearfund"], ["Practical Action"], ["ActionAid"]],
    ),
    # "partners, including A and B": the comma before "including"
    ("Its partners, including Fairshare and Riverford, sent letters.", [["Fairshare"], ["Riverford"]]),
    # a kind of company with no article after "when": its name follows
    ("Shares rose when impact fund Kalpavriksha Capital joined the round.", [["Kalpavriksha Capital"]]),
    # "is a nonprofit": the name before it is a body
    ("Bright Meadow Stables is a nonprofit that offers riding to children.", [["Bright Meadow Stables"]]),
    # a ranked table under a heading that names the kind of body: each row's name is a body
    (
        "Largest credit unions by assets, 2021\n\n1 Harbourside 4,100,000,000\n2 Kestrel Valley 2,870,000,000\n3 Orchard Mutual Group 1,020,500,000\n4 Marlow Dairies (Marda) 880,000,000\n",
        [["Harbourside"], ["Kestrel Valley"], ["Orchard Mutual Group"], ["Marlow Dairies", "Marda"]],
    ),
    # ... ranked with a full stop and a percentage
    (
        "Top co-ops by growth\n\n1. Wrenfield 14.5%\n2. Amberlight Energy 11%\n3. Cobble Lane Bakers 9.8%\n",
        [["Wrenfield"], ["Amberlight Energy"], ["Cobble Lane Bakers"]],
    ),
    # a ranked table under a heading of places or things: no bodies
    ("Top countries by members\n\n1 Kenya 14,000,000\n2 Uganda 9,500,000\n3 Tanzania 7,200,000\n", []),
    ("Most read stories this week\n\n1 Harvest Moon 4,100\n2 Quiet Fields 3,900\n3 Open Doors 2,200\n", []),
    # after a noun for bodies and a dash, names that are all people's are the bodies' officers
    (
        "Anna Rossi was elected president of the alliance between the central cooperatives – Marco Bellini and Paolo Ferri will be the co-presidents.",
        [],
    ),
    # ... where one name is a body's, the list is of bodies
    (
        "Four cooperatives – Stella Verde, Il Faro and Nuova Luce – joined the consortium.",
        [["Stella Verde"], ["Il Faro"], ["Nuova Luce"]],
    ),
    # "and" abroad, then an office: the run holds two bodies, the office between them
    (
        "Habló Laura Ríos, presidenta del consejo de Solvida Cooperativa y Directora Ejecutiva de la Asociación Andina de Cooperativas.",
        [["Solvida Cooperativa"], ["Asociación Andina de Cooperativas"]],
    ),
    # local bodies and co-operatives named by a place and a kind in lower case, as Indian and African papers write them
    (
        "The Varkala district panchayat and the Edakkara grama panchayat funded the Kottiyam cooperative society.",
        [["Varkala district panchayat"], ["Edakkara grama panchayat"], ["Kottiyam cooperative society"]],
    ),
    (
        "The Ondo State government pledged land to the Kisumu traders cooperative union.",
        [["Ondo State government"], ["Kisumu traders cooperative union"]],
    ),
    # ... not a kind of body after a people's adjective or an everyday word
    ("Farmers borrowed from a Malian cooperative bank and the Dairy cooperative society.", []),
    # a body that ends on its head, "and", then a name whose words do not say what it is: the body stays
    ("The prizes were sponsored by Dunmore County Council and Greenlane Energy.", [["Dunmore County Council"]]),
    # ... one name where the run holds a complement ("of ... and ...")
    (
        "The Parliamentary Friends of Mutuals and Cooperatives met in June.",
        [["Parliamentary Friends of Mutuals and Cooperatives"]],
    ),
    # the fields of one ministry after "and", in everyday words, are no second body, even after "Government"
    (
        "Staff of the Ministry of Local Government and Rural Development met the co-op on Monday.",
        [["Ministry of Local Government and Rural Development"]],
    ),
    (
        "Staff of the Ministry of Government and Consumer Services met the co-op.",
        [["Ministry of Government and Consumer Services"]],
    ),
    # ... where "the" opens a body of its own after "and", there are two
    (
        "The Ministry of Finance and the Regional Development Bank signed.",
        [["Ministry of Finance"], ["Regional Development Bank"]],
    ),
    # a body's acronym, then its officer and his name: the acronym alone is the body
    ("The accord was signed by HCA Chairman Tran Minh Cu in Hue.", [["HCA"]]),
    # ... not where a body's words follow the title
    ("Members of the NCS Staff Cooperative Society met.", [["NCS Staff Cooperative Society"]]),
    # a dairy co-operative named by its place or coined word and "Dairy"
    (
        "Milk procurement at Sabarkantha Dairy fell, while Kheda Dairy paid more.",
        [["Sabarkantha Dairy"], ["Kheda Dairy"]],
    ),
    # an acronym and "Foundation": a foundation of its own, no unit of the acronym's body
    ("The bank gives through its KMB Foundation arm.", [["KMB Foundation"]]),
    # a body for the sector: its head before "for"/"of" is a body's
    (
        "Funding came from the Lakeshore Centre for Social Enterprise, not from the city.",
        [["Lakeshore Centre for Social Enterprise"]],
    ),
    ("Her talk, the Journey of Social Enterprise, closed the day.", []),
    # the UN's programmes are its bodies, with or without their acronym
    (
        "The United Nations Development Programme said it would fund the scheme.",
        [["United Nations Development Programme"]],
    ),
    # German: the head ends the first word and opens the name
    (
        "Das Forschungsinstitut für Genossenschaftswesen legte den Bericht vor.",
        [["Forschungsinstitut für Genossenschaftswesen"]],
    ),
    ("The Genossenschaftsverband Weser-Ems audits its member banks.", [["Genossenschaftsverband Weser-Ems"]]),
    ("Students at the Wirtschaftsuniversität Wien ran the survey.", [["Wirtschaftsuniversität Wien"]]),
    # Indonesian and Malay "Koperasi", Italian "Rete", Spanish "Facultad" open a body's name
    ("Members of Koperasi Sinar Harapan Makmur met the regent on Friday.", [["Koperasi Sinar Harapan Makmur"]]),
    ("La Rete Italiana di Economia Solidale ha firmato l'accordo.", [["Rete Italiana di Economia Solidale"]]),
    ("El informe lo firma la Facultad de Ciencias Económicas de la ciudad.", [["Facultad de Ciencias Económicas"]]),
    # a capitalised head and its adjective in lower case, as French and Spanish write it
    (
        "La Commission européenne et la Banque mondiale financent le projet.",
        [["Commission européenne"], ["Banque mondiale"]],
    ),
    ("Le projet est soutenu par l'Union africaine depuis 2019.", [["Union africaine"]]),
    ("Abrió un nuevo Centro comercial en la ciudad.", []),
    ("The Commission will meet again on Monday.", []),
    # a body's head, then the city it is in, closes the name
    ("She studied at Technological University Dublin before joining the co-op.", [["Technological University Dublin"]]),
    # the complement after the adjective: a capitalised field
    ("L'Organisation internationale du Travail a adopté la résolution.", [["Organisation internationale du Travail"]]),
    # coordinated adjectives
    (
        "Le Conseil économique, social et environnemental a rendu son avis.",
        [["Conseil économique, social et environnemental"]],
    ),
    # a complement in lower case cannot be told to end: nothing, rather than half a name
    ("La Fédération nationale des sociétés coopératives d'habitation a voté.", []),
    ("L'Assemblée générale a voté le budget.", []),
    # a football club by the letters after its town
    ("Supporters of Wrexham FC voted to buy shares in the club.", [["Wrexham FC"]]),
    # a head and its adjective, the name wrapped at a line's end, and its bracketed acronym
    (
        "In Senegal the survey was led by the Agence nationale de la Statistique et de la\nDémographie (ANSD).",
        [["Agence nationale de la Statistique et de la Démographie", "ANSD"]],
    ),
    # a magazine or a journal by its name is an outlet
    (
        "The story ran first in Harbour Dog Magazine and then in the Valley Gazette Journal.",
        [["Harbour Dog Magazine"], ["Valley Gazette Journal"]],
    ),
    # an office "of" a title: the title is the office's name, no role before a body
    (
        "The Office of the Police and Crime Commissioner for Dunmore funds the scheme.",
        [["Office of the Police and Crime Commissioner for Dunmore"]],
    ),
    # the European Commission's directorates, written without the hyphen, their fields a list
    (
        "The Directorate General for Employment, Social Affairs and Inclusion wrote the report.",
        [["Directorate General for Employment, Social Affairs and Inclusion"]],
    ),
    # a stock exchange; a legislature's subcommittee
    ("Shares of the co-op bank trade on the Harbour Stock Exchange.", [["Harbour Stock Exchange"]]),
    ("She testified before the Senate Small Business Subcommittee.", [["Senate Small Business Subcommittee"]]),
    # an acronym and "Group": a company's name, whole
    ("The contract went to the HRB Group and to two local co-ops.", [["HRB Group"]]),
    # Italian articles after "per" inside a name
    (
        "Il progetto è finanziato dall'Agenzia Nazionale per i Giovani. Firma anche l'Istituto per il Credito Sportivo.",
        [["Agenzia Nazionale per i Giovani"], ["Istituto per il Credito Sportivo"]],
    ),
    # the sector's own name is one field of a ministry's list, "and" inside it
    (
        "The Ministry of Labour, Employment and Social and Solidarity Economy hosted the forum.",
        [["Ministry of Labour, Employment and Social and Solidarity Economy"]],
    ),
    # a list of fields before a unit's head; not a person's titles, nor a list of units
    (
        "Staff of the Harbour Finance, Procurement and Member Services Department attended.",
        [["Harbour Finance, Procurement and Member Services Department"]],
    ),
    (
        "Rui Tanaka, Deputy Manager, Rice Section, Seed & Grain Supply Division, spoke first.",
        [["Rice Section"], ["Seed & Grain Supply Division"]],
    ),
    (
        "The panel heard Amina Odhiambo, Finance and Planning Unit, who spoke first.",
        [["Finance and Planning Unit"]],
    ),
    # a second office after "and" ends the body a role names; a role cut inside its bracket still names it
    (
        "The closing words were given by Idrissa Konaté, President of the Sahel SSE Network and "
        "Regional Coordinator of WAFEN (West African Fair Economy",
        [["Sahel SSE Network"], ["WAFEN"]],
    ),
    (
        "At the close spoke Awa Diallo, President of the Sahel Solidarity Network and Regional Coordinator of WAFEN.",
        [["Sahel Solidarity Network"], ["WAFEN"]],
    ),
    # a group written in the singular before the head: "Tenant's Federation"
    ("Members of the Glasgow Tenant\u2019s Federation voted.", [["Glasgow Tenant\u2019s Federation"]]),
]

# Cases the extractor does not meet yet, by the start of their text, with why; test_orgs.py
# asserts that they still fail, so that meeting one is noticed.
_OPEN = {
    "At the close spoke Awa Diallo, President of the Sahel": "a run 'X Network and Regional Coordinator of Y' is "
    "not split before the office, and a role's body in everyday words and a place is taken for a field",
    "The contract went to the HRB Group": "read whole, 'X Group' was a body apart from the 'X' the text "
    "defines, which cost an unseen set (fresh66) 0.01 of organisations F1",
    "The Genossenschaftsverband Weser-Ems audits": "a German compound head opening a name before a place: read "
    "as a body, it took headlines and a '&' half on the read sets for as many bodies as it found",
    "Members of Koperasi Sinar Harapan Makmur": "'Koperasi' as a head word found the read sets' co-ops but cost "
    "an unseen set (fresh77) 0.01 of organisations F1",
    "Last year the General Assembly requested": "'General Assembly' and 'UNGA' share no initials; joining them "
    "needs the UN prefix read as implied",
    "ILO COOP, the Cooperatives Unit of the International": "a unit named 'X Unit of the Y' is not split into the "
    "unit and its parent",
    "The OECD Centre for Entrepreneurship, SMEs": "the bracket's acronym does not spell a long form whose "
    "complement is a list",
    "The figures were first reported by Co-operative News": "a one-word outlet (Reuters) after 'confirmed by' has "
    "no cue the extractor reads",
    "Divine Chocolate, which is part-owned": "company names of everyday words, and a name before \"farmers' "
    'cooperative", have no head word',
    "Cabot Creamery Co-operative and Ocean Spray": "'and' is not split before a name of everyday words with no head",
    "Welch's, which is owned by grape growers": "company names with no head word and no cue",
    "The Co-operative Party said it would table": "'Liberal Democrats': a party named by its members, no head word",
    "Four consumer cooperatives took part": "'Dure' is also a place in the gazetteer, and list items that are "
    "places are dropped",
    "Oxfam and Save the Children distributed": "two names with no head word joined by 'and'",
}
OPEN_CASES = [
    (text, entities, why) for text, entities in CASES for start, why in _OPEN.items() if text.startswith(start)
]
assert len(OPEN_CASES) == len(_OPEN)
