/// The closed word lists the name finder relies on: titles, organisation heads, place words and the like.
///
/// They are grammar, not knowledge of the world: they say what shape a name has ("... Ministry" is an
/// organisation, "... Square" a place), so they live in code beside the finder rather than in the dictionary.
enum NameWords {
    /// Titles that head a title phrase before a name ("Prime Minister", "Colonel General", "Ayatollah").
    static let titleHeads: Set<String> = [
        "president", "minister", "premier", "secretary", "general", "colonel", "lieutenant", "major", "admiral",
        "marshal", "brigadier", "ayatollah", "sheikh", "king", "queen", "prince", "princess", "pope", "speaker",
        "senator", "sen", "rep", "representative", "judge", "justice", "mayor", "governor", "mr", "mrs", "ms",
        "dr", "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "chair", "director", "ambassador", "envoy", "chancellor", "emir", "captain", "capt", "gen", "col", "lt",
        "maj", "sgt", "sergeant", "chief", "archbishop", "bishop", "cardinal", "imam", "rabbi", "patriarch",
        "prosecutor", "adviser", "advisor", "deputy", "governor-general", "sultan", "crown", "mullah", "cleric",
        "lawmaker", "mp", "secretary-general", "commissioner", "ombudsman", "head", "official", "officer",
        "pastor", "father", "sister", "brother", "professor", "prof", "sir", "dame", "lord", "lady", "gov",
    ]

    /// Words that modify a title ("Prime", "Defence", "Deputy", "First", "Foreign").
    static let titleModifiers: Set<String> = [
        "prime", "first", "second", "deputy", "vice", "acting", "interim", "former", "supreme", "foreign",
        "external", "affairs", "internal", "communications", "digital", "social", "development",
        "interior", "defence", "defense", "finance", "economy", "economic", "education", "health", "home",
        "justice", "energy", "trade", "labour", "labor", "culture", "transport", "agriculture", "information",
        "emergency", "emergencies", "state", "national", "security", "police", "army", "military", "opposition",
        "party", "rebel", "senior", "chief", "grand", "high", "special", "executive", "attorney", "general",
        "lieutenant", "colonel", "major", "brigadier", "crown", "federal", "regional", "provincial", "district",
        "city", "municipal", "presidential", "parliamentary", "assembly", "of", "the", "for", "and", "human",
        "rights", "un", "eu", "us", "nato", "csto", "deputy-chairman", "honorary", "late", "then",
        "outgoing", "incoming", "elected", "caretaker", "prosecutor", "public",
    ]

    /// Lowercase role nouns that introduce a name ("spokesman Dmitry Peskov", "candidate Svetlana ...").
    static let roleNouns: Set<String> = [
        "president", "minister", "premier", "spokesman", "spokeswoman", "spokesperson", "leader", "chief",
        "commander", "candidate", "mayor", "governor", "speaker", "billionaire", "head", "chairman",
        "chairwoman", "secretary", "ambassador", "envoy", "lawmaker", "deputy", "official", "activist",
        "economist", "analyst", "director", "prosecutor", "judge", "general", "opponent", "rival", "adviser",
        "advisor", "aide", "politician", "businessman", "businesswoman", "tycoon", "oligarch", "journalist",
        "blogger", "dissident", "student", "pianist", "singer", "writer", "lawyer", "banker", "founder",
        "co-founder", "successor", "predecessor", "ally", "son", "daughter", "wife", "husband", "brother",
        "sister", "nephew", "niece", "son-in-law", "cousin", "mother", "father", "widow", "coach", "player",
        "officer", "colonel", "commissioner", "ombudsman", "chancellor", "nationalist", "member", "deputies",
    ]

    /// Reporting roles: a name after these is not an actor.
    static let reporterNouns: Set<String> = [
        "reporter", "correspondent", "photographer", "journalist", "editor", "columnist", "writer", "photojournalist",
        "cameraman", "anchor", "presenter", "byline",
    ]

    /// Head words that make a capitalised name an organisation ("... Ministry", "Council of ...").
    static let organizationHeads: Set<String> = [
        "ministry", "party", "movement", "committee", "council", "union", "commission", "office", "organization",
        "organisation", "institute", "institution", "association", "forces", "army", "police", "bank", "assembly",
        "parliament", "conference", "fund", "programme", "program", "court", "front", "alliance", "confederation",
        "federation", "university", "plant", "company", "corporation", "group", "agency", "authority", "service",
        "services", "guard", "guards", "coalition", "bloc", "league", "society", "network", "foundation",
        "chamber", "watch", "center", "centre", "trust", "syndicate", "brigade", "brigades", "battalion",
        "militia", "tribunal", "senate", "congress", "cabinet", "government", "department", "directorate",
        "bureau", "inspectorate", "prefecture", "palace", "hospital", "airlines", "airways", "railways",
        "exchange", "board", "secretariat", "observatory", "mission", "embassy", "command", "corps", "academy",
        "church", "synod", "monitor", "initiative", "collective", "caucus", "cooperative", "co-operative",
        "holding", "holdings", "industries", "ltd", "inc", "plc", "llc", "gmbh",
        "kenesh", "duma", "rada", "majlis", "junta", "legion", "rebels", "guerrillas", "squad", "unit",
        "headquarters", "prosecutor's", "ombudsman's", "television", "radio", "broadcaster",
    ]

    /// Organisation heads that are also everyday words: alone they name nothing in particular.
    static let genericHeads: Set<String> = [
        "government", "cabinet", "parliament", "police", "army", "court", "council", "party", "office",
        "ministry", "committee", "commission", "union", "bank", "senate", "congress", "assembly", "group",
        "forces", "security", "movement", "palace", "hospital", "university", "headquarters", "television",
        "radio", "unit", "squad",
    ]

    /// Organisation heads that are also buildings: "at the ..." makes them a venue.
    static let venueHeads: Set<String> = [
        "palace", "university", "hospital", "embassy", "academy", "headquarters", "court", "church", "hall",
        "stadium", "centre", "center", "institute",
    ]

    /// Lowercase nouns that, just before a capitalised name, say it names an organisation
    /// ("the electricity company Enel", "the business lobby Atameken").
    static let organizationDescriptors: Set<String> = [
        "company", "producer", "group", "lobby", "fund", "union", "unions", "party", "parties", "movement",
        "movements", "operator", "watchdog", "organisation", "organization", "alliance", "coalition", "bloc",
        "chamber", "firm", "giant", "monopoly", "conglomerate", "federation", "confederation", "association",
        "network", "ngo", "charity", "militia", "militias", "faction", "rebels", "insurgents", "outfit",
        "maker", "manufacturer", "carrier", "airline", "miner", "refiner", "exporter", "importer", "supplier",
        "regulator", "institute", "foundation", "initiative", "campaign", "collective", "platform", "body",
        "monitor", "observatory", "consortium", "holding", "corporation", "bank", "lender", "insurer",
    ]

    /// Nouns that mark a news outlet: a name they introduce is a source, not an actor.
    static let mediaDescriptors: Set<String> = [
        "channel", "agency", "agencies", "newspaper", "broadcaster", "outlet", "site", "website", "daily",
        "tabloid", "magazine", "portal", "station", "network's", "wire", "newswire", "weekly", "radio",
        "television", "tv",
    ]

    /// Words after an acronym that say it names an organisation ("the CGT union", "ELN guerrillas").
    static let acronymFollowers: Set<String> = [
        "union", "group", "guerrillas", "guerrilla", "rebels", "rebel", "party", "movement", "alliance", "bloc",
        "militia", "militias", "president", "chief", "leader", "leaders", "commander", "spokesman",
        "spokeswoman", "spokesperson", "chairman", "secretary-general", "statement", "mission", "troops",
        "forces", "members", "fighters", "coalition", "faction", "lawmakers", "deputies", "candidate",
        "said", "says", "told", "announced", "accused", "warned", "called", "urged", "denied", "claimed",
    ]

    /// Words that end a place name ("Republic Square", "Abai Avenue"): such names are not people.
    static let placeWords: Set<String> = [
        "square", "avenue", "street", "road", "boulevard", "park", "green", "plaza", "bridge", "highway",
        "lane", "district", "province", "region", "oblast", "county", "valley", "river", "lake", "mountains",
        "mountain", "island", "islands", "airport", "station", "stadium", "hotel", "mall", "market", "port",
        "harbour", "harbor", "bay", "coast", "desert", "sea", "gate", "tower", "hall", "mosque", "cathedral",
        "temple", "field", "peninsula", "strait", "canal", "interchange", "prison", "jail", "camp", "village",
        "town", "city", "oasis", "hills", "heights", "plain", "forest", "beach", "embankment", "prospekt",
        "ulitsa", "quarter", "circle", "crossing", "corridor", "pass", "gorge", "dam", "base", "airbase",
        "palace", "building", "house", "monument", "memorial", "cemetery", "place", "ring", "garden",
        "gardens", "zoo", "museum", "theatre", "theater", "arena", "center", "centre", "complex", "durbar",
    ]

    /// Capitalised words that start sentences or headings and are not names.
    static let notNames: Set<String> = [
        "the", "a", "an", "in", "on", "at", "by", "for", "but", "and", "or", "when", "after", "before", "since",
        "as", "this", "that", "these", "those", "it", "he", "she", "they", "we", "i", "you", "our", "his", "her",
        "their", "its", "my", "your", "some", "many", "most", "few", "more", "both", "each", "every", "all",
        "under", "within", "outside", "inside", "among", "according", "speaking", "addressing", "late", "early",
        "yesterday", "today", "tonight", "tomorrow", "last", "next", "earlier", "later", "meanwhile", "however",
        "residents", "protesters", "police", "officials", "doctors", "witnesses", "analysts", "opponents",
        "critics", "students", "workers", "troops", "soldiers", "rights", "with", "without", "from", "to", "of",
        "if", "while", "though", "although", "because", "so", "then", "there", "here", "what", "who", "whom",
        "which", "where", "why", "how", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "dozens", "hundreds", "thousands", "millions", "several", "other", "another", "such", "no", "not",
        "nobody", "everyone", "everybody", "people", "state", "video", "footage", "photos", "images", "reports",
        "update", "updates", "live", "breaking", "read", "related", "topics", "share", "opinion",
        "analysis", "editorial", "comment", "advertisement", "subscribe", "sign", "privacy", "terms", "about",
        "contact", "home", "news", "world", "sport", "business", "culture", "ideas", "markets", "weather",
        "crossword", "newsletters", "podcasts", "climate", "environment", "economy", "energy", "politics",
        "asia", "europe", "americas", "africa", "region", "welcome", "key", "numbers", "mr", "mrs", "ms",
        "dr", "sir", "gen", "western", "eastern", "northern", "southern", "central", "former", "new", "old",
        "first", "second", "third", "once", "now", "still", "also", "just", "only", "even", "again", "over",
        "up", "down", "out", "off", "into", "onto", "upon", "via", "per", "during", "until", "till", "unless",
        "whether", "despite", "instead", "thus", "yet", "nor", "either", "neither", "very", "much", "less",
        "least", "best", "worst", "good", "bad", "great", "big", "small", "large", "long", "short", "high",
        "low", "free", "open", "closed", "thick", "heavy", "crazy", "incredible", "morning", "afternoon",
        "evening", "night", "day", "week", "month", "year", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "gmt",
        "utc", "am", "pm", "chants", "army", "government", "security",
        "authorities", "opposition", "protest", "protests", "riot", "riots", "unrest", "violence", "crowds",
        "crowd", "flags", "mobile", "internet", "flights", "prices", "price", "fuel", "gas", "oil", "banks",
        "shops", "schools", "hospitals", "cash", "public", "private", "national", "international", "foreign",
        "local", "official", "independent", "political", "social", "economic", "military", "civil", "civilian",
        "human", "islamic", "catholic", "christian", "muslim", "jewish", "orthodox", "kurdish", "shi'ite",
        "sunni", "communist", "socialist", "liberal", "conservative", "democratic", "republican", "labour",
        "green", "left", "right", "far-right", "far-left", "centrist", "z", "tragic", "bloody",
        "information", "executive", "intelligence", "brief", "war", "peace", "president", "prime", "minister",
        "horse", "independence", "revolution", "republic", "kingdom", "empire", "dynasty",
    ]

    /// Words that never belong to a person's name, wherever they stand: outlets ("Kyiv Post"), events
    /// ("Cold War", "World Cup"), documents and the like.
    static let nonNameWords: Set<String> = [
        "war", "spring", "revolution", "day", "year", "cup", "prize", "award", "awards", "games", "olympics",
        "league", "crisis", "agreement", "accord", "accords", "treaty", "act", "decree",
        "constitution", "protocol", "plan", "doctrine", "summit", "conference", "forum", "festival", "week",
        "month", "century", "era", "index", "report", "review", "news", "times", "post", "journal", "daily",
        "tribune", "herald", "gazette", "ledger", "observer", "monitor", "chronicle", "dispatch", "wire",
        "courier", "record", "express", "telegraph", "standard", "mail", "star", "guardian",
        "independent", "mirror", "today", "weekly", "magazine", "radio", "tv", "television", "channel",
        "media", "press", "online", "images", "photo", "photos", "video", "live", "blog", "update", "updates",
        "hill", "street", "airport", "election", "elections", "referendum", "strike", "protest", "protests",
        "uprising", "massacre", "operation", "mission", "initiative", "programme", "program", "project",
        "fund", "budget", "reform", "reforms", "party", "front", "movement", "dream", "platform", "square",
        "avenue", "company", "inc", "ltd", "group", "bank", "airlines", "energy", "oil", "gas", "motors",
        "holdings", "capital", "partners", "solutions", "technologies", "systems", "network", "networks",
        "mosque", "church", "cathedral", "temple", "monastery", "university", "college", "school", "institute",
        "hospital", "clinic", "prison", "camp", "base", "border", "crossing", "checkpoint", "corridor",
        "pipeline", "mine", "dam", "plant", "factory", "port", "harbour", "harbor", "bridge", "tunnel",
        "covid", "coronavirus", "omicron", "pandemic", "christmas", "easter", "ramadan", "eid", "new", "god",
        "allah", "lord", "jesus", "christ", "holy", "saint", "st", "mount", "lake", "river", "sea", "ocean",
        "island", "islands", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "upper", "lower", "greater", "united", "republic", "kingdom", "federation", "state", "states",
    ]

    /// Nouns after a capitalised name that make it an organisation's name ("the Georgian Dream party").
    static let organizationNounsAfter: Set<String> = [
        "party", "movement", "coalition", "alliance", "bloc", "union", "militia", "rebels", "guerrillas",
        "faction", "organisation", "organization", "group", "network", "foundation", "association",
    ]

    /// Words before "by" that make the names after it credits, not actors ("Reporting by", "Editing by").
    static let creditWords: Set<String> = [
        "reporting", "editing", "writing", "written", "edited", "compiled", "produced", "photo", "photos",
        "photograph", "photographs", "video", "graphics", "illustration", "additional", "translated",
        "translation", "research", "design", "designed", "reported", "filed", "images", "image", "credit",
    ]

    /// Days, months and other time words that may trail a name ("said Jane Roe Thursday").
    static let temporalWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "today",
        "yesterday", "tonight", "tomorrow",
    ]

    /// Possessive words that continue an organisation's name ("People's", "Defender's").
    static let possessiveNameWords: Set<String> = [
        "people", "defender", "ombudsman", "prosecutor", "workers", "women", "children", "veterans",
        "journalists", "doctors", "teachers", "students", "farmers", "citizens", "nations", "mothers", "soldiers",
        "lawyers", "writers", "peoples",
    ]

    /// Role nouns after an organisation's one-word name ("Metro president", "Hezbollah leader").
    static let leaderNouns: Set<String> = [
        "president", "chief", "leader", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman",
        "director", "head", "commander", "secretary-general", "founder", "boss", "ceo",
    ]

    /// Lowercase heads after a city that name its local bodies ("the Paris police prefecture").
    static let localBodyHeads: Set<String> = [
        "prefecture", "council", "administration", "court", "department", "municipality", "police", "mayoralty",
        "assembly",
    ]

    /// Lowercase name particles that may sit inside a name ("Abdel Fattah al-Burhan", "Louis de Grange").
    static let particles: Set<String> = [
        "al", "el", "de", "del", "la", "le", "van", "von", "der", "den", "bin", "ibn", "da", "dos", "das", "di",
        "du", "ter", "ul", "ud", "bint", "abu", "y", "e",
    ]

    /// Words that join capitalised words inside an organisation name ("Forces for Freedom and Change").
    static let connectors: Set<String> = ["of", "for", "and", "the", "de", "la", "du", "des"]

    /// Words before a country that make it a place rather than an actor ("in Kazakhstan", "across Serbia").
    static let locativePrepositions: Set<String> = [
        "in", "into", "to", "across", "throughout", "at", "near", "inside", "outside", "around", "over",
        "within", "toward", "towards", "via", "through", "for", "than", "like", "under", "onto", "beyond",
        "about", "between", "visit", "visited", "visiting", "leave", "left", "fled", "flee", "entered",
        "arrived", "reached", "landed", "return", "returned", "travelled", "traveled", "flew",
    ]

    /// Nouns that, before "from <country>", make the country the sender ("troops from Belarus").
    static let contingentNouns: Set<String> = [
        "troops", "forces", "soldiers", "units", "contingents", "contingent", "paratroopers", "peacekeepers",
        "delegation", "delegations", "envoys", "diplomats", "officials", "leaders", "help", "aid",
    ]

    /// Nouns that, right after "government"/"army", make it a modifier ("government building").
    static let modifiedNouns: Set<String> = [
        "building", "buildings", "complex", "website", "site", "house", "headquarters", "office", "offices",
        "troops", "forces", "soldiers", "critics", "critic", "officials", "official", "ministers", "minister",
        "spokesman", "spokeswoman", "spokesperson", "chief", "chiefs", "commander", "commanders", "officers",
        "base", "bases", "barracks", "vehicles", "trucks", "jobs", "debt", "bonds", "spending", "budget",
        "employees", "workers", "supporters", "quarter", "district", "control", "policy", "plans", "plan",
        "figures", "data", "statistics", "sources", "source", "media", "television", "tv", "newspaper",
        "bill", "decree", "programme", "program", "agency", "agencies", "forces'", "units", "unit", "uniforms",
        "helicopters", "aircraft", "planes", "posts", "positions", "checkpoints", "checkpoint",
    ]

    /// Verbs and verb-like words that make a capital city stand for its state ("Moscow said").
    static let statementVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "warned", "warns", "hoped", "hopes", "had", "has", "have",
        "announced", "announces", "accused", "accuses", "urged", "urges", "called", "calls", "denied", "denies",
        "demanded", "demands", "condemned", "condemns", "rejected", "rejects", "criticised", "criticized",
        "welcomed", "welcomes", "insisted", "insists", "responded", "responds", "reacted", "reacts", "sent",
        "sends", "will", "would", "could", "might", "must", "should", "wants", "wanted", "is", "was", "does",
        "did", "agreed", "agrees", "signed", "signs", "imposed", "imposes", "offered", "offers", "pledged",
        "pledges", "blamed", "blames", "threatened", "threatens", "stood", "stands", "feared", "fears",
    ]

    /// Irregular past forms and auxiliaries: a word after a name that says the name is a subject.
    static let verbLike: Set<String> = [
        "fled", "took", "gave", "went", "came", "fell", "left", "led", "met", "ran", "sent", "spent", "stood",
        "told", "won", "wrote", "said", "saw", "became", "began", "broke", "brought", "built", "chose", "drove",
        "flew", "got", "held", "hit", "kept", "knew", "lost", "made", "meant", "paid", "put", "quit", "rose",
        "set", "shot", "spoke", "struck", "swore", "thought", "threw", "won", "wore", "also", "later", "then",
        "who", "whose", "which", "has", "have", "had", "is", "was", "were", "are", "will", "would", "could",
        "can", "may", "might", "must", "should", "did", "does", "do", "says", "and", "or", "himself", "herself",
        "once", "never", "still", "already", "now", "again", "first", "last", "ordered", "called",
    ]

    /// Active verbs after "parliament" that make the body an actor ("parliament elected him").
    static let parliamentVerbs: Set<String> = [
        "elected", "renamed", "approved", "voted", "passed", "adopted", "gave", "confirmed", "appointed",
        "impeached", "rejected", "backed", "endorsed", "ratified", "dismissed", "removed", "granted",
        "stripped", "amended", "named", "chose", "picked", "censured", "had", "declared",
    ]

    /// Determiners before a role or body that make it a definite reference ("the president").
    static let definiteDeterminers: Set<String> = ["the", "his", "her", "its", "their", "whose"]

    /// Words before a role that make it a predicate or another office ("as president", "acting president").
    static let roleBlockers: Set<String> = [
        "a", "an", "as", "acting", "interim", "vice", "deputy", "elected", "become", "became", "becomes",
        "named", "appointed", "new", "next", "future", "first", "caretaker", "honorary", "another", "any",
        "no", "every", "each", "whose",
    ]

    /// Role titles a bare role phrase can name ("the president", "the prime minister").
    static let roleTitles: [[String]] = [
        ["president"], ["prime", "minister"], ["premier"], ["supreme", "leader"], ["chancellor"], ["king"],
        ["queen"], ["emir"], ["head", "of", "state"], ["head", "of", "government"], ["crown", "prince"],
        ["secretary", "of", "state"], ["chief", "adviser"], ["chief", "executive"], ["foreign", "minister"],
        ["defence", "minister"], ["vice", "president"],
    ]

    /// The first words of `roleTitles`: one look-up rules out a word before the titles are compared in turn.
    static let roleTitleStarts = Set(roleTitles.map { $0[0] })
}
