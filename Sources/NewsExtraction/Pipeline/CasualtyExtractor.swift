/// What the figure extractor knows about a sentence besides its words.
struct FigureContext: Sendable {
    /// The date counts in the sentence are as of, unless the sentence ties them to another date:
    /// the passage's anchor (post date, entry timestamp), else the dateline day, else the publication date.
    var anchor: Day?
    var times: [TimeMention]
    var actors: [ActorMention]
    var places: [PlaceMention]
    /// The article's main place, used when the sentence names none.
    var defaultLocation: String?
    /// The author of the embedded post the sentence sits in, if any.
    var passageAuthor: String?
}

/// Finds casualty figures (killed, injured, hospitalized, detained, troops). (Owned by the figures work.)
struct CasualtyExtractor: Sendable {
    func figures(in sentence: Sentence, context: FigureContext) -> [CasualtyFigure] {
        []
    }

    /// Drops figures repeated with the same meaning in one article, keeping the first.
    func deduplicated(_ figures: [CasualtyFigure]) -> [CasualtyFigure] {
        figures
    }
}
