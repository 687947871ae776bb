/// Finds and resolves time expressions. (Owned by the extraction-core work.)
struct TemporalTagger: Sendable {
    func mentions(in sentence: Sentence, anchor: Day?) -> [TimeMention] {
        []
    }
}
