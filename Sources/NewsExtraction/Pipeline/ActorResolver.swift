/// The actors of a whole document and, for each sentence, the actor mentions in it.
struct ActorAnalysis: Sendable {
    var actors: [Actor]
    /// One list per sentence, in the order of the sentences given to `ActorResolver.analyze`.
    var mentions: [[ActorMention]]
    /// The country the article is mostly about ("Kazakhstan"), inferred from the dateline, the title and
    /// the places, countries and demonyms of the text; nil when the text names none. "The government" and
    /// "the interior ministry" are taken to be this country's, and it is a good default location.
    var mainCountry: String? = nil
    /// The places of each sentence (`PlaceTagger`), in the order of the sentences: tagged once here for the main
    /// country and kept so that the pipeline does not tag them again.
    var places: [[PlaceMention]] = []
}

/// Finds actors: dictionary names and aliases, roles resolved by date, unknown titled names, speakers and
/// organisations, and surname-only coreference.
///
/// For example:
/// ```swift
/// let analysis = ActorResolver(knowledge: .builtIn).analyze(document, sentences: sentences)
/// analysis.actors.map(\.name)  // ["Kassym-Jomart Tokayev", "Government of Kazakhstan", ...]
/// ```
///
/// Each sentence is scanned once by `NameFinder`; then one pass over the whole article resolves surnames to
/// the full names the article gives ("Tokayev" → "Kassym-Jomart Tokayev", even before the full name appears),
/// "the ministry" to the last ministry named, and abbreviations to the names the article defines for them.
/// Bylines, embedded-post authors and handles, and outlets cited as sources are left out.
struct ActorResolver: Sendable {
    var knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    func analyze(_ document: Document, sentences: [Sentence]) -> ActorAnalysis {
        // Each sentence is split into scalars and tokens once, for the place tagger and the name finder.
        let scalars = sentences.map { Array($0.text.unicodeScalars) }
        let tokens = scalars.map { WordTokenizer.tokens(in: $0) }
        let tagger = PlaceTagger(knowledge: knowledge)
        let places = zip(scalars, tokens).map { tagger.mentions(in: $0, tokens: $1) }
        let main = mainCountry(of: document, places: places, demonyms: tokens.map { tagger.demonyms(tokens: $0) })
        let mainEntry = main.flatMap { knowledge.country(named: $0) }
        let excluded = excludedNames(of: document)
        var perSentence: [[FoundName]] = []
        for (offset, sentence) in sentences.enumerated() {
            let context = NameContext(
                knowledge: knowledge,
                mainCountry: mainEntry,
                day: anchorDay(of: sentence, in: document),
                excludedNames: excluded,
                skippedRanges: skippedRanges(of: sentence, in: document)
            )
            perSentence.append(NameFinder.names(in: scalars[offset], tokens: tokens[offset], context: context))
        }
        var analysis = resolve(perSentence, document: document, mainCountry: main)
        analysis.places = places
        return analysis
    }

    /// The country the document is mostly about: the dateline counts most, then the title, then every place,
    /// country and demonym of the text (given per sentence, as the place tagger found them).
    func mainCountry(
        of document: Document,
        places sentencePlaces: [[PlaceMention]],
        demonyms sentenceDemonyms: [[(country: String, range: Range<Int>)]]
    ) -> String? {
        var scores: [String: Double] = [:]
        let places = PlaceTagger(knowledge: knowledge)
        func count(_ mentions: [PlaceMention], _ demonyms: [(country: String, range: Range<Int>)], weight: Double) {
            for mention in mentions {
                guard let country = mention.country else { continue }
                scores[country, default: 0] += weight * (mention.kind == .country ? 1.5 : 2)
            }
            for (country, _) in demonyms {
                scores[country, default: 0] += weight
            }
        }
        func count(_ text: String, weight: Double) {
            count(places.mentions(in: text), places.demonyms(in: text), weight: weight)
        }
        if let dateline = document.dateline {
            for mention in places.mentions(in: dateline.place.capitalizedWords) {
                if let country = mention.country { scores[country, default: 0] += 6 }
            }
            if let range = dateline.range {
                let scalars = Array(document.text.unicodeScalars)
                if range.upperBound <= scalars.count {
                    count(String(String.UnicodeScalarView(scalars[range])), weight: 3)
                }
            }
        }
        if let title = document.metadata.title { count(title, weight: 2) }
        for (offset, (mentions, demonyms)) in zip(sentencePlaces, sentenceDemonyms).enumerated() {
            count(mentions, demonyms, weight: offset < 3 ? 1.5 : 1)
        }
        return scores.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
    }

    // MARK: - Article context

    private func anchorDay(of sentence: Sentence, in document: Document) -> Day? {
        if document.passages.indices.contains(sentence.passage), let anchor = document.passages[sentence.passage].anchor
        {
            return anchor
        }
        return document.metadata.published ?? document.dateline?.day
    }

    /// Names that are never actors in this document: the byline and embedded posts' authors and handles.
    private func excludedNames(of document: Document) -> Set<String> {
        var names: [String] = []
        if let author = document.metadata.author {
            var parts = [author]
            for separator in [",", " and ", "&", "\u{00B7}", ";", "|"] {
                parts = parts.flatMap { $0.split(separator: separator).map(String.init) }
            }
            names += parts
        }
        for passage in document.passages {
            if let author = passage.author { names.append(author) }
            if let handle = passage.handle { names.append(handle) }
        }
        if let agency = document.dateline?.agency { names.append(agency) }
        return Set(
            names.map { WordTokenizer.keys(of: $0).joined(separator: " ") }.filter { !$0.isEmpty && $0 != "staff" }
        )
    }

    private func skippedRanges(of sentence: Sentence, in document: Document) -> [Range<Int>] {
        guard let range = document.dateline?.range, range.overlaps(sentence.start..<sentence.end) else { return [] }
        return [(range.lowerBound - sentence.start)..<(range.upperBound - sentence.start)]
    }

    // MARK: - Article-wide resolution

    private func resolve(_ perSentence: [[FoundName]], document: Document, mainCountry: String?) -> ActorAnalysis {
        // Full names of people, keyed by surname (last word, and last two words for "López Obrador").
        var bySurname: [String: [String]] = [:]
        var acronyms: [String: (String, ActorKind)] = [:]
        var givenNames: [String: [String]] = [:]
        // Titles the article itself gives unknown people ("President Tomas Varga"), in order.
        var titled: [(sentence: Int, title: String, name: String)] = []
        for (offset, sentence) in perSentence.enumerated() {
            for found in sentence { if let title = found.title { titled.append((offset, title, found.name)) } }
        }
        for found in perSentence.joined() {
            if let acronym = found.acronym { acronyms[acronym] = (found.name, found.kind) }
            guard found.kind == .person, found.resolution == .resolved else { continue }
            let keys = WordTokenizer.keys(of: found.name)
            guard keys.count >= 2 else { continue }
            var surnames = [keys[keys.count - 1], keys[(keys.count - 2)...].joined(separator: " ")]
            if let entry = found.entry {
                surnames += knowledge.actors[entry].aliases.map { WordTokenizer.keys(of: $0).joined(separator: " ") }
            }
            for surname in surnames where !(bySurname[surname]?.contains(found.name) ?? false) {
                bySurname[surname, default: []].append(found.name)
            }
            // Given names too, for a titled mention of one ("President Vladimir", cut by a parenthesis).
            for given in keys.dropLast() where given.count > 2 {
                givenNames[given, default: []].append(found.name)
            }
        }
        var lastSeen: [String: Int] = [:]
        var lastMinistry: String?
        var order: [String] = []
        var actors: [String: Actor] = [:]
        var mentions: [[ActorMention]] = []
        let day = document.metadata.published ?? document.dateline?.day
        for (offset, sentence) in perSentence.enumerated() {
            var list: [ActorMention] = []
            for found in sentence {
                var name = found.name
                var kind = found.kind
                switch found.resolution {
                case .resolved:
                    // An abbreviation the article defines elsewhere ("the INDH's director").
                    if found.name == found.surface, let defined = acronyms[found.surface], defined.0 != found.name {
                        (name, kind) = defined
                    }
                case .surname:
                    let key = WordTokenizer.normalizedKey(found.surface)
                    if let candidates = bySurname[key], !candidates.isEmpty {
                        name = candidates.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) } ?? candidates[0]
                        kind = .person
                    } else if let defined = acronyms[found.surface] {
                        (name, kind) = defined
                    } else if found.isTitled, let candidates = givenNames[key], candidates.count == 1 {
                        name = candidates[0]
                    } else if !found.isTitled {
                        continue
                    }
                case .acronym:
                    guard let defined = acronyms[found.surface] else { continue }
                    (name, kind) = defined
                case .role(let title):
                    // The last person the article gave this title before here, else the first after.
                    let holders = titled.filter { $0.title == title }
                    guard let holder = holders.last(where: { $0.sentence <= offset }) ?? holders.first else { continue }
                    name = holder.name
                case .latestMinistry:
                    guard let ministry = lastMinistry else { continue }
                    name = ministry
                }
                if name.hasSuffix(" Ministry") { lastMinistry = name }
                lastSeen[name] = offset
                list.append(ActorMention(name: name, kind: kind, surface: found.surface, range: found.range))
                if var actor = actors[name] {
                    if !actor.mentions.contains(where: { $0.lowercased() == found.surface.lowercased() }) {
                        actor.mentions.append(found.surface)
                    }
                    actors[name] = actor
                } else {
                    var actor = Actor(name: name, kind: kind, mentions: [found.surface])
                    if let entry = found.entry
                        ?? knowledge.index.actorNames.values(for: WordTokenizer.keys(of: name))
                        .first(where: { knowledge.actors[$0].name == name })
                    {
                        actor.aliases = knowledge.actors[entry].aliases
                        actor.roles = knowledge.roles(of: knowledge.actors[entry], on: day)
                    }
                    actors[name] = actor
                    order.append(name)
                }
            }
            mentions.append(list)
        }
        // States first: a ministry mentioned as "Russia's defence ministry" must not stand in for Russia.
        let ordered = order.compactMap { actors[$0] }
        // Then governments: "Government of Sudan" is the best stand-in for the state the article is about.
        let states = ordered.filter { $0.kind == .country }
        let governments = ordered.filter { $0.kind != .country && $0.name.hasPrefix("Government of ") }
        return ActorAnalysis(
            actors: states + governments
                + ordered.filter { $0.kind != .country && !$0.name.hasPrefix("Government of ") },
            mentions: mentions,
            mainCountry: mainCountry
        )
    }
}
