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
/// The stages follow the article-wide facts they need. The places of every sentence give the main country
/// (`CountryScores`); `NameFinder` then scans each sentence with it, and the names of the whole article give its
/// surnames, abbreviations and titles (`NameTables`); last, `Resolution` goes through the sentences in text
/// order and resolves surnames to the full names the article gives ("Tokayev" → "Kassym-Jomart Tokayev", even
/// before the full name appears), "the ministry" to the last ministry named, and abbreviations to the names the
/// article defines for them. Each stage can take the sentences one at a time, so that `NewsExtractor` keeps
/// only these tables for a long article, not every sentence's tokens and names. Bylines, embedded-post authors
/// and handles, and outlets cited as sources are left out.
struct ActorResolver: Sendable {
    var knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    /// The analysis of sentences held in memory: the same stages `NewsExtractor` runs over a document's
    /// sentences a passage at a time, each sentence split into scalars and tokens once.
    func analyze(_ document: Document, sentences: [Sentence]) -> ActorAnalysis {
        let scalars = sentences.map { Array($0.text.unicodeScalars) }
        let tokens = scalars.map { WordTokenizer.tokens(in: $0) }
        let tagger = PlaceTagger(knowledge: knowledge)
        let places = zip(scalars, tokens).map { tagger.mentions(in: $0, tokens: $1) }
        var countries = countryScores(of: document)
        for (offset, (mentions, tokens)) in zip(places, tokens).enumerated() {
            countries.count(mentions, tagger.demonyms(tokens: tokens), sentence: offset)
        }
        let finder = nameFinder(for: document, mainCountry: countries.best)
        let found = sentences.indices.map { finder.names(in: sentences[$0], scalars: scalars[$0], tokens: tokens[$0]) }
        var names = NameTables()
        for (offset, sentence) in found.enumerated() { names.add(sentence, sentence: offset, knowledge: knowledge) }
        var resolution = resolution(of: document, names: names)
        let mentions = found.enumerated().map { resolution.mentions(of: $1, sentence: $0) }
        return ActorAnalysis(
            actors: resolution.actors,
            mentions: mentions,
            mainCountry: countries.best,
            places: places
        )
    }

    /// The scores of the countries a document may be about, counted so far: the dateline counts most, then the
    /// title, then every place, country and demonym of the text, added a sentence at a time in text order.
    struct CountryScores: Sendable {
        private var scores: [String: Double] = [:]

        mutating func count(
            _ mentions: [PlaceMention],
            _ demonyms: [(country: String, range: Range<Int>)],
            weight: Double
        ) {
            for mention in mentions {
                guard let country = mention.country else { continue }
                scores[country, default: 0] += weight * (mention.kind == .country ? 1.5 : 2)
            }
            for (country, _) in demonyms {
                scores[country, default: 0] += weight
            }
        }

        /// Counts the places and demonyms of the sentence at `offset`; the first three (the lead) weigh more.
        mutating func count(
            _ mentions: [PlaceMention],
            _ demonyms: [(country: String, range: Range<Int>)],
            sentence offset: Int
        ) {
            count(mentions, demonyms, weight: offset < 3 ? 1.5 : 1)
        }

        mutating func add(_ country: String, weight: Double) {
            scores[country, default: 0] += weight
        }

        /// The country the document is mostly about, nil when it names none.
        var best: String? {
            scores.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        }
    }

    /// The country scores of a document's dateline and title, before any sentence is counted.
    func countryScores(of document: Document) -> CountryScores {
        var scores = CountryScores()
        let places = PlaceTagger(knowledge: knowledge)
        func count(_ text: String, weight: Double) {
            scores.count(places.mentions(in: text), places.demonyms(in: text), weight: weight)
        }
        if let dateline = document.dateline {
            for mention in places.mentions(in: dateline.place.capitalizedWords) {
                if let country = mention.country { scores.add(country, weight: 6) }
            }
            if let range = dateline.range {
                // The dateline opens the text: only the scalars up to its end are decoded.
                let scalars = Array(document.text.unicodeScalars.prefix(range.upperBound))
                if range.upperBound <= scalars.count {
                    count(String(String.UnicodeScalarView(scalars[range])), weight: 3)
                }
            }
        }
        if let title = document.metadata.title { count(title, weight: 2) }
        return scores
    }

    /// The name finder for a document's sentences, once its main country is known.
    func nameFinder(for document: Document, mainCountry: String?) -> DocumentNames {
        DocumentNames(
            resolver: self,
            document: document,
            mainCountry: mainCountry.flatMap { knowledge.country(named: $0) },
            excluded: excludedNames(of: document)
        )
    }

    /// Finds the names of each sentence of one document (`NameFinder`), with the document's context.
    struct DocumentNames: Sendable {
        let resolver: ActorResolver
        let document: Document
        let mainCountry: CountryEntry?
        let excluded: Set<String>

        func names(in sentence: Sentence, scalars: [Unicode.Scalar], tokens: [WordToken]) -> [FoundName] {
            let context = NameContext(
                knowledge: resolver.knowledge,
                mainCountry: mainCountry,
                day: resolver.anchorDay(of: sentence, in: document),
                excludedNames: excluded,
                skippedRanges: resolver.skippedRanges(of: sentence, in: document)
            )
            return NameFinder.names(in: scalars, tokens: tokens, context: context)
        }
    }

    // MARK: - Article context

    fileprivate func anchorDay(of sentence: Sentence, in document: Document) -> Day? {
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

    fileprivate func skippedRanges(of sentence: Sentence, in document: Document) -> [Range<Int>] {
        guard let range = document.dateline?.range, range.overlaps(sentence.start..<sentence.end) else { return [] }
        return [(range.lowerBound - sentence.start)..<(range.upperBound - sentence.start)]
    }

    // MARK: - Article-wide resolution

    /// What the whole article says about its names, gathered a sentence at a time before any mention is
    /// resolved: surnames and given names of full names, the abbreviations it defines, the titles it gives.
    struct NameTables: Sendable {
        /// Full names of people, keyed by surname (last word, and last two words for "López Obrador").
        fileprivate var bySurname: [String: [String]] = [:]
        fileprivate var acronyms: [String: (String, ActorKind)] = [:]
        /// Full names by given name; only whether there is one or more matters, so at most two are kept.
        fileprivate var givenNames: [String: [String]] = [:]
        /// Titles the article itself gives unknown people ("President Tomas Varga"): for each title, the holders
        /// in text order with their sentence. A holder named again right after is left out: the last holder at
        /// or before a sentence is the same either way.
        fileprivate var titled: [String: [(sentence: Int, name: String)]] = [:]

        mutating func add(_ names: [FoundName], sentence offset: Int, knowledge: Knowledge) {
            for found in names {
                if let title = found.title, titled[title]?.last?.name != found.name {
                    titled[title, default: []].append((offset, found.name))
                }
            }
            for found in names {
                if let acronym = found.acronym { acronyms[acronym] = (found.name, found.kind) }
                guard found.kind == .person, found.resolution == .resolved else { continue }
                let keys = WordTokenizer.keys(of: found.name)
                guard keys.count >= 2 else { continue }
                var surnames = [keys[keys.count - 1], keys[(keys.count - 2)...].joined(separator: " ")]
                if let entry = found.entry {
                    surnames += knowledge.actors[entry].aliases.map {
                        WordTokenizer.keys(of: $0).joined(separator: " ")
                    }
                }
                for surname in surnames where !(bySurname[surname]?.contains(found.name) ?? false) {
                    bySurname[surname, default: []].append(found.name)
                }
                // Given names too, for a titled mention of one ("President Vladimir", cut by a parenthesis).
                for given in keys.dropLast() where given.count > 2 && givenNames[given, default: []].count < 2 {
                    givenNames[given, default: []].append(found.name)
                }
            }
        }
    }

    /// The resolution of a document's mentions, with the names the article gives in `names`.
    func resolution(of document: Document, names: NameTables) -> Resolution {
        Resolution(knowledge: knowledge, names: names, day: document.metadata.published ?? document.dateline?.day)
    }

    /// Resolves each sentence's names in text order, and collects the article's actors.
    struct Resolution: Sendable {
        let knowledge: Knowledge
        let names: NameTables
        let day: Day?
        private var lastSeen: [String: Int] = [:]
        private var lastMinistry: String?
        private var order: [String] = []
        private var found: [String: Actor] = [:]

        fileprivate init(knowledge: Knowledge, names: NameTables, day: Day?) {
            self.knowledge = knowledge
            self.names = names
            self.day = day
        }

        /// The actor mentions of the sentence at `offset`, given its names; sentences come in text order.
        mutating func mentions(of sentence: [FoundName], sentence offset: Int) -> [ActorMention] {
            var list: [ActorMention] = []
            for found in sentence {
                var name = found.name
                var kind = found.kind
                switch found.resolution {
                case .resolved:
                    // An abbreviation the article defines elsewhere ("the INDH's director").
                    if found.name == found.surface, let defined = names.acronyms[found.surface],
                        defined.0 != found.name
                    {
                        (name, kind) = defined
                    }
                case .surname:
                    let key = WordTokenizer.normalizedKey(found.surface)
                    if let candidates = names.bySurname[key], !candidates.isEmpty {
                        name = candidates.max { (lastSeen[$0] ?? -1) < (lastSeen[$1] ?? -1) } ?? candidates[0]
                        kind = .person
                    } else if let defined = names.acronyms[found.surface] {
                        (name, kind) = defined
                    } else if found.isTitled, let candidates = names.givenNames[key], candidates.count == 1 {
                        name = candidates[0]
                    } else if !found.isTitled {
                        continue
                    }
                case .acronym:
                    guard let defined = names.acronyms[found.surface] else { continue }
                    (name, kind) = defined
                case .role(let title):
                    // The last person the article gave this title before here, else the first after.
                    let holders = names.titled[title] ?? []
                    guard let holder = holders.last(where: { $0.sentence <= offset }) ?? holders.first else {
                        continue
                    }
                    name = holder.name
                case .latestMinistry:
                    guard let ministry = lastMinistry else { continue }
                    name = ministry
                }
                if name.hasSuffix(" Ministry") { lastMinistry = name }
                lastSeen[name] = offset
                list.append(ActorMention(name: name, kind: kind, surface: found.surface, range: found.range))
                if var actor = self.found[name] {
                    if !actor.mentions.contains(where: { $0.lowercased() == found.surface.lowercased() }) {
                        actor.mentions.append(found.surface)
                    }
                    self.found[name] = actor
                } else {
                    var actor = Actor(name: name, kind: kind, mentions: [found.surface])
                    if let entry = found.entry
                        ?? knowledge.index.actorNames.values(for: WordTokenizer.keys(of: name))
                        .first(where: { knowledge.actors[$0].name == name })
                    {
                        actor.aliases = knowledge.actors[entry].aliases
                        actor.roles = knowledge.roles(of: knowledge.actors[entry], on: day)
                    }
                    self.found[name] = actor
                    order.append(name)
                }
            }
            return list
        }

        /// The actors of the sentences resolved so far, in order of first mention, states first: a ministry
        /// mentioned as "Russia's defence ministry" must not stand in for Russia. Then governments: "Government
        /// of Sudan" is the best stand-in for the state the article is about.
        var actors: [Actor] {
            let ordered = order.compactMap { found[$0] }
            let states = ordered.filter { $0.kind == .country }
            let governments = ordered.filter { $0.kind != .country && $0.name.hasPrefix("Government of ") }
            return states + governments
                + ordered.filter { $0.kind != .country && !$0.name.hasPrefix("Government of ") }
        }
    }
}
