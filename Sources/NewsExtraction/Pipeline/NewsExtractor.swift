/// Turns a document into dated events, actors and casualty figures.
///
/// For example:
/// ```swift
/// let document = try ArticleReader.read(bytes, fileName: "article.txt")
/// let extraction = NewsExtractor().extract(document)
/// ```
///
/// The stages run in one direction: sentences (`Segmenter`), then per sentence its anchor day, time mentions
/// (`TemporalTagger`), actor mentions (`ActorResolver`, over the whole document) and places (`PlaceTagger`),
/// then figures (`CasualtyExtractor`) and events (`EventBuilder`).
///
/// Only a few facts are the whole document's: its main country (from every sentence's places), its main place
/// (the default location), and the names it gives (surnames, abbreviations, titles). The extractor goes over the
/// sentences three times: for places, for names, then for everything else in text order. An ordinary article
/// (up to `keptAnalysisLimit` bytes of text) keeps each sentence with its tokens, places and names from one pass
/// to the next; a longer one keeps those facts, the sentences' offsets and the results, and reads the sentences
/// again a passage at a time, so that a very long article needs memory for its text and not many times more.
///
/// The extractor is pure and deterministic: the same document always gives the same extraction.
public struct NewsExtractor: Sendable {
    public var knowledge: Knowledge

    public init(knowledge: Knowledge = .builtIn) {
        self.knowledge = knowledge
    }

    public func extract(_ document: Document) -> Extraction {
        let article = Article(
            title: document.metadata.title,
            url: document.metadata.url,
            source: document.metadata.source,
            author: document.metadata.author,
            published: document.metadata.published,
            text: document.text
        )
        // The dateline is the reader's business, not a sentence's.
        let sentences = DocumentSentences(document, excluding: document.dateline?.range)
        let resolver = ActorResolver(knowledge: knowledge)
        let tagger = PlaceTagger(knowledge: knowledge)

        // An ordinary article keeps each sentence's tokens, places and names from the first two passes for the
        // third (recomputing them cost a fifth more instructions per article); a long one recomputes them, so that
        // its memory holds one passage at a time.
        var kept = KeptAnalysis(isOn: document.text.utf8.count <= Self.keptAnalysisLimit)

        // Places: the main country (for "the government") and the main place (the default location).
        var countries = resolver.countryScores(of: document)
        var mainPlace = MainPlace()
        for (index, sentence, scalars) in sentences {
            kept.keep(sentence: (index, sentence, scalars))
            let tokens = WordTokenizer.tokens(in: scalars)
            let places = tagger.mentions(in: scalars, tokens: tokens)
            countries.count(places, tagger.demonyms(tokens: tokens), sentence: index)
            mainPlace.count(Self.eventPlaces(places, of: sentence, in: document))
            kept.keep(tokens: tokens, places: places)
        }
        let defaultLocation = mainPlace.name

        // Names: what the whole article says about them, before any is resolved.
        let names = resolver.nameFinder(for: document, mainCountry: countries.best)
        var tables = ActorResolver.NameTables()
        var position = 0
        var found: [[FoundName]] = []
        kept.forEachSentence(of: sentences) { index, sentence, scalars in
            let tokens = kept.tokens(at: position) ?? WordTokenizer.tokens(in: scalars)
            let named = names.names(in: sentence, scalars: scalars, tokens: tokens)
            tables.add(named, sentence: index, knowledge: knowledge)
            if kept.isOn { found.append(named) }
            position += 1
        }
        kept.keep(names: found)

        // Everything else, a sentence at a time in text order.
        var resolution = resolver.resolution(of: document, names: tables)
        var timeline = ContextSequence(document: document)
        let figureExtractor = CasualtyExtractor()
        var figures = DistinctFigures()
        var events = EventBuilder.EventSequence(defaultLocation: defaultLocation)
        position = 0
        kept.forEachSentence(of: sentences) { index, sentence, scalars in
            let tokens = kept.tokens(at: position) ?? WordTokenizer.tokens(in: scalars)
            let found = kept.names(at: position) ?? names.names(in: sentence, scalars: scalars, tokens: tokens)
            let places = kept.places(at: position) ?? tagger.mentions(in: scalars, tokens: tokens)
            position += 1
            let context = timeline.context(
                of: sentence,
                scalars: scalars,
                actors: resolution.mentions(of: found, sentence: index),
                places: Self.eventPlaces(places, of: sentence, in: document)
            )
            let figureContext = FigureContext(
                anchor: context.anchor,
                times: context.times,
                actors: context.actors,
                places: context.places,
                defaultLocation: defaultLocation,
                passageAuthor: context.passageAuthor,
                scalars: context.scalars
            )
            for figure in figureExtractor.figures(in: context.sentence, context: figureContext) { figures.add(figure) }
            events.add(context)
        }
        return Extraction(
            article: article,
            actors: resolution.actors,
            events: events.events,
            figures: figures.figures
        )
    }

    /// Articles up to this many bytes of text keep each sentence's analysis between the passes of `extract`.
    static let keptAnalysisLimit = 1 << 20

    /// Each sentence (with its scalars), tokens, places and names, in sentence order, kept between the passes of
    /// `extract` when on: the later passes then neither decode the passages again nor rebuild the sentences.
    struct KeptAnalysis {
        let isOn: Bool
        private var sentences: [DocumentSentences.Element] = []
        private var tokens: [[WordToken]] = []
        private var places: [[PlaceMention]] = []
        private var names: [[FoundName]] = []

        init(isOn: Bool) { self.isOn = isOn }

        mutating func keep(tokens: [WordToken], places: [PlaceMention]) {
            guard isOn else { return }
            self.tokens.append(tokens)
            self.places.append(places)
        }

        mutating func keep(sentence: DocumentSentences.Element) {
            if isOn { sentences.append(sentence) }
        }

        mutating func keep(names: [[FoundName]]) {
            if isOn { self.names = names }
        }

        /// Calls `body` with each sentence of `all`, from the kept copies when on.
        func forEachSentence(
            of all: DocumentSentences,
            _ body: (Int, Sentence, [Unicode.Scalar]) -> Void
        ) {
            if isOn {
                for (index, sentence, scalars) in sentences { body(index, sentence, scalars) }
            } else {
                for (index, sentence, scalars) in all { body(index, sentence, scalars) }
            }
        }

        func tokens(at position: Int) -> [WordToken]? { tokens.indices.contains(position) ? tokens[position] : nil }
        func places(at position: Int) -> [PlaceMention]? { places.indices.contains(position) ? places[position] : nil }
        func names(at position: Int) -> [FoundName]? { names.indices.contains(position) ? names[position] : nil }
    }

    /// The places of a sentence that can be where its events happen. A dateline names where the story was filed
    /// and the agency that filed it ("ALMATY, Jan 4 (Central Asia Wire) -"), not where the events happened: its
    /// words are not event places.
    static func eventPlaces(_ places: [PlaceMention], of sentence: Sentence, in document: Document) -> [PlaceMention] {
        guard let dateline = document.dateline?.range else { return places }
        return places.filter { mention in
            let absolute = sentence.start + mention.range.lowerBound..<sentence.start + mention.range.upperBound
            return !absolute.overlaps(dateline)
        }
    }

    /// Each sentence with its anchor and mentions (see `ContextSequence`).
    static func contexts(
        of sentences: [Sentence],
        in document: Document,
        actors: [[ActorMention]],
        places: [[PlaceMention]]
    ) -> [SentenceContext] {
        var sequence = ContextSequence(document: document)
        return sentences.enumerated().map { index, sentence in
            sequence.context(
                of: sentence,
                actors: actors.indices.contains(index) ? actors[index] : [],
                places: places.indices.contains(index) ? places[index] : []
            )
        }
    }

    /// Each sentence with its anchor and mentions, a sentence at a time in text order. Relative chains ("two
    /// days later") follow the text within the body, and start again from the anchor in each embedded post or
    /// live entry.
    struct ContextSequence {
        let document: Document
        private let tagger = TemporalTagger()
        private var bodyReference: DateValue?
        private var passageReference: DateValue?
        private var bodyDayReference: Day?
        private var onset: Day?
        private var passageDayReference: Day?
        private var currentPassage = -1

        init(document: Document) {
            self.document = document
        }

        mutating func context(
            of sentence: Sentence,
            scalars: [Unicode.Scalar]? = nil,
            actors: [ActorMention],
            places: [PlaceMention]
        ) -> SentenceContext {
            let scalars = scalars ?? Array(sentence.text.unicodeScalars)
            let tokens = TimeToken.tokenize(scalars)
            let passage =
                document.passages.indices.contains(sentence.passage) ? document.passages[sentence.passage] : nil
            let anchor = passage?.anchor ?? document.dateline?.day ?? document.metadata.published
            let isBody = passage?.kind ?? .body == .body && passage?.anchor == nil
            if sentence.passage != currentPassage {
                currentPassage = sentence.passage
                passageReference = isBody ? bodyReference : anchor.map(DateValue.init)
                passageDayReference = isBody ? bodyDayReference : anchor
            }
            // The dateline's own day ("ALMATY, Jan 4 (Wire) -") is the anchor, not a date the story gives.
            let dateline = document.dateline?.range
            let times = tagger.mentions(
                scalars: scalars,
                tokens: tokens,
                anchor: anchor,
                reference: passageReference,
                dayReference: passageDayReference,
                onset: onset
            ).filter { mention in
                guard let dateline else { return true }
                let absolute = sentence.start + mention.range.lowerBound..<sentence.start + mention.range.upperBound
                return !absolute.overlaps(dateline)
            }
            if let day = times.lazy.compactMap({ NewsExtractor.onset(of: $0, in: scalars) }).first { onset = day }
            if let last = times.last {
                passageReference = last.to ?? last.value
                if isBody { bodyReference = passageReference }
            }
            if let day = times.last(where: { ($0.to ?? $0.value).precision == .day }).flatMap({
                ($0.to ?? $0.value).exactDay
            }) {
                passageDayReference = day
                if isBody { bodyDayReference = day }
            }
            return SentenceContext(
                sentence: sentence,
                anchor: anchor,
                passageKind: passage?.kind ?? .body,
                passageAuthor: passage?.author,
                times: times,
                actors: actors,
                places: places,
                scalars: scalars,
                tokens: tokens
            )
        }
    }

    /// The day a mention gives as the start of the unrest: "the protests began on Sunday", "erupted on 17
    /// October".
    static func onset(of mention: TimeMention, in scalars: [Unicode.Scalar]) -> Day? {
        guard let day = mention.value.exactDay else { return nil }
        let before = scalars.prefix(mention.range.lowerBound).suffix(24)
        // Most windows hold none of the verbs: a look at their ASCII letters, lowercased, rules that out before the
        // window is split into words (which also finds no verb when none is spelled in it).
        let letters = before.map { scalar -> UInt8 in
            guard scalar.value < 0x80 else { return 0 }
            let byte = UInt8(scalar.value)
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
        guard Self.onsetVerbs.contains(where: { verb in Self.contains(letters, verb) }) else { return nil }
        let words = ScalarText.string(before[...]).lowercased().split { !$0.isLetter }
        return words.suffix(3).contains { ["began", "started", "erupted", "begun"].contains($0) } ? day : nil
    }

    /// The verbs of `onset(of:in:)`, as ASCII bytes.
    private static let onsetVerbs: [[UInt8]] = ["began", "started", "erupted", "begun"].map { Array($0.utf8) }

    /// Whether `bytes` holds `needle` as a run. Not the standard library's `Collection.contains(_:)`: that one
    /// builds a Z-algorithm searcher for each call, and in its place this test took 6% of a whole load's CPU time.
    private static func contains(_ bytes: [UInt8], _ needle: [UInt8]) -> Bool {
        guard bytes.count >= needle.count else { return false }
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
        }
        return false
    }

    /// The article's main place: its most mentioned country, else its most mentioned place; the first one
    /// named wins a tie.
    static func mainPlace(_ places: [PlaceMention]) -> String? {
        var main = MainPlace()
        main.count(places)
        return main.name
    }

    /// The article's main place (see `mainPlace(_:)`), counted a sentence at a time.
    struct MainPlace: Sendable {
        private var countries = Tally()
        private var places = Tally()

        /// Names counted with the order in which they first came.
        private struct Tally: Sendable {
            var counts: [String: Int] = [:]
            var order: [String] = []

            mutating func count(_ name: String) {
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }

            /// The most counted name; the first one counted wins a tie.
            var mostCounted: String? {
                guard let best = counts.values.max() else { return nil }
                return order.first { counts[$0] == best }
            }
        }

        mutating func count(_ mentions: [PlaceMention]) {
            for mention in mentions {
                if let country = mention.kind == .country ? mention.name : mention.country {
                    countries.count(country)
                }
                places.count(mention.name)
            }
        }

        var name: String? { countries.mostCounted ?? places.mostCounted }
    }
}
