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
        let sentences = Segmenter.sentences(in: document).filter { sentence in
            // The dateline is the reader's business, not a sentence's.
            guard let dateline = document.dateline?.range else { return true }
            return !(dateline.lowerBound <= sentence.start && sentence.end <= dateline.upperBound)
        }
        let analysis = ActorResolver(knowledge: knowledge).analyze(document, sentences: sentences)
        let contexts = Self.contexts(
            of: sentences,
            in: document,
            actors: analysis.mentions,
            places: zip(sentences, analysis.places).map { sentence, places in
                // A dateline names where the story was filed and the agency that filed it ("ALMATY, Jan 4
                // (Central Asia Wire) -"), not where the events happened: its words are not event places.
                places.filter { mention in
                    guard let dateline = document.dateline?.range else { return true }
                    let absolute =
                        sentence.start + mention.range.lowerBound..<sentence.start + mention.range.upperBound
                    return !absolute.overlaps(dateline)
                }
            }
        )
        let defaultLocation = Self.mainPlace(contexts.flatMap(\.places))
        let figureExtractor = CasualtyExtractor()
        var figures: [CasualtyFigure] = []
        for context in contexts {
            let figureContext = FigureContext(
                anchor: context.anchor,
                times: context.times,
                actors: context.actors,
                places: context.places,
                defaultLocation: defaultLocation,
                passageAuthor: context.passageAuthor
            )
            figures += figureExtractor.figures(in: context.sentence, context: figureContext)
        }
        let events = EventBuilder().events(in: contexts, defaultLocation: defaultLocation)
        return Extraction(
            article: article,
            actors: analysis.actors,
            events: events,
            figures: figureExtractor.deduplicated(figures)
        )
    }

    /// Each sentence with its anchor and mentions. Relative chains ("two days later") follow the text within the
    /// body, and start again from the anchor in each embedded post or live entry.
    static func contexts(
        of sentences: [Sentence],
        in document: Document,
        actors: [[ActorMention]],
        places: [[PlaceMention]]
    ) -> [SentenceContext] {
        let tagger = TemporalTagger()
        var contexts: [SentenceContext] = []
        var bodyReference: DateValue?
        var passageReference: DateValue?
        var bodyDayReference: Day?
        var onset: Day?
        var passageDayReference: Day?
        var currentPassage = -1
        for (index, sentence) in sentences.enumerated() {
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
                in: sentence,
                anchor: anchor,
                reference: passageReference,
                dayReference: passageDayReference,
                onset: onset
            ).filter { mention in
                guard let dateline else { return true }
                let absolute = sentence.start + mention.range.lowerBound..<sentence.start + mention.range.upperBound
                return !absolute.overlaps(dateline)
            }
            if let day = times.lazy.compactMap({ Self.onset(of: $0, in: sentence) }).first { onset = day }
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
            contexts.append(
                SentenceContext(
                    sentence: sentence,
                    anchor: anchor,
                    passageKind: passage?.kind ?? .body,
                    passageAuthor: passage?.author,
                    times: times,
                    actors: actors.indices.contains(index) ? actors[index] : [],
                    places: places.indices.contains(index) ? places[index] : []
                )
            )
        }
        return contexts
    }

    /// The day a mention gives as the start of the unrest: "the protests began on Sunday", "erupted on 17
    /// October".
    static func onset(of mention: TimeMention, in sentence: Sentence) -> Day? {
        guard let day = mention.value.exactDay else { return nil }
        let before = Array(sentence.text.unicodeScalars.prefix(mention.range.lowerBound).suffix(24))
        let words = ScalarText.string(before[...]).lowercased().split { !$0.isLetter }
        return words.suffix(3).contains { ["began", "started", "erupted", "begun"].contains($0) } ? day : nil
    }

    /// The article's main place: its most mentioned country, else its most mentioned place; the first one
    /// named wins a tie.
    static func mainPlace(_ places: [PlaceMention]) -> String? {
        func mostMentioned(_ names: [String]) -> String? {
            var counts: [String: Int] = [:]
            var order: [String] = []
            for name in names {
                if counts[name] == nil { order.append(name) }
                counts[name, default: 0] += 1
            }
            return order.max { counts[$0]! < counts[$1]! || (counts[$0]! == counts[$1]! && false) }
                .flatMap { best in order.first { counts[$0] == counts[best] } }
        }
        let countries = places.compactMap { $0.kind == .country ? $0.name : $0.country }
        return mostMentioned(countries) ?? mostMentioned(places.map(\.name))
    }
}
