import Yams

/// General knowledge the extractor relies on: the actor dictionary and the gazetteer.
///
/// The built-in knowledge is YAML compiled into the binary; a user file in the same YAML shape extends or
/// overrides it (`timeline load --actors FILE`).
///
/// For example:
/// ```swift
/// let mine = try Knowledge(yaml: """
///     people:
///       - name: Jane Roe
///         aliases: [Roe]
///         roles: [{title: mayor, country: Chile, from: 2024-01-01}]
///     """)
/// let extractor = NewsExtractor(knowledge: Knowledge.builtIn.merging(mine))
/// ```
///
/// The YAML has seven top-level lists, each optional:
/// - `countries`: `name`, `aliases`, `demonyms` ("Kazakh"), `capital`, `cities`, `regions`, and the names its
///   institutions take: `ministryPrefix` ("Russian" gives "Russian Defence Ministry"; the country name
///   otherwise), `centralBank`, `prosecutor`, and `seats` (seats of government that stand for the state: "Kremlin").
/// - `places`: cities and regions with other names (`name`, `kind`: city or region, `country`, `aliases`).
/// - `people` and `organizations`: `name`, `kind` (person, organization, country, group), `aliases`
///   (transliterations, surnames, abbreviations), `country`, and `roles`, each a `title` ("president",
///   "prime minister") in a `country` between `from` and `until` (`YYYY-MM-DD`; `until` is the first day
///   out of office).
/// - `institutions`: bodies every state has ("National Assembly", "Supreme Court"), named
///   "<name> of <country>" after the country the article is about.
/// - `ministries`: ministry fields with the words that name them (`name: Interior`,
///   `aliases: [internal affairs, home affairs]`), giving "<country> Interior Ministry".
/// - `ignore`: names that are never actors: news outlets and agencies cited as sources, platforms.
public struct Knowledge: Sendable {
    /// The knowledge compiled into the binary, parsed once.
    public static let builtIn: Knowledge = {
        do {
            // The documents never name the same entry twice, so their entries are joined as they are and
            // the look-up structures built once.
            var knowledge = Knowledge()
            for text in BuiltInKnowledge.documents {
                let part = try Knowledge(yaml: text, indexed: false)
                knowledge.actors += part.actors
                knowledge.countries += part.countries
                knowledge.places += part.places
                knowledge.institutions += part.institutions
                knowledge.ministries += part.ministries
                knowledge.ignored += part.ignored
            }
            knowledge.index = KnowledgeIndex(knowledge)
            return knowledge
        } catch {
            // The built-in YAML is checked by KnowledgeTests; a broken build must not go unnoticed.
            preconditionFailure("built-in knowledge does not parse: \(error)")
        }
    }()

    var actors: [ActorEntry] = []
    var countries: [CountryEntry] = []
    var places: [PlaceEntry] = []
    var institutions: [NamedEntry] = []
    var ministries: [NamedEntry] = []
    var ignored: [String] = []
    /// Look-up structures over the entries, rebuilt whenever the entries change.
    private(set) var index = KnowledgeIndex()

    init() {}

    /// Reads a user dictionary in the built-in YAML shape.
    ///
    /// - throws: A `KnowledgeError` naming the entry that does not parse.
    public init(yaml: String) throws {
        try self.init(yaml: yaml, indexed: true)
    }

    init(yaml: String, indexed: Bool) throws {
        let node: Node?
        do {
            // Every value is read as text (`Node.Scalar.string`), so no tag is ever resolved: the basic resolver
            // spares the default one's regular expressions, which were a third of building the built-in knowledge.
            node = try Yams.compose(yaml: yaml, .basic)
        } catch {
            throw KnowledgeError("the knowledge file is not valid YAML: \(error)")
        }
        guard let node else {
            if indexed { index = KnowledgeIndex(self) }
            return
        }
        guard let mapping = node.mapping else {
            throw KnowledgeError("the knowledge file must be a mapping of lists (people:, countries:, ...)")
        }
        for (key, value) in mapping {
            let section = key.string ?? ""
            let items = try Knowledge.items(of: value, section: section)
            switch section {
            case "people":
                actors += try items.enumerated().map { try ActorEntry(node: $1, number: $0 + 1, section: section) }
            case "organizations", "organisations":
                actors += try items.enumerated().map {
                    try ActorEntry(node: $1, number: $0 + 1, section: section, defaultKind: .organization)
                }
            case "countries":
                countries += try items.enumerated().map { try CountryEntry(node: $1, number: $0 + 1) }
            case "places":
                places += try items.enumerated().map { try PlaceEntry(node: $1, number: $0 + 1) }
            case "institutions":
                institutions += try items.enumerated().map { try NamedEntry(node: $1, number: $0 + 1, section) }
            case "ministries":
                ministries += try items.enumerated().map { try NamedEntry(node: $1, number: $0 + 1, section) }
            case "ignore":
                ignored += try items.enumerated().map { number, item in
                    guard let name = item.string, !name.isEmpty else {
                        throw KnowledgeError("ignore entry \(number + 1): expected a name")
                    }
                    return name
                }
            default:
                throw KnowledgeError(
                    "unknown section \"\(section)\" (expected people, organizations, countries, places, "
                        + "institutions, ministries or ignore)"
                )
            }
        }
        if indexed { index = KnowledgeIndex(self) }
    }

    /// This knowledge with `other`'s entries added, `other` winning where both name the same actor or place.
    public func merging(_ other: Knowledge) -> Knowledge {
        var merged = Knowledge()
        merged.actors = Knowledge.merge(actors, other.actors, key: \.name)
        merged.countries = Knowledge.merge(countries, other.countries, key: \.name)
        merged.places = Knowledge.merge(places, other.places, key: \.name)
        merged.institutions = Knowledge.merge(institutions, other.institutions, key: \.name)
        merged.ministries = Knowledge.merge(ministries, other.ministries, key: \.name)
        merged.ignored = ignored + other.ignored.filter { !ignored.contains($0) }
        merged.index = KnowledgeIndex(merged)
        return merged
    }

    /// The number of actors (people, organisations) the dictionary knows, countries not counted.
    public var actorCount: Int { actors.count }

    /// The country a place lies in, by the name the extractor gives event locations ("Almaty" → Kazakhstan,
    /// "Kazakhstan" → Kazakhstan), without regard to case; nil for a place the gazetteer does not know.
    public func country(ofPlace name: String) -> String? {
        index.countryOfPlace[name.lowercased()]
    }

    /// Every place ``country(ofPlace:)`` knows, by its lowercased name, with the country it lies in: for callers that
    /// look up many places and keep the table.
    public var countriesOfPlaces: [String: String] { index.countryOfPlace }

    /// The country with this name, alias or demonym ("Kazakh" → Kazakhstan).
    func country(named name: String) -> CountryEntry? {
        let keys = WordTokenizer.keys(of: name)
        if let id = index.countryNames.values(for: keys).first ?? index.demonyms.values(for: keys).first {
            return countries[id]
        }
        return nil
    }

    /// Who held `title` ("president", "prime minister") in `country` on `day`; with `former`, who held it
    /// last before the holder on `day`.
    func holder(of title: String, in country: String, on day: Day?, former: Bool = false) -> ActorEntry? {
        guard let terms = index.roles[KnowledgeIndex.roleKey(title: title, country: country)], !terms.isEmpty else {
            return nil
        }
        guard let day else {
            return former ? nil : terms.last { $0.until == nil }.map { actors[$0.actor] }
        }
        let current = terms.last { ($0.from.map { $0 <= day } ?? true) && ($0.until.map { day < $0 } ?? true) }
        if !former { return current.map { actors[$0.actor] } }
        // The previous holder is the last one whose term ended by `day` and who is not the current holder.
        let past = terms.filter { term in
            guard let until = term.until else { return false }
            return until <= day && term.actor != current?.actor
        }
        return past.max { ($0.until ?? day) < ($1.until ?? day) }.map { actors[$0.actor] }
    }

    /// The roles `actor` held on `day` (all of them when `day` is nil).
    func roles(of actor: ActorEntry, on day: Day?) -> [ActorRole] {
        actor.roles.filter { role in
            guard let day else { return true }
            return (role.from.map { $0 <= day } ?? true) && (role.until.map { day < $0 } ?? true)
        }
        .map { role in
            let title = role.country.map { "\(role.title.capitalizedWords) of \($0)" } ?? role.title.capitalizedWords
            return ActorRole(title: title, from: role.from, until: role.until)
        }
    }

    private static func items(of node: Node, section: String) throws -> [Node] {
        if case .scalar(let scalar) = node, scalar.string.isEmpty || scalar.string == "~" { return [] }
        guard let sequence = node.sequence else {
            throw KnowledgeError("section \"\(section)\" must be a list")
        }
        return Array(sequence)
    }

    private static func merge<T>(_ base: [T], _ other: [T], key: KeyPath<T, String>) -> [T] {
        let replaced = Set(other.map { $0[keyPath: key] })
        return base.filter { !replaced.contains($0[keyPath: key]) } + other
    }
}

/// A knowledge file that does not parse.
public struct KnowledgeError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// A person or organisation of the dictionary.
struct ActorEntry: Sendable, Hashable {
    var name: String
    var kind: ActorKind
    var aliases: [String]
    var country: String?
    var roles: [RoleEntry]
}

/// A role an entry held, limited in time; `until` is the first day out of office.
struct RoleEntry: Sendable, Hashable {
    var title: String
    var country: String?
    var from: Day?
    var until: Day?

    /// Whether two terms share a day (open ends reach forever).
    func overlaps(_ other: RoleEntry) -> Bool {
        let startsBeforeOtherEnds = other.until.map { (from ?? $0) < $0 } ?? true
        let otherStartsBeforeEnd = until.map { (other.from ?? $0) < $0 } ?? true
        return startsBeforeOtherEnds && otherStartsBeforeEnd
    }
}

/// A country with the names that point to it and the places in it.
struct CountryEntry: Sendable, Hashable {
    var name: String
    var aliases: [String]
    var demonyms: [String]
    var capital: String?
    var cities: [String]
    var regions: [String]
    var ministryPrefix: String?
    var centralBank: String?
    var prosecutor: String?
    /// Seats of government that stand for the state in the news ("Kremlin", "State Department").
    var seats: [String] = []
}

/// A city or region with the country it lies in.
struct PlaceEntry: Sendable, Hashable {
    var name: String
    var kind: PlaceKind
    var country: String?
    var aliases: [String]
}

/// A name with other names for the same thing (institutions, ministry fields).
struct NamedEntry: Sendable, Hashable {
    var name: String
    var aliases: [String]
}

/// The look-up structures built from a `Knowledge`'s entries.
struct KnowledgeIndex: Sendable {
    struct Term: Sendable, Hashable {
        var actor: Int
        var from: Day?
        var until: Day?
    }

    /// Actor names and aliases → indices into `Knowledge.actors`.
    var actorNames = PhraseIndex()
    /// Country names and aliases → indices into `Knowledge.countries`.
    var countryNames = PhraseIndex()
    var demonyms = PhraseIndex()
    /// Cities and regions → indices into `places`.
    var placeNames = PhraseIndex()
    var places: [PlaceEntry] = []
    var institutions = PhraseIndex()
    var ministries = PhraseIndex()
    var ignored = PhraseIndex()
    /// "country|title" → terms in order of their start.
    var roles: [String: [Term]] = [:]
    /// Aliases written in capitals ("CSTO", "UN"): they match only words written in capitals.
    var acronyms: Set<String> = []
    /// Aliases written in lower case ("morality police"): they match where they stand, capitalised or not.
    var lowercaseAliases: Set<String> = []
    /// Seats of government → country index ("Kremlin" → Russia).
    var seats = PhraseIndex()
    /// Capital cities → country index, for "Moscow said".
    var capitals: [String: Int] = [:]
    /// Lowercased names of countries, cities and regions (not their aliases) → the country they lie in.
    var countryOfPlace: [String: String] = [:]

    init() {}

    init(_ knowledge: Knowledge) {
        for (id, actor) in knowledge.actors.enumerated() {
            for name in [actor.name] + actor.aliases {
                let keys = WordTokenizer.keys(of: name)
                actorNames.insert(keys, id)
                if KnowledgeIndex.isWrittenInCapitals(name) {
                    acronyms.insert(keys.joined(separator: " "))
                }
                if let first = name.unicodeScalars.first, first.properties.isLowercase {
                    lowercaseAliases.insert(keys.joined(separator: " "))
                }
            }
            for role in actor.roles {
                let key = KnowledgeIndex.roleKey(title: role.title, country: role.country ?? actor.country ?? "")
                roles[key, default: []].append(Term(actor: id, from: role.from, until: role.until))
            }
        }
        for key in roles.keys {
            roles[key]?.sort {
                ($0.from ?? Day(year: 1, month: 1, day: 1)!) < ($1.from ?? Day(year: 1, month: 1, day: 1)!)
            }
        }
        places = knowledge.places
        var seenPlaces = Set(knowledge.places.map(\.name))
        for (id, country) in knowledge.countries.enumerated() {
            for name in [country.name] + country.aliases {
                let keys = WordTokenizer.keys(of: name)
                countryNames.insert(keys, id)
                if KnowledgeIndex.isWrittenInCapitals(name) {
                    acronyms.insert(keys.joined(separator: " "))
                }
            }
            for demonym in country.demonyms { demonyms.insert(WordTokenizer.keys(of: demonym), id) }
            let cities = (country.capital.map { [$0] } ?? []) + country.cities
            for city in cities where !seenPlaces.contains(city) {
                seenPlaces.insert(city)
                places.append(PlaceEntry(name: city, kind: .city, country: country.name, aliases: []))
            }
            for region in country.regions where !seenPlaces.contains(region) {
                seenPlaces.insert(region)
                places.append(PlaceEntry(name: region, kind: .region, country: country.name, aliases: []))
            }
            if let capital = country.capital {
                capitals[WordTokenizer.keys(of: capital).joined(separator: " ")] = id
            }
            for seat in country.seats {
                seats.insert(WordTokenizer.keys(of: seat), id)
            }
        }
        for (id, place) in places.enumerated() {
            for name in [place.name] + place.aliases { placeNames.insert(WordTokenizer.keys(of: name), id) }
            if let country = place.country { countryOfPlace[place.name.lowercased()] = country }
        }
        for country in knowledge.countries { countryOfPlace[country.name.lowercased()] = country.name }
        for (id, entry) in knowledge.institutions.enumerated() {
            for name in [entry.name] + entry.aliases { institutions.insert(WordTokenizer.keys(of: name), id) }
        }
        for (id, entry) in knowledge.ministries.enumerated() {
            for name in [entry.name] + entry.aliases { ministries.insert(WordTokenizer.keys(of: name), id) }
        }
        for (id, name) in knowledge.ignored.enumerated() {
            let keys = WordTokenizer.keys(of: name)
            ignored.insert(keys, id)
            if KnowledgeIndex.isWrittenInCapitals(name) {
                acronyms.insert(keys.joined(separator: " "))
            }
        }
    }

    /// Whether every letter of `name` is a capital ("CSTO", "U.N."): such aliases match only words in capitals.
    static func isWrittenInCapitals(_ name: String) -> Bool {
        name.unicodeScalars.allSatisfy { !ScalarText.isAlphabetic($0) || ScalarText.isUppercase($0) }
    }

    static func roleKey(title: String, country: String) -> String {
        var title = WordTokenizer.keys(of: title).joined(separator: " ")
        if title == "premier" || title == "pm" { title = "prime minister" }
        return WordTokenizer.keys(of: country).joined(separator: " ") + "|" + title
    }
}

extension String {
    /// "prime minister" → "Prime Minister".
    var capitalizedWords: String {
        split(separator: " ").map { word in word.prefix(1).uppercased() + word.dropFirst() }.joined(separator: " ")
    }
}

// MARK: - Reading entries from YAML nodes

extension ActorEntry {
    init(node: Node, number: Int, section: String, defaultKind: ActorKind = .person) throws {
        let reader = try EntryReader(node: node, label: "\(section) entry \(number)")
        name = try reader.name()
        let label = "\(section) entry \(number) (\"\(name)\")"
        let kindText = try reader.string("kind", label: label)
        if let kindText {
            guard let kind = ActorKind(rawValue: kindText) else {
                throw KnowledgeError("\(label): unknown kind \"\(kindText)\"")
            }
            self.kind = kind
        } else {
            kind = defaultKind
        }
        aliases = try reader.strings("aliases", label: label)
        country = try reader.string("country", label: label)
        var roles: [RoleEntry] = []
        if let roleNodes = reader.mapping["roles"] {
            guard let sequence = roleNodes.sequence else { throw KnowledgeError("\(label): roles must be a list") }
            for (offset, roleNode) in sequence.enumerated() {
                let roleLabel = "\(label), role \(offset + 1)"
                let roleReader = try EntryReader(node: roleNode, label: roleLabel)
                guard let title = try roleReader.string("title", label: roleLabel), !title.isEmpty else {
                    throw KnowledgeError("\(roleLabel): a role needs a title")
                }
                let role = RoleEntry(
                    title: title,
                    country: try roleReader.string("country", label: roleLabel),
                    from: try roleReader.day("from", label: roleLabel),
                    until: try roleReader.day("until", label: roleLabel)
                )
                if let from = role.from, let until = role.until, until < from {
                    throw KnowledgeError("\(roleLabel): ends before it starts")
                }
                roles.append(role)
            }
        }
        self.roles = roles
    }
}

extension CountryEntry {
    init(node: Node, number: Int) throws {
        let reader = try EntryReader(node: node, label: "countries entry \(number)")
        name = try reader.name()
        let label = "countries entry \(number) (\"\(name)\")"
        aliases = try reader.strings("aliases", label: label)
        demonyms = try reader.strings("demonyms", label: label)
        capital = try reader.string("capital", label: label)
        cities = try reader.strings("cities", label: label)
        regions = try reader.strings("regions", label: label)
        ministryPrefix = try reader.string("ministryPrefix", label: label)
        centralBank = try reader.string("centralBank", label: label)
        prosecutor = try reader.string("prosecutor", label: label)
        seats = try reader.strings("seats", label: label)
    }
}

extension PlaceEntry {
    init(node: Node, number: Int) throws {
        let reader = try EntryReader(node: node, label: "places entry \(number)")
        name = try reader.name()
        let label = "places entry \(number) (\"\(name)\")"
        let kindText = try reader.string("kind", label: label) ?? "city"
        guard let kind = PlaceKind(rawValue: kindText) else {
            throw KnowledgeError("\(label): unknown kind \"\(kindText)\" (expected city, region or country)")
        }
        self.kind = kind
        country = try reader.string("country", label: label)
        aliases = try reader.strings("aliases", label: label)
    }
}

extension NamedEntry {
    init(node: Node, number: Int, _ section: String) throws {
        let reader = try EntryReader(node: node, label: "\(section) entry \(number)")
        name = try reader.name()
        aliases = try reader.strings("aliases", label: "\(section) entry \(number) (\"\(name)\")")
    }
}

/// Reads the fields of one YAML mapping, naming the entry in every error.
private struct EntryReader {
    var mapping: [String: Node] = [:]
    var label: String

    init(node: Node, label: String) throws {
        self.label = label
        guard let pairs = node.mapping else { throw KnowledgeError("\(label): expected a mapping with a name") }
        for (key, value) in pairs {
            guard let key = key.string else { throw KnowledgeError("\(label): keys must be text") }
            mapping[key] = value
        }
    }

    func name() throws -> String {
        guard let name = try string("name", label: label), !name.isEmpty else {
            throw KnowledgeError("\(label): missing name")
        }
        return name
    }

    func string(_ key: String, label: String) throws -> String? {
        guard let node = mapping[key] else { return nil }
        guard case .scalar(let scalar) = node else { throw KnowledgeError("\(label): \(key) must be text") }
        return scalar.string
    }

    func strings(_ key: String, label: String) throws -> [String] {
        guard let node = mapping[key] else { return [] }
        if case .scalar(let scalar) = node { return [scalar.string] }
        guard let sequence = node.sequence else { throw KnowledgeError("\(label): \(key) must be a list") }
        return try sequence.map { item in
            guard case .scalar(let scalar) = item, !scalar.string.isEmpty else {
                throw KnowledgeError("\(label): every item of \(key) must be text")
            }
            return scalar.string
        }
    }

    func day(_ key: String, label: String) throws -> Day? {
        guard let text = try string(key, label: label) else { return nil }
        guard text.count == 10, let day = Day(iso: text) else {
            throw KnowledgeError("\(label): \(key) \"\(text)\" is not a YYYY-MM-DD date")
        }
        return day
    }
}
