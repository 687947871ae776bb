/// The actors of a whole document and, for each sentence, the actor mentions in it.
struct ActorAnalysis: Sendable {
    var actors: [Actor]
    /// One list per sentence, in the order of the sentences given to `ActorResolver.analyze`.
    var mentions: [[ActorMention]]
}

/// Finds actors: dictionary names and aliases, roles resolved by date, unknown titled names, speakers and
/// organisations, and surname-only coreference. (Owned by the knowledge and actors work.)
struct ActorResolver: Sendable {
    var knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    func analyze(_ document: Document, sentences: [Sentence]) -> ActorAnalysis {
        ActorAnalysis(actors: [], mentions: sentences.map { _ in [] })
    }
}

/// Finds places named in a sentence through the gazetteer. (Owned by the knowledge and actors work.)
struct PlaceTagger: Sendable {
    var knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    func mentions(in sentence: Sentence) -> [PlaceMention] {
        []
    }
}
