/// What the name finder knows about the article a sentence comes from.
struct NameContext: Sendable {
    var knowledge: Knowledge
    /// The country the article is about: "the government" and "the interior ministry" belong to it.
    var mainCountry: CountryEntry?
    /// The day roles resolve at: the sentence's anchor (post date, entry timestamp), else the publication date.
    var day: Day?
    /// Normalised keys of names that are never actors in this article: bylines, embedded-post authors.
    var excludedNames: Set<String> = []
    /// Sentence-relative Unicode-scalar ranges to skip (the dateline).
    var skippedRanges: [Range<Int>] = []
}

/// A named actor found in one sentence, before the article-wide coreference.
struct FoundName: Hashable, Sendable {
    /// How the article-wide pass should treat the mention.
    enum Resolution: Hashable, Sendable {
        /// `name` is canonical already (a dictionary entry, a shape, an unknown full name).
        case resolved
        /// A single capitalised name that stands only if it is the surname of a full name in the article.
        case surname
        /// "the ministry": the last ministry the article named.
        case latestMinistry
        /// An unknown capitalised abbreviation, kept only if the article defines it.
        case acronym
        /// "the president" when the dictionary knows no holder: the person the article itself gives that title.
        case role(String)
    }

    var name: String
    var kind: ActorKind
    var surface: String
    /// Unicode-scalar offsets in the sentence.
    var range: Range<Int>
    var resolution: Resolution = .resolved
    /// Index into `Knowledge.actors` for dictionary entries.
    var entry: Int?
    /// An abbreviation the sentence defines for this name: "National Security Committee (KNB)".
    var acronym: String?
    /// Whether the name is an unknown person found by its shape (so a later surname can point to it).
    var isFullName = false
    /// The office a title before an unknown name gives ("president" for "President Tomas Varga").
    var title: String?
    /// A surname after a title ("President Ruto", "Mr Smith"): a person even when the article never gives the
    /// full name.
    var isTitled = false
}

/// Finds the named actors of one sentence: dictionary names, countries acting, governments, ministries and
/// institutions by shape, role phrases resolved by date, and unknown people and organisations by shape.
///
/// One left-to-right pass claims shape phrases ("Russia's defence ministry", "the government", "the
/// president"); a second pass walks the runs of capitalised words, splits them at dictionary names (longest
/// match) and classifies what is left (titled names, organisation heads, descriptors).
struct NameFinder {
    private let context: NameContext
    private let scalars: [Unicode.Scalar]
    private let tokens: [WordToken]
    private let keys: [String]
    private var claimed: [Bool]
    private var found: [(token: Int, name: FoundName)] = []

    private var knowledge: Knowledge { context.knowledge }
    /// Stored rather than read through `context` at each use: a computed property returned a copy of the whole
    /// index (every table retained and released) on every access.
    private let index: KnowledgeIndex

    /// A finder over a sentence already split into Unicode scalars and `WordTokenizer` tokens.
    init(scalars: [Unicode.Scalar], tokens: [WordToken], context: NameContext) {
        self.context = context
        index = context.knowledge.index
        self.scalars = scalars
        self.tokens = tokens
        keys = tokens.map { $0.key }
        claimed = Array(repeating: false, count: tokens.count)
    }

    /// The named actors of `sentence`, in text order.
    static func names(in sentence: String, context: NameContext) -> [FoundName] {
        let scalars = Array(sentence.unicodeScalars)
        return names(in: scalars, tokens: WordTokenizer.tokens(in: scalars), context: context)
    }

    /// The named actors of a sentence given as its Unicode scalars and their `WordTokenizer` tokens.
    static func names(in scalars: [Unicode.Scalar], tokens: [WordToken], context: NameContext) -> [FoundName] {
        var finder = NameFinder(scalars: scalars, tokens: tokens, context: context)
        finder.skipExcluded()
        finder.findShapes()
        finder.findRuns()
        return finder.found.sorted { $0.token < $1.token }.map(\.name)
    }

    // MARK: - Exclusions

    /// Claims the dateline, post signatures ("— Name (@handle) date"), handles and bylines.
    private mutating func skipExcluded() {
        for (i, token) in tokens.enumerated() where context.skippedRanges.contains(where: { $0.overlaps(token.range) })
        {
            claimed[i] = true
        }
        for i in tokens.indices {
            // "@handle": the handle and a name right before "(@handle)".
            guard tokens[i].key == "@" else { continue }
            if i + 1 < tokens.count { claimed[i + 1] = true }
            if i >= 1, tokens[i - 1].key == "(" {
                var j = i - 2
                while j >= 0, tokens[j].isWord, tokens[j].isCapitalized || NameWords.particles.contains(keys[j]) {
                    claimed[j] = true
                    j -= 1
                }
            }
        }
        // Credits: "Reporting by Olzhas Auyezov; Editing by Jane Doe", "Photo by ...".
        for i in tokens.indices
        where (keys[i] == "by" || keys[i] == ":") && i > 0 && NameWords.creditWords.contains(keys[i - 1]) {
            var j = i + 1
            while j < tokens.count, keys[j] != ";", keys[j] != ")", keys[j] != "." || tokens[j].isWord {
                claimed[j] = true
                j += 1
            }
        }
        // A byline at the start of a sentence: "By Andrés Quintero, May 5, 2021".
        if let first = tokens.first, first.key == "by", first.isCapitalized {
            var j = 1
            while j < tokens.count, tokens[j].isWord, tokens[j].isCapitalized || keys[j] == "and" {
                claimed[j] = true
                j += 1
            }
        }
    }

    // MARK: - Shapes: ministries, governments, institutions, roles

    private mutating func findShapes() {
        var i = 0
        while i < tokens.count {
            guard !claimed[i], tokens[i].isWord else {
                i += 1
                continue
            }
            if let end = matchLowercaseAlias(at: i) ?? matchMinistry(at: i) ?? matchGovernment(at: i)
                ?? matchInstitution(at: i)
                ?? matchRole(at: i) ?? matchArmy(at: i) ?? matchLocalBody(at: i) ?? matchMetonymy(at: i)
                ?? matchProsecutors(at: i)
            {
                i = end
            } else {
                i += 1
            }
        }
    }

    /// A dictionary alias written in lower case ("the morality police").
    private mutating func matchLowercaseAlias(at i: Int) -> Int? {
        guard !tokens[i].isCapitalized, !NameWords.particles.contains(keys[i]),
            i == 0 || !(tokens[i - 1].isWord && tokens[i - 1].isCapitalized && !tokens[i - 1].isPossessive),
            let match = index.actorNames.longestMatch(
                in: keys,
                from: i,
                accept: { length, _ in
                    length >= 2 && index.lowercaseAliases.contains(PhraseIndex.key(keys[i..<(i + length)]))
                        && (i..<(i + length)).allSatisfy { !claimed[$0] && tokens[$0].isWord }
                }
            )
        else { return nil }
        let end = i + match.length
        let actor = knowledge.actors[match.values[0]]
        add(
            FoundName(
                name: actor.name,
                kind: actor.kind,
                surface: surface(i, end),
                range: span(i, end),
                entry: match.values[0]
            ),
            from: i,
            to: end
        )
        return end
    }

    /// A country just before `position`: "Russia's", "the Kazakh", "Sri Lankan", "the country's".
    private func countryBefore(_ position: Int) -> (country: CountryEntry, start: Int)? {
        guard position > 0 else { return nil }
        let end = position - 1
        if keys[end] == "country", tokens[end].isPossessive, let main = context.mainCountry {
            return (main, end > 0 && keys[end - 1] == "the" ? end - 1 : end)
        }
        for length in stride(from: min(3, position), through: 1, by: -1) {
            let start = position - length
            guard tokens[start].isCapitalized, (start..<position).allSatisfy({ tokens[$0].isWord }) else { continue }
            let phrase = Array(keys[start..<position])
            if tokens[end].isPossessive, let id = index.countryNames.values(for: phrase).first {
                return (knowledge.countries[id], start)
            }
            if let id = index.demonyms.values(for: phrase).first ?? index.countryNames.values(for: phrase).first {
                return (knowledge.countries[id], start > 0 && keys[start - 1] == "the" ? start - 1 : start)
            }
        }
        return nil
    }

    /// "of Kazakhstan" at `position`, giving the country and the index after it.
    private func countryAfterOf(_ position: Int) -> (country: CountryEntry, end: Int)? {
        guard position < tokens.count, keys[position] == "of" else { return nil }
        var start = position + 1
        if start < tokens.count, keys[start] == "the" { start += 1 }
        guard start < tokens.count, tokens[start].isCapitalized,
            let match = index.countryNames.longestMatch(in: keys, from: start)
        else { return nil }
        return (knowledge.countries[match.values[0]], start + match.length)
    }

    private mutating func matchMinistry(at i: Int) -> Int? {
        guard keys[i] == "ministry" else { return nil }
        var start = i
        var end = i + 1
        var field: NamedEntry?
        var country: CountryEntry?
        // "<country> <field> ministry"
        for length in stride(from: min(4, i), through: 1, by: -1) {
            let fieldStart = i - length
            if let id = index.ministries.values(for: Array(keys[fieldStart..<i])).first,
                (fieldStart..<i).allSatisfy({ tokens[$0].isWord && !claimed[$0] })
            {
                field = knowledge.ministries[id]
                start = fieldStart
                if let before = countryBefore(fieldStart) {
                    country = before.country
                    start = before.start
                } else if fieldStart > 0, keys[fieldStart - 1] == "the" {
                    start = fieldStart - 1
                }
                break
            }
        }
        // "ministry of [the] <field> [of <country>]"
        if field == nil, i + 1 < tokens.count, keys[i + 1] == "of" {
            var fieldStart = i + 2
            if fieldStart < tokens.count, keys[fieldStart] == "the" { fieldStart += 1 }
            if let match = index.ministries.longestMatch(in: keys, from: fieldStart) {
                field = knowledge.ministries[match.values[0]]
                end = fieldStart + match.length
                if let after = countryAfterOf(end) {
                    country = after.country
                    end = after.end
                }
                if i > 0, let before = countryBefore(i) {
                    country = country ?? before.country
                    start = before.start
                } else if i > 0, keys[i - 1] == "the" {
                    start = i - 1
                }
            }
        }
        guard let field else {
            // "the ministry": the last ministry the article named.
            if i > 0, keys[i - 1] == "the" || keys[i - 1] == "its" {
                add(
                    FoundName(
                        name: "",
                        kind: .organization,
                        surface: surface(i - 1, i + 1),
                        range: span(i - 1, i + 1),
                        resolution: .latestMinistry
                    ),
                    from: i - 1,
                    to: i + 1
                )
                return i + 1
            }
            return nil
        }
        let owner = country ?? context.mainCountry
        let prefix = owner.map { $0.ministryPrefix ?? $0.name }
        let name = [prefix, field.name, "Ministry"].compactMap { $0 }.joined(separator: " ")
        add(
            FoundName(name: name, kind: .organization, surface: surface(start, end), range: span(start, end)),
            from: start,
            to: end
        )
        return end
    }

    private mutating func matchGovernment(at i: Int) -> Int? {
        guard keys[i] == "government" || keys[i] == "cabinet" else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isWord, NameWords.modifiedNouns.contains(keys[i + 1]),
            !tokens[i].isPossessive
        {
            return nil
        }
        var country: CountryEntry?
        var end = i + 1
        if let after = countryAfterOf(i + 1) {
            country = after.country
            end = after.end
        } else if i + 2 < tokens.count, keys[i + 1] == "of", tokens[i + 2].isCapitalized {
            return nil  // "the government of President Iván Duque": the president's, named apart.
        }
        var start = i
        var j = i - 1
        if j >= 0,
            ["new", "outgoing", "central", "national", "federal", "whole", "entire", "current", "previous"]
                .contains(keys[j])
        {
            j -= 1
        }
        if country == nil {
            guard j >= 0 else {
                if tokens[i].isCapitalized, let main = context.mainCountry {
                    country = main  // "Government said ..." at the start of a sentence.
                } else {
                    return nil
                }
                return finishGovernment(country, start: start, end: end)
            }
            if let before = countryBefore(j + 1) {
                country = before.country
                start = before.start
            } else if NameWords.definiteDeterminers.contains(keys[j]) {
                country = context.mainCountry
                start = keys[j] == "the" ? j : i
            } else if tokens[j].isPossessive, tokens[j].isCapitalized {
                country = context.mainCountry  // "Vučević's government": the article's country.
            } else if tokens[i].isCapitalized, !tokens[j].isWord || keys[j] == "the" {
                country = context.mainCountry
            } else {
                return nil
            }
        } else if j >= 0, keys[j] == "the" {
            start = j
        }
        return finishGovernment(country, start: start, end: end)
    }

    private mutating func finishGovernment(_ country: CountryEntry?, start: Int, end: Int) -> Int? {
        guard let country else { return nil }
        add(
            FoundName(
                name: "Government of \(country.name)",
                kind: .organization,
                surface: surface(start, end),
                range: span(start, end)
            ),
            from: start,
            to: end
        )
        return end
    }

    private mutating func matchInstitution(at i: Int) -> Int? {
        guard
            let match = index.institutions.longestMatch(
                in: keys,
                from: i,
                accept: { length, _ in
                    (i..<(i + length)).allSatisfy { !claimed[$0] && tokens[$0].isWord }
                }
            )
        else { return nil }
        let entry = knowledge.institutions[match.values[0]]
        var end = i + match.length
        var start = i
        var country: CountryEntry?
        if let after = countryAfterOf(end) {
            country = after.country
            end = after.end
        }
        if let before = countryBefore(i) {
            country = country ?? before.country
            start = before.start
        } else if i > 0, NameWords.definiteDeterminers.contains(keys[i - 1]) {
            start = keys[i - 1] == "the" ? i - 1 : i
        } else if !tokens[i].isCapitalized, entry.name != "Parliament" {
            return nil
        }
        // "speaker of the Senate", "chairman of the Security Council": a post, not the body acting.
        if start >= 2, keys[start] == "the", keys[start - 1] == "of", NameWords.titleHeads.contains(keys[start - 2]) {
            for j in i..<end where tokens[j].isCapitalized { claimed[j] = true }
            return nil
        }
        if entry.name == "Parliament" {
            guard end < tokens.count, NameWords.parliamentVerbs.contains(keys[end]) || tokens[end - 1].isPossessive
            else { return nil }
        }
        // A capitalised institution inside a longer name ("National Assembly Building") is left to the runs.
        if end < tokens.count, tokens[end].isCapitalized, tokens[end].isWord, !tokens[end - 1].isPossessive {
            return nil
        }
        guard let owner = country ?? context.mainCountry else { return nil }
        let name: String
        switch entry.name {
        case "Central Bank": name = owner.centralBank ?? "Central Bank of \(owner.name)"
        case "Prosecutor General's Office": name = owner.prosecutor ?? "Prosecutor General's Office of \(owner.name)"
        default: name = "\(entry.name) of \(owner.name)"
        }
        add(
            FoundName(name: name, kind: .organization, surface: surface(start, end), range: span(start, end)),
            from: start,
            to: end
        )
        return end
    }

    private mutating func matchRole(at i: Int) -> Int? {
        guard NameWords.roleTitleStarts.contains(keys[i]),
            let title = NameWords.roleTitles.first(where: { title in
                i + title.count <= keys.count && keys[i] == title[0] && keys[i..<(i + title.count)].elementsEqual(title)
            })
        else { return nil }
        var end = i + title.count
        // A name after the title makes it a titled name, found with the runs.
        if end < tokens.count, tokens[end].isWord, tokens[end].isCapitalized { return nil }
        var j = i - 1
        var former = false
        if j >= 0, ["former", "ex", "late", "ousted", "deposed", "exiled", "previous", "then"].contains(keys[j]) {
            former = keys[j] != "then"
            j -= 1
        }
        var country: CountryEntry?
        var start = j + 1
        if let before = countryBefore(j + 1) {
            country = before.country
            start = before.start
            j = before.start - 1
        } else if j >= 0, keys[j] == "the" {
            start = j
            j -= 1
        } else if former, tokens[i].isWord, j >= 0, !NameWords.roleBlockers.contains(keys[j]) {
            // "former president" without an article still names the previous holder.
        } else {
            return nil
        }
        if j >= 0, NameWords.roleBlockers.contains(keys[j]) { return nil }
        if (max(0, start - 3)..<start).contains(where: { keys[$0] == "as" }) { return nil }
        if let after = countryAfterOf(end) {
            country = after.country
            end = after.end
        }
        guard let owner = country ?? context.mainCountry,
            let holder = knowledge.holder(
                of: title.joined(separator: " "),
                in: owner.name,
                on: context.day,
                former: former
            ),
            let id = index.actorNames.values(for: WordTokenizer.keys(of: holder.name)).first
        else {
            // No dictionary holder: the article-wide pass may know whom the article calls by this title.
            guard !former, country == nil || country?.name == context.mainCountry?.name else { return nil }
            add(
                FoundName(
                    name: "",
                    kind: .person,
                    surface: surface(start, end),
                    range: span(start, end),
                    resolution: .role(title.joined(separator: " "))
                ),
                from: start,
                to: end
            )
            return end
        }
        add(
            FoundName(
                name: holder.name,
                kind: holder.kind,
                surface: surface(start, end),
                range: span(start, end),
                entry: id
            ),
            from: start,
            to: end
        )
        return end
    }

    private mutating func matchArmy(at i: Int) -> Int? {
        guard keys[i] == "army", i > 0 else { return nil }
        let isSubject = i + 1 < tokens.count && tokens[i + 1].isWord && isVerbLike(i + 1)
        let isAgent = i >= 2 && keys[i - 2] == "by"
        guard isSubject || isAgent else { return nil }
        if i + 1 < tokens.count, tokens[i + 1].isWord, NameWords.modifiedNouns.contains(keys[i + 1]) { return nil }
        var country: CountryEntry?
        var start = i
        if let before = countryBefore(i) {
            country = before.country
            start = before.start
        } else if keys[i - 1] == "the" {
            country = context.mainCountry
            start = i - 1
        }
        guard let country else { return nil }
        add(
            FoundName(
                name: "\(country.name) Army",
                kind: .organization,
                surface: surface(start, i + 1),
                range: span(start, i + 1)
            ),
            from: start,
            to: i + 1
        )
        return i + 1
    }

    /// "the Paris police prefecture said", "the Minsk city council": a city's own body, named by the city.
    private mutating func matchLocalBody(at i: Int) -> Int? {
        guard tokens[i].isCapitalized, i > 0, keys[i - 1] == "the",
            let match = index.placeNames.longestMatch(in: keys, from: i),
            index.places[match.values[0]].kind == .city
        else { return nil }
        var end = i + match.length
        guard !tokens[end - 1].isPossessive else { return nil }
        let wordsStart = end
        // The longest "city police prefecture" run of lowercase modifiers ending in a head.
        var headEnd: Int?
        var j = end
        while j < tokens.count, j - wordsStart < 3, tokens[j].isWord, !tokens[j].isCapitalized {
            if NameWords.localBodyHeads.contains(keys[j]) { headEnd = j + 1 }
            guard ["city", "police", "regional", "district", "municipal"].contains(keys[j]) else { break }
            j += 1
        }
        guard let headEnd else { return nil }
        end = headEnd
        // "the Almaty police spokeswoman": the body only when it acts itself.
        if keys[end - 1] == "police", !(end < tokens.count && tokens[end].isWord && isVerbLike(end)) { return nil }
        let words = (wordsStart..<end).map { tokens[$0].text.capitalizedWords }
        let name = ([index.places[match.values[0]].name] + words).joined(separator: " ")
        add(
            FoundName(name: name, kind: .organization, surface: surface(i, end), range: span(i, end)),
            from: i,
            to: end
        )
        return end
    }

    /// A seat of government stands for its state ("the Kremlin" is Russia); so does a capital that says or
    /// does something ("Moscow hoped").
    private mutating func matchMetonymy(at i: Int) -> Int? {
        guard tokens[i].isCapitalized else { return nil }
        if let seat = index.seats.longestMatch(
            in: keys,
            from: i,
            accept: { length, _ in
                (i..<(i + length)).allSatisfy { tokens[$0].isCapitalized || tokens[$0].isAttached }
            }
        ) {
            let end = i + seat.length
            // "Kremlin-backed media": a modifier, not the state acting.
            if end < tokens.count, tokens[end].isAttached { return nil }
            let country = knowledge.countries[seat.values[0]]
            add(
                FoundName(name: country.name, kind: .country, surface: surface(i, end), range: span(i, end)),
                from: i,
                to: end
            )
            return end
        }
        guard let match = index.placeNames.longestMatch(in: keys, from: i) else { return nil }
        let end = i + match.length
        let placeKey = PhraseIndex.key(keys[i..<end])
        guard let countryID = index.capitals[placeKey], end < tokens.count, tokens[end].isWord,
            NameWords.statementVerbs.contains(keys[end]), !tokens[end - 1].isPossessive
        else { return nil }
        if i > 0, NameWords.locativePrepositions.contains(keys[i - 1]) || keys[i - 1] == "from" { return nil }
        let country = knowledge.countries[countryID]
        add(
            FoundName(name: country.name, kind: .country, surface: surface(i, end), range: span(i, end)),
            from: i,
            to: end
        )
        return end
    }

    /// "Prosecutors said": the prosecutor-general's office of the article's country.
    private mutating func matchProsecutors(at i: Int) -> Int? {
        guard keys[i] == "prosecutors", i + 1 < tokens.count,
            ["said", "say", "says", "have", "had", "announced", "charged", "opened"].contains(keys[i + 1]),
            let owner = context.mainCountry
        else { return nil }
        let name = owner.prosecutor ?? "Prosecutor General's Office of \(owner.name)"
        add(
            FoundName(name: name, kind: .organization, surface: tokens[i].text, range: tokens[i].range),
            from: i,
            to: i + 1
        )
        return i + 1
    }

    // MARK: - Runs of capitalised words

    private mutating func findRuns() {
        var i = 0
        while i < tokens.count {
            guard isNameWord(i) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, !tokens[end - 1].isPossessive || continuesAfterPossessive(end) {
                if isNameWord(end) {
                    end += 1
                } else if !claimed[end], tokens[end].isWord, !tokens[end].isCapitalized,
                    NameWords.particles.contains(keys[end]) || NameWords.connectors.contains(keys[end])
                        || isInnerPreposition(end, runStart: i),
                    end + 1 < tokens.count, isNameWord(end + 1) || isJoinable(end + 1)
                {
                    end += 1
                } else {
                    break
                }
            }
            segment(i, end)
            i = end
        }
    }

    /// "on" or "in" inside an organisation's name ("Commission on Human Rights"), not before a date
    /// ("Senate in May").
    private func isInnerPreposition(_ i: Int, runStart: Int) -> Bool {
        guard keys[i] == "on" || keys[i] == "in", i + 1 < tokens.count, keys[i + 1] != "may",
            !NameWords.temporalWords.contains(keys[i + 1]),
            index.placeNames.values(for: [keys[i + 1]]).isEmpty, index.countryNames.values(for: [keys[i + 1]]).isEmpty
        else { return false }
        return (runStart..<i).contains { NameWords.organizationHeads.contains(keys[$0]) }
    }

    /// "Public Defender's Office", "Sudan People's Liberation Movement": a possessive inside a name.
    private func continuesAfterPossessive(_ i: Int) -> Bool {
        guard i > 0, i < tokens.count, NameWords.possessiveNameWords.contains(keys[i - 1]), isNameWord(i) else {
            return false
        }
        return true
    }

    private func isNameWord(_ i: Int) -> Bool {
        !claimed[i] && tokens[i].isWord
            && (tokens[i].isCapitalized
                || (tokens[i].isAttached && i > 0
                    && tokens[i - 1].isCapitalized && !tokens[i].isNumber)
                || (tokens[i].isNumber && tokens[i].isAttached))
    }

    private func isJoinable(_ i: Int) -> Bool {
        !claimed[i] && tokens[i].isWord && !tokens[i].isCapitalized
            && (NameWords.particles.contains(keys[i]) || keys[i] == "the") && i + 1 < tokens.count && isNameWord(i + 1)
    }

    private enum Piece {
        case actor(Int, Int, Int)  // start, end, entry
        case country(Int, Int, Int)
        case demonym(Int, Int, Int)
        case place(Int, Int, Int)
        case ignored(Int, Int)
        case unknown(Int, Int)

        var bounds: (Int, Int) {
            switch self {
            case .actor(let s, let e, _), .country(let s, let e, _), .demonym(let s, let e, _),
                .place(let s, let e, _):
                return (s, e)
            case .ignored(let s, let e), .unknown(let s, let e):
                return (s, e)
            }
        }
    }

    /// Splits a run at dictionary names (longest match first) and classifies the pieces.
    private mutating func segment(_ start: Int, _ end: Int) {
        if introducedAsOrganization(start, end) { return }
        var pieces: [Piece] = []
        var position = start
        var unknownStart: Int?
        func flushUnknown(_ upTo: Int) {
            if let from = unknownStart, from < upTo { pieces.append(.unknown(from, upTo)) }
            unknownStart = nil
        }
        while position < end {
            if let piece = dictionaryPiece(at: position, end: end) {
                flushUnknown(position)
                pieces.append(piece)
                position = piece.bounds.1
            } else {
                if unknownStart == nil { unknownStart = position }
                position += 1
            }
        }
        flushUnknown(end)
        // "the Georgian Dream party": the whole run names the organisation.
        if end < tokens.count, !tokens[end].isCapitalized, NameWords.organizationNounsAfter.contains(keys[end]),
            pieces.contains(where: { if case .unknown = $0 { return true } else { return false } }),
            !pieces.contains(where: { if case .actor = $0 { return true } else { return false } })
        {
            pieces = [.unknown(start, end)]
        }
        pieces = mergePieces(pieces)
        for (offset, piece) in pieces.enumerated() {
            classify(
                piece,
                previous: offset > 0 ? pieces[offset - 1] : nil,
                next: offset + 1 < pieces.count ? pieces[offset + 1] : nil
            )
        }
    }

    /// "the business lobby Atameken", "an opposition movement called Democratic Choice of Kazakhstan": a
    /// descriptor before the run makes all of it one organisation; a media descriptor makes it a source.
    private mutating func introducedAsOrganization(_ start: Int, _ end: Int) -> Bool {
        guard start > 0 else { return false }
        if (start..<end).contains(where: { keys[$0] == "and" }) { return false }
        // Walk back over "known as the", "called", quotes and commas to the descriptor:
        // 'the protest movement, known as the "Aragalaya"'.
        var j = start - 1
        var steps = 0
        while j > 0, steps < 6,
            ["the", "as", "known", "called", "named", "dubbed", ",", "\"", "\u{201C}", "'", "\u{2018}"]
                .contains(keys[j])
        {
            j -= 1
            steps += 1
        }
        guard tokens[j].isWord, !tokens[j].isCapitalized else { return false }
        if steps > 0, !(j + 1..<start).contains(where: { ["called", "named", "known", "dubbed"].contains(keys[$0]) }) {
            return false
        }
        let descriptor = keys[j]
        if NameWords.mediaDescriptors.contains(descriptor) {
            for i in start..<end { claimed[i] = true }
            return true
        }
        guard NameWords.organizationDescriptors.contains(descriptor) else { return false }
        // A place word after it ("the giant Tengiz field") makes it a place.
        if end < tokens.count, NameWords.placeWords.contains(keys[end]) { return false }
        // One dictionary name is better taken from the dictionary.
        if let match = index.actorNames.longestMatch(in: keys, from: start), start + match.length >= end {
            return false
        }
        var e = end
        while e > start, !tokens[e - 1].isCapitalized, !tokens[e - 1].isNumber { e -= 1 }
        guard e > start, !isExcluded(start, e) else { return false }
        let name = surface(start, e)
        add(FoundName(name: name, kind: .organization, surface: name, range: span(start, e)), from: start, to: e)
        claimAcronym(after: e, for: name, kind: .organization)
        return true
    }

    private func dictionaryPiece(at position: Int, end: Int) -> Piece? {
        guard tokens[position].isCapitalized else { return nil }
        // The closures below read these locals rather than `self`, which the optimiser would otherwise copy whole
        // (every array of the finder retained and released) at each call.
        let (tokens, keys, claimed, acronyms) = (tokens, keys, claimed, index.acronyms)
        func caseFits(_ length: Int) -> Bool {
            let key = PhraseIndex.key(keys[position..<(position + length)])
            if acronyms.contains(key) {
                return (position..<(position + length)).allSatisfy { tokens[$0].isAllCaps || tokens[$0].isNumber }
            }
            return true
        }
        var best: Piece?
        var bestLength = 0
        func consider(_ match: (length: Int, values: [Int])?, _ make: (Int, Int) -> Piece) {
            guard let match, match.length > bestLength else { return }
            best = make(position + match.length, match.values[0])
            bestLength = match.length
        }
        // Dictionary names may run on past the capitalised words ("UN human rights office").
        consider(
            index.actorNames.longestMatch(
                in: keys,
                from: position,
                accept: { l, _ in
                    caseFits(l) && (position..<(position + l)).allSatisfy { !claimed[$0] && tokens[$0].isWord }
                }
            )
        ) { .actor(position, $0, $1) }
        consider(index.ignored.longestMatch(in: keys, from: position, limit: end, accept: { l, _ in caseFits(l) })) {
            end,
            _ in .ignored(position, end)
        }
        consider(index.countryNames.longestMatch(in: keys, from: position, limit: end, accept: { l, _ in caseFits(l) }))
        { .country(position, $0, $1) }
        consider(index.placeNames.longestMatch(in: keys, from: position, limit: end)) { .place(position, $0, $1) }
        consider(index.demonyms.longestMatch(in: keys, from: position, limit: end)) { .demonym(position, $0, $1) }
        return best
    }

    /// Joins a country, demonym or place with an organisation head after it ("Sri Lanka" + "Army",
    /// "Minsk" + "Wheeled Tractor Plant"), and undoes a surname alias inside a longer unknown name
    /// ("Valentina" + "Correa").
    private func mergePieces(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            if case .unknown(let s, let e) = piece, let last = result.last {
                switch last {
                case .country(let ls, let le, _), .demonym(let ls, let le, _), .place(let ls, let le, _):
                    let joinsName =
                        (s..<e).contains(where: { NameWords.organizationHeads.contains(keys[$0]) })
                        && !(s..<e).contains(where: {
                            NameWords.titleHeads.contains(keys[$0]) && !NameWords.organizationHeads.contains(keys[$0])
                        })
                    // A one-word city or country that is also a given name: "Milan Đurić", "Israel Katz".
                    var isGivenName = false
                    if le - ls == 1, isPlainName(s), !tokens[ls].isPossessive,
                        !tokens[ls].isAllCaps
                    {
                        switch last {
                        case .place, .country: isGivenName = true
                        default: break
                        }
                    }
                    if le == s, joinsName || isGivenName {
                        result[result.count - 1] = .unknown(ls, e)
                        continue
                    }
                case .unknown(let ls, _):
                    result[result.count - 1] = .unknown(ls, e)
                    continue
                default: break
                }
            }
            // "Central Committee of" + "Sudanese" + "Doctors": a name word inside an organisation's name.
            if let last = result.last, case .unknown(let ls, let le) = last, le > ls,
                NameWords.connectors.contains(keys[le - 1]), keys[le - 1] != "and",
                (ls..<le).contains(where: { NameWords.organizationHeads.contains(keys[$0]) })
            {
                switch piece {
                case .country(_, let e, _), .demonym(_, let e, _), .place(_, let e, _):
                    result[result.count - 1] = .unknown(ls, e)
                    continue
                default: break
                }
            }
            if case .actor(let s, let e, let entry) = piece, e - s == 1,
                knowledge.actors[entry].kind == .person, let last = result.last, case .unknown(let ls, let le) = last,
                le == s, isPlainName(le - 1)
            {
                result[result.count - 1] = .unknown(ls, e)
                continue
            }
            // A one-word alias that is a given name here: "Amal" in "Amal Clooney".
            if case .unknown(let s, let e) = piece, let last = result.last,
                case .actor(let ls, let le, let entry) = last,
                le - ls == 1, le == s, !tokens[ls].isAllCaps, !tokens[ls].isPossessive,
                knowledge.actors[entry].name != surface(ls, le), isPlainName(s), e > s
            {
                result[result.count - 1] = .unknown(ls, e)
                continue
            }
            result.append(piece)
        }
        return result
    }

    private func titleWord(_ i: Int) -> Bool {
        NameWords.titleHeads.contains(keys[i]) || NameWords.titleModifiers.contains(keys[i])
    }

    /// A capitalised word that could be a given name: not a title, place word or common word.
    private func isPlainName(_ i: Int) -> Bool {
        tokens[i].isCapitalized && !titleWord(i) && !NameWords.notNames.contains(keys[i])
            && !NameWords.placeWords.contains(keys[i]) && !NameWords.organizationHeads.contains(keys[i])
            && !tokens[i].isAllCaps
    }

    private mutating func classify(_ piece: Piece, previous: Piece?, next: Piece?) {
        switch piece {
        case .actor(let s, let e, let entry):
            let actor = knowledge.actors[entry]
            if actor.kind == .person, s > 0, keys[s - 1] == "the" { return }  // "the Pinochet dictatorship"
            if actor.kind != .person, isModifierOrVenue(s) { return }
            if isExcluded(s, e) { return }
            add(
                FoundName(name: actor.name, kind: actor.kind, surface: surface(s, e), range: span(s, e), entry: entry),
                from: s,
                to: e
            )
            claimAcronym(after: e, for: actor.name, kind: actor.kind)
        case .country(let s, let e, let id):
            if isCountryActor(s, e), !isModifierOrVenue(s) {
                let country = knowledge.countries[id]
                if country.name == context.mainCountry?.name { return }
                add(
                    FoundName(name: country.name, kind: .country, surface: surface(s, e), range: span(s, e)),
                    from: s,
                    to: e
                )
            }
        case .demonym, .place, .ignored:
            return
        case .unknown(let s, let e):
            classifyUnknown(s, e, previous: previous)
        }
    }

    /// "a European Union summit" uses the name as a modifier; "at the United Nations" as a venue.
    private func isModifierOrVenue(_ s: Int) -> Bool {
        guard s > 0 else { return false }
        if keys[s - 1] == "a" || keys[s - 1] == "an" { return true }
        return s > 1 && keys[s - 1] == "the" && keys[s - 2] == "at"
    }

    /// A word that can follow a subject: a past form, an auxiliary, a present "-s" form.
    private func isVerbLike(_ i: Int) -> Bool {
        let key = keys[i]
        return NameWords.verbLike.contains(key) || NameWords.statementVerbs.contains(key) || key.hasSuffix("ed")
            || (key.hasSuffix("s") && !key.hasSuffix("ss") && key.count > 3)
    }

    /// A country is an actor when it does or suffers something, not when it is where something happens
    /// ("in Kazakhstan"), whose something is ("Russia's ministry") or what describes a title ("U.S. Secretary").
    private func isCountryActor(_ s: Int, _ e: Int) -> Bool {
        if tokens[e - 1].isPossessive { return false }
        if e < tokens.count, tokens[e].isWord, tokens[e].isCapitalized { return false }
        if e < tokens.count, tokens[e].isWord, !tokens[e].isCapitalized,
            NameWords.organizationHeads.contains(keys[e]) || NameWords.modifiedNouns.contains(keys[e])
                || ["-led", "led", "backed", "based"].contains(keys[e])
        {
            return false
        }
        if e < tokens.count, tokens[e].isAttached { return false }  // "Russian-led", "Bogotá-based"
        if e < tokens.count, !tokens[e].isCapitalized,
            NameWords.roleNouns.contains(keys[e]) || NameWords.titleHeads.contains(keys[e])
        {
            return false  // "the U.S. ambassador"
        }
        // Walk back over a list ("Russia, Belarus and Armenia") to the word that governs it.
        var j = s - 1
        if j >= 0, keys[j] == "the" { j -= 1 }
        while j >= 0, keys[j] == "," || keys[j] == "and" || keys[j] == "or" {
            j -= 1
            while j >= 0, tokens[j].isWord, tokens[j].isCapitalized { j -= 1 }
            if j >= 0, keys[j] == "the" { j -= 1 }
        }
        guard j >= 0 else { return true }
        let governor = keys[j]
        if governor == "from" {
            return (max(0, j - 3)..<j).contains { NameWords.contingentNouns.contains(keys[$0]) }
        }
        if !tokens[j].isWord, governor != "," { return false }  // a heading, a quote: "known as "Colombia""
        return !NameWords.locativePrepositions.contains(governor)
    }

    private mutating func classifyUnknown(_ start: Int, _ end: Int, previous: Piece?) {
        var s = start
        var e = end
        // Trim connectors and particles at the edges.
        while s < e, !tokens[s].isCapitalized { s += 1 }
        while e > s, !tokens[e - 1].isCapitalized, !tokens[e - 1].isNumber { e -= 1 }
        // Trailing days and months are not part of a name ("said Jane Roe Thursday").
        while e > s + 1, NameWords.temporalWords.contains(keys[e - 1]) {
            e -= 1
        }
        guard s < e else { return }
        if isExcluded(s, e) { return }
        // "the ruling Georgian Dream party": a lowercase organisation noun after the name.
        if e == end, e < tokens.count, NameWords.organizationNounsAfter.contains(keys[e]), !tokens[e].isCapitalized,
            (s..<e).contains(where: { isPlainName($0) }), !isModifierOrVenue(s)
        {
            let name = surface(s, e)
            add(FoundName(name: name, kind: .organization, surface: name, range: span(s, e)), from: s, to: e)
            return
        }
        // "Hezbollah and Amal", "Élysée Palace and Buckingham Palace": split at "and" unless the part after
        // is a short tail of one organisation name ("Forces for Freedom and Change").
        if let and = (s..<e).first(where: { keys[$0] == "and" }) {
            let tail = (and + 1)..<e
            let headBefore = (s..<and).contains { NameWords.organizationHeads.contains(keys[$0]) }
            let headAfter = tail.contains { NameWords.organizationHeads.contains(keys[$0]) }
            if !(headBefore && !headAfter && tail.count <= 2) {
                classifyUnknown(s, and, previous: previous)
                classifyUnknown(and + 1, e, previous: nil)
                return
            }
        }
        // "Galym Orazbayev of Adilet Watch": "of" after a plain name joins two names, not one organisation.
        if let of = (s..<e).first(where: { keys[$0] == "of" || keys[$0] == "for" }), of > s,
            !(s..<of).contains(where: { NameWords.organizationHeads.contains(keys[$0]) }),
            !titleWord(of - 1) || !(s..<of).contains(where: { titleWord($0) })
        {
            classifyUnknown(s, of, previous: previous)
            classifyUnknown(of + 1, e, previous: nil)
            return
        }
        // Organisation by its head word: "Minsk Wheeled Tractor Plant", "Central Committee of Sudanese Doctors".
        if let org = organizationName(s, e) {
            // "at the University of Novi Sad", "at the Élysée Palace": a venue, not an actor.
            if isModifierOrVenue(org.start),
                (org.start..<e).contains(where: { NameWords.venueHeads.contains(keys[$0]) })
            {
                return
            }
            add(
                FoundName(name: org.name, kind: .organization, surface: org.name, range: span(org.start, e)),
                from: org.start,
                to: e
            )
            claimAcronym(after: e, for: org.name, kind: .organization)
            return
        }
        // Titles before a name: "Colonel General", "Secretary of State", "Prime Minister".
        var nameStart = s
        var titled = false
        while nameStart < e, titleWord(nameStart) || (!tokens[nameStart].isCapitalized && titled) {
            if NameWords.titleHeads.contains(keys[nameStart]) { titled = true }
            nameStart += 1
        }
        if !titled { nameStart = s }
        if s > 0, NameWords.roleNouns.contains(keys[s - 1]) { titled = true }
        // "Mr. Smith", "Gen. Waker": the abbreviation's dot ends the run before the name.
        if s > 1, keys[s - 1] == ".", NameWords.titleHeads.contains(keys[s - 2]), tokens[s - 2].isCapitalized {
            titled = true
        }
        guard nameStart < e else { return }
        // Words that start sentences or headings are not names ("The", "In", "Old").
        while nameStart < e, !titled, NameWords.notNames.contains(keys[nameStart]) || !tokens[nameStart].isCapitalized {
            nameStart += 1
        }
        guard nameStart < e else { return }
        let nameTokens = nameStart..<e
        if nameTokens.count == 1 {
            classifySingle(nameStart, titled: titled, sentenceStart: s)
            return
        }
        guard isPersonName(nameTokens) else { return }
        // A heading or footer line made only of capitalised words ("Morning Briefing Digest").
        if !titled, start == 0, e == tokens.count || (e + 1 == tokens.count && !tokens[e].isWord) { return }
        if nameStart > 0, keys[nameStart - 1] == "the", !titled { return }
        if nameStart > 0, NameWords.reporterNouns.contains(keys[nameStart - 1]) { return }
        // At the start of a sentence a name should be the subject: "Riad al-Solh right now" is a place.
        if !titled, nameStart == 0, e < tokens.count, tokens[e].isWord, !tokens[e].isCapitalized,
            !isVerbLike(e)
        {
            return
        }
        let name = surface(nameStart, e)
        var found = FoundName(name: name, kind: .person, surface: name, range: span(nameStart, e), isFullName: true)
        found.title = officeTitle(s, nameStart)
        add(found, from: nameStart, to: e)
    }

    /// The office a title phrase names, when it is one a bare role phrase can refer to: "Prime Minister" →
    /// "prime minister"; "Deputy Prime Minister" and "former President" name none.
    private func officeTitle(_ start: Int, _ end: Int) -> String? {
        let words = Array(keys[start..<end])
        if words.contains(where: { ["former", "deputy", "vice", "acting", "first", "ex"].contains($0) }) { return nil }
        for title in NameWords.roleTitles where words.count >= title.count && Array(words.suffix(title.count)) == title
        {
            return title.joined(separator: " ")
        }
        return nil
    }

    /// The organisation a piece names by its head word, with where the name starts.
    private func organizationName(_ s: Int, _ e: Int) -> (name: String, start: Int)? {
        var start = s
        while start < e,
            [
                "the", "a", "an", "in", "on", "at", "by", "but", "and", "when", "after", "as", "its",
                "their", "his", "her", "our", "for", "from", "with",
            ].contains(keys[start])
        {
            start += 1
        }
        guard start < e else { return nil }
        let heads = (start..<e).filter { NameWords.organizationHeads.contains(keys[$0]) }
        guard let lastHead = heads.last else { return nil }
        // A lone generic head ("Police", "Parliament") names nothing in particular.
        if e - start == 1, NameWords.genericHeads.contains(keys[start]) { return nil }
        if (start..<e).allSatisfy({ NameWords.genericHeads.contains(keys[$0]) || titleWord($0) }) { return nil }
        // "Palace of Versailles" is a place; "Élysée Palace" an institution.
        if keys[lastHead] == "palace", lastHead + 1 < e, keys[lastHead + 1] == "of" { return nil }
        // Titles ending in a head ("Army chief General X") are people, handled by the caller.
        if (lastHead + 1..<e).contains(where: { NameWords.titleHeads.contains(keys[$0]) }) { return nil }
        if lastHead < e - 1, (lastHead + 1..<e).allSatisfy({ isPlainName($0) }), e - lastHead - 1 >= 2 {
            return nil
        }
        return (surface(start, e), start)
    }

    private func isPersonName(_ range: Range<Int>) -> Bool {
        guard range.count <= 5, !NameWords.particles.contains(keys[range.lowerBound]) else { return false }
        var names = 0
        for i in range {
            let token = tokens[i]
            if !token.isCapitalized {
                guard NameWords.particles.contains(keys[i]) else { return false }
                continue
            }
            if token.isNumber || token.text.unicodeScalars.contains(where: { $0.properties.numericType != nil }) {
                return false
            }
            if token.isAllCaps, !token.text.contains(".") { return false }
            if NameWords.placeWords.contains(keys[i]) || NameWords.organizationHeads.contains(keys[i])
                || NameWords.nonNameWords.contains(keys[i])
            {
                return false
            }
            if i == range.lowerBound, NameWords.notNames.contains(keys[i]) { return false }
            if index.demonyms.values(for: [keys[i]]).first != nil { return false }
            names += 1
        }
        if names < 2 { return false }
        // All places or countries ("Novi Sad" is found by the dictionary; this catches "Central Asia" pairs).
        if range.allSatisfy({ index.placeNames.values(for: [keys[$0]]).first != nil }) { return false }
        return true
    }

    /// A single capitalised word: an organisation by its descriptor ("the company Enel"), an abbreviation, or
    /// a possible surname for the article-wide pass.
    private mutating func classifySingle(_ i: Int, titled: Bool, sentenceStart: Int) {
        let token = tokens[i]
        if keys[i].hasSuffix("s"), NameWords.organizationHeads.contains(String(keys[i].dropLast())) { return }
        if NameWords.notNames.contains(keys[i]) || NameWords.placeWords.contains(keys[i])
            || NameWords.organizationHeads.contains(keys[i]) || titleWord(i)
        {
            return
        }
        if index.placeNames.values(for: [keys[i]]).first != nil { return }
        let before = i > 0 ? keys[i - 1] : ""
        if NameWords.mediaDescriptors.contains(before) || NameWords.reporterNouns.contains(before) { return }
        if context.excludedNames.contains(keys[i]) { return }
        let after = i + 1 < tokens.count ? keys[i + 1] : ""
        let describedBefore =
            NameWords.organizationDescriptors.contains(before)
            && !(NameWords.placeWords.contains(after))
        let describedAfter = describedAsOrganization(after: i + 1)
        if describedBefore || describedAfter {
            add(
                FoundName(name: token.text, kind: .organization, surface: token.text, range: token.range),
                from: i,
                to: i + 1
            )
            claimAcronym(after: i + 1, for: token.text, kind: .organization)
            return
        }
        // "Metro president Louis de Grange", "CONAIE president": the word names the body the person leads.
        if !titled, NameWords.leaderNouns.contains(after), i + 1 < tokens.count, !tokens[i + 1].isCapitalized,
            !tokens[i].isAllCaps || !index.acronyms.contains(keys[i])
        {
            add(
                FoundName(name: token.text, kind: .organization, surface: token.text, range: token.range),
                from: i,
                to: i + 1
            )
            return
        }
        if token.isAllCaps, token.text.unicodeScalars.count <= 6 {
            var found = FoundName(
                name: token.text,
                kind: .organization,
                surface: token.text,
                range: token.range,
                resolution: .acronym
            )
            if NameWords.acronymFollowers.contains(after) || describedBefore { found.resolution = .resolved }
            add(found, from: i, to: i + 1)
            return
        }
        guard token.isCapitalized, !token.isAllCaps else { return }
        if i > 0, keys[i - 1] == "the", !titled { return }
        add(
            FoundName(
                name: token.text,
                kind: .person,
                surface: token.text,
                range: token.range,
                resolution: .surname,
                isTitled: titled && !NameWords.notNames.contains(keys[i]) && i > 0
                    && (tokens[i - 1].isWord && (titleWord(i - 1) || NameWords.roleNouns.contains(keys[i - 1]))
                        && !NameWords.connectors.contains(keys[i - 1])
                        || i > 1 && keys[i - 1] == "." && NameWords.titleHeads.contains(keys[i - 2]))
            ),
            from: i,
            to: i + 1
        )
    }

    /// ", a Bogotá-based group", ", which monitors ...", ", the national chamber of entrepreneurs".
    private func describedAsOrganization(after position: Int) -> Bool {
        guard position < tokens.count, keys[position] == "," else { return false }
        var j = position + 1
        if j < tokens.count, keys[j] == "which" { return true }
        var steps = 0
        while j < tokens.count, steps < 6, tokens[j].isWord || tokens[j].isAttached {
            if NameWords.organizationDescriptors.contains(keys[j]) { return true }
            if NameWords.placeWords.contains(keys[j]) || NameWords.roleNouns.contains(keys[j])
                || NameWords.mediaDescriptors.contains(keys[j])
            {
                return false
            }
            j += 1
            steps += 1
        }
        return false
    }

    /// "National Security Committee (KNB)": remembers the abbreviation and claims it.
    private mutating func claimAcronym(after end: Int, for name: String, kind: ActorKind) {
        guard end + 2 < tokens.count, keys[end] == "(", tokens[end + 1].isAllCaps, keys[end + 2] == ")" else { return }
        if let last = found.lastIndex(where: { $0.name.name == name }) {
            found[last].name.acronym = tokens[end + 1].text
        }
        add(
            FoundName(name: name, kind: kind, surface: tokens[end + 1].text, range: tokens[end + 1].range),
            from: end + 1,
            to: end + 2
        )
    }

    private func isExcluded(_ s: Int, _ e: Int) -> Bool {
        if context.excludedNames.contains(PhraseIndex.key(keys[s..<e])) { return true }
        // A name followed by "(@handle)" is a post's author.
        if e + 1 < tokens.count, keys[e] == "(", keys[e + 1] == "@" { return true }
        return false
    }

    // MARK: - Helpers

    private mutating func add(_ name: FoundName, from start: Int, to end: Int) {
        for i in start..<end { claimed[i] = true }
        found.append((start, name))
    }

    private func span(_ start: Int, _ end: Int) -> Range<Int> {
        tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound
    }

    /// The words as written, without a final possessive.
    private func surface(_ start: Int, _ end: Int) -> String {
        let lower = tokens[start].range.lowerBound
        var upper = tokens[end - 1].range.upperBound
        if tokens[end - 1].isPossessive {
            upper = tokens[end - 1].range.lowerBound + tokens[end - 1].text.unicodeScalars.count
        }
        return ScalarText.string(scalars[lower..<upper])
    }
}
