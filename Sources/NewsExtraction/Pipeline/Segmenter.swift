/// Splits a document's passages into sentences. (Owned by the extraction-core work.)
enum Segmenter {
    static func sentences(in document: Document) -> [Sentence] {
        []
    }
}
