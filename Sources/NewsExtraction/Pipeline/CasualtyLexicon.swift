/// The words the figure extractor looks for: casualty triggers, people nouns and their groups, and the words
/// that show a number is something else (a date, a price, a year).
///
/// Every entry is a general English word, never a phrase from a particular article.
enum CasualtyLexicon {
    /// Words that state what happened to counted people when they follow the count
    /// ("12 people were killed", "164 dead", "2000 people jailed", "400 hospitalized").
    static let triggers: [String: CasualtyCategory] = [
        "killed": .killed, "dead": .killed, "died": .killed, "deaths": .killed, "slain": .killed,
        "perished": .killed, "eliminated": .killed, "executed": .killed, "murdered": .killed, "massacred": .killed,
        "fatalities": .killed, "die": .killed, "drowned": .killed, "bodies": .killed, "lives": .killed,
        "injured": .injured, "wounded": .injured, "hurt": .injured, "injuries": .injured, "beaten": .injured,
        "hospitalized": .hospitalized, "hospitalised": .hospitalized, "admitted": .hospitalized,
        "detained": .detained, "arrested": .detained, "jailed": .detained, "detentions": .detained,
        "arrests": .detained, "imprisoned": .detained, "apprehended": .detained, "detainees": .detained,
        "deployed": .troops, "dispatched": .troops, "mobilised": .troops, "mobilized": .troops,
        "stationed": .troops,
    ]

    /// Verbs that take the count as their object ("killing 14 people", "detained dozens of people",
    /// "sent in some 2,500 troops", "treated 84 people").
    static let objectVerbs: [String: CasualtyCategory] = [
        "killed": .killed, "killing": .killed, "kill": .killed, "kills": .killed, "slew": .killed,
        "executed": .killed, "massacred": .killed, "murdered": .killed,
        "wounded": .injured, "wounding": .injured, "wounds": .injured, "injured": .injured, "injuring": .injured,
        "injures": .injured, "hurt": .injured, "hurting": .injured, "treated": .injured, "treating": .injured,
        "hospitalized": .hospitalized, "hospitalised": .hospitalized, "admitted": .hospitalized,
        "detained": .detained, "detaining": .detained, "detain": .detained, "detains": .detained,
        "arrested": .detained, "arresting": .detained, "arrest": .detained, "jailed": .detained,
        "jailing": .detained, "imprisoned": .detained, "rounded": .detained,
        "deployed": .troops, "deploying": .troops, "deploy": .troops, "deploys": .troops, "sent": .troops,
        "send": .troops, "sending": .troops, "sends": .troops, "dispatched": .troops, "dispatching": .troops,
        "dispatch": .troops, "mobilised": .troops, "mobilized": .troops,
    ]

    /// Nouns that take the count through "of" ("the deaths of 12", "the killing of at least 14").
    static let ofNouns: [String: CasualtyCategory] = [
        "killing": .killed, "killings": .killed, "deaths": .killed, "death": .killed, "massacre": .killed,
        "bodies": .killed,
        "arrest": .detained, "arrests": .detained, "detention": .detained, "detentions": .detained,
        "deployment": .troops,
    ]

    /// Words that may stand between a count and its trigger ("had been", "reportedly", "were among those").
    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "have", "has", "had", "been", "being", "be", "also", "now", "all", "later",
        "still", "already", "then", "subsequently", "initially", "officially", "reportedly", "allegedly",
        "believed", "thought", "feared", "said", "reported", "confirmed", "to", "who", "that", "among", "those",
        "the", "either", "both", "remain", "remained", "remains", "may", "might", "could", "would", "will",
        "presumed", "eventually", "more",
    ]

    /// People nouns (plural and singular) and the group each one names; nil is a person of no particular group.
    static let people: [String: CasualtyGroup?] = [
        "people": nil, "persons": nil, "person": nil, "individuals": nil, "men": nil, "women": nil, "man": nil,
        "woman": nil, "others": nil, "residents": nil, "citizens": nil, "victims": nil, "youths": nil,
        "teenagers": nil, "minors": nil, "detainees": nil, "prisoners": nil, "inmates": nil, "members": nil,
        "adults": nil, "villagers": nil, "migrants": nil, "foreigners": nil, "nationals": nil, "patients": nil,
        "pilgrims": nil, "worshippers": nil, "employees": nil, "boys": nil, "girls": nil, "boy": nil, "girl": nil,
        "teenager": nil, "youth": nil, "resident": nil, "doctors": nil, "nurses": nil,
        "children": .civilians, "child": .civilians, "civilians": .civilians, "civilian": .civilians,
        "journalists": .civilians, "journalist": .civilians, "reporters": .civilians, "reporter": .civilians,
        "photographers": .civilians, "photographer": .civilians, "bystanders": .civilians,
        "bystander": .civilians, "medics": .civilians, "workers": .civilians, "worker": .civilians,
        "protesters": .protesters, "protester": .protesters, "protestors": .protesters, "protestor": .protesters,
        "demonstrators": .protesters, "demonstrator": .protesters, "rioters": .protesters, "rioter": .protesters,
        "students": .protesters, "student": .protesters, "activists": .protesters, "activist": .protesters,
        "strikers": .protesters, "criminals": .protesters, "bandits": .protesters, "attackers": .protesters,
        "militants": .protesters, "looters": .protesters, "marchers": .protesters, "insurgents": .protesters,
        "gunmen": .protesters, "fighters": .protesters, "supporters": .protesters, "terrorists": .protesters,
        "police": .securityForces, "policemen": .securityForces, "policeman": .securityForces,
        "policewomen": .securityForces, "policewoman": .securityForces, "officers": .securityForces,
        "officer": .securityForces, "gendarmes": .securityForces, "gendarme": .securityForces,
        "soldiers": .securityForces, "soldier": .securityForces, "troops": .securityForces,
        "paratroopers": .securityForces, "peacekeepers": .securityForces, "servicemen": .securityForces,
        "serviceman": .securityForces, "guards": .securityForces, "guardsmen": .securityForces,
        "forces": .securityForces, "personnel": .securityForces, "marines": .securityForces,
        "commandos": .securityForces, "conscripts": .securityForces, "agents": .securityForces,
    ]

    /// Singular people nouns that make "a ... man died" a count of one.
    static let singularPeople: Set<String> = [
        "man", "woman", "boy", "girl", "child", "person", "protester", "protestor", "demonstrator", "student",
        "officer", "policeman", "policewoman", "soldier", "journalist", "reporter", "photographer", "worker",
        "teenager", "youth", "resident", "civilian", "bystander", "teacher", "driver", "doctor", "activist",
        "gendarme", "serviceman", "guard", "father", "mother", "son", "daughter", "pensioner", "farmer",
    ]

    /// Nouns of deployed forces, counted as troops when the sentence speaks of sending or numbering them.
    static let troopNouns: Set<String> = [
        "troops", "soldiers", "paratroopers", "peacekeepers", "servicemen", "forces", "personnel", "marines",
        "police", "officers", "policemen", "gendarmes", "commandos", "conscripts", "reservists",
    ]

    /// Words that show a sentence speaks of deploying forces.
    static let deploymentCues: Set<String> = [
        "deployed", "deploy", "deploying", "deployment", "sent", "send", "sending", "dispatched", "dispatch",
        "arrived", "arrive", "arriving", "landed", "numbered", "number", "numbering", "contingent", "mission",
        "force", "stationed", "mobilised", "mobilized", "reinforcements", "include", "includes", "including",
        "comprised", "comprising", "strong",
    ]

    /// Words that show the sentence is about protest, so a single person killed there counts as a protester.
    static let protestCues: Set<String> = [
        "protest", "protests", "protesters", "protestors", "demonstration", "demonstrations", "demonstrators",
        "strike", "rally", "march", "tear", "custody", "clashes", "crackdown", "vigil", "unrest", "barricade",
    ]

    /// Verbs whose speaker is a figure's source.
    static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces", "stated",
        "added", "estimated", "estimates", "counted", "recorded", "confirmed", "claimed", "wrote", "tweeted",
        "put", "puts", "according",
    ]

    static let months: Set<String> = [
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    static let currencySymbols: Set<String> = ["$", "\u{20AC}", "\u{00A3}", "\u{00A5}", "\u{20BD}", "\u{20B9}"]

    static let percentWords: Set<String> = ["%", "percent", "per", "pc", "percentage"]

    /// Words before a bare four-digit number that make it a year ("in 2019", "since 1994").
    static let yearPrepositions: Set<String> = [
        "in", "since", "of", "until", "till", "by", "from", "during", "to", "before", "after", "year", "early",
        "late", "mid", "spring", "summer", "autumn", "fall", "winter", "the", "and", "between", "through",
    ]

    /// Words that cannot begin a people noun phrase; a count followed by one of them names no thing.
    static let functionWords: Set<String> = [
        "in", "on", "at", "across", "since", "during", "by", "near", "outside", "inside", "throughout", "among",
        "a", "an", "the", "and", "or", "but", "as", "from", "to", "for", "with", "were", "was", "are", "is",
        "had", "have", "has", "been", "being", "of", "who", "that", "which", "while", "when", "after", "before",
        "including", "according", "last", "this", "over", "into", "more", "than", "will", "would", "could",
        "may", "might", "all", "still", "now", "so", "far", "reportedly", "also", "later", "there",
    ]

    /// Tokens that may follow a count that borrows its category from an earlier count in the sentence
    /// ("and two in Itahari", "103 of them in Almaty", "up from 7,939 a day earlier").
    static let inheritanceFollowers: Set<String> = [
        "in", "on", "at", "across", "since", "during", "by", "near", "outside", "inside", "throughout", "among",
        "a", "last", "this", "the", "according", "mostly", "most", "many", "from", "over",
    ]

    /// Words that join a count to an earlier one whose category it shares.
    static let connectors: Set<String> = [
        "including", "and", ",", "while", "from", "plus", "\u{2014}", "\u{2013}", "whereas", "but",
        "among", "them",
    ]

    /// Determiners skipped between "of" and a people noun ("dozens of their members").
    static let determiners: Set<String> = ["the", "their", "its", "his", "her", "our", "these", "those", "whom"]
}
