/// The input formats `ArticleReader` understands.
public enum InputFormat: String, Sendable, Hashable, CaseIterable {
    /// Plain text with a byline or wire dateline, or text/Markdown with YAML front matter.
    case text
    /// An HTML news page.
    case html
    /// One article as trafilatura's `--json` writes it.
    case json
    /// One trafilatura-shaped JSON article per line.
    case ndjson
}

/// What an article says about itself: title, address, outlet, author and publication date.
public struct ArticleMetadata: Hashable, Sendable {
    public var title: String?
    public var url: String?
    public var source: String?
    public var author: String?
    public var published: Day?

    public init(
        title: String? = nil,
        url: String? = nil,
        source: String? = nil,
        author: String? = nil,
        published: Day? = nil
    ) {
        self.title = title
        self.url = url
        self.source = source
        self.author = author
        self.published = published
    }
}

/// A wire dateline such as `ALMATY, Jan 6 (Reuters) -`.
public struct Dateline: Hashable, Sendable {
    /// The place as written (`ALMATY`, `NUR-SULTAN`).
    public var place: String
    /// The day the dateline gives, resolved against the publication date, when it gives one.
    public var day: Day?
    /// The agency or outlet in parentheses, when present.
    public var agency: String?
    /// Where the dateline sits in `Document.text` (Unicode-scalar offsets), so that taggers can skip it.
    public var range: Range<Int>?

    public init(place: String, day: Day? = nil, agency: String? = nil, range: Range<Int>? = nil) {
        self.place = place
        self.day = day
        self.agency = agency
        self.range = range
    }
}

/// What a passage of a document is.
public enum PassageKind: String, Sendable, Hashable, CaseIterable {
    /// Ordinary article text: a paragraph.
    case body
    /// A social-media post embedded in the article, with its own date.
    case embeddedPost = "embedded-post"
    /// One timestamped entry of a live blog.
    case liveEntry = "live-entry"
}

/// A run of a document's text with its own anchor date.
///
/// `range` is measured in Unicode scalars from the start of `Document.text`, so that
/// `Array(document.text.unicodeScalars)[range]` is the passage. Relative dates inside the passage
/// ("yesterday") resolve against `anchor` when it is set, else against the dateline or publication date.
public struct Passage: Hashable, Sendable {
    public var kind: PassageKind
    public var range: Range<Int>
    /// The passage's own date: an embedded post's date, a live-blog entry's timestamp.
    public var anchor: Day?
    /// Who wrote the passage, for an embedded post ("Jane Roe"); nil for body text.
    public var author: String?
    /// The post author's handle without `@`, for an embedded post.
    public var handle: String?

    public init(kind: PassageKind, range: Range<Int>, anchor: Day? = nil, author: String? = nil, handle: String? = nil)
    {
        self.kind = kind
        self.range = range
        self.anchor = anchor
        self.author = author
        self.handle = handle
    }
}

/// An article as a reader hands it to the extractor: metadata, the text, and its passages.
///
/// `text` is the article body as a reader of the page would see it: paragraphs separated by a blank line
/// (`"\n\n"`), markup removed and entities decoded, without the byline, front matter or page furniture.
/// Every offset the extractor reports counts Unicode scalars from the start of `text`.
public struct Document: Hashable, Sendable {
    public var metadata: ArticleMetadata
    public var text: String
    /// The passages in text order; together they cover every paragraph of `text`.
    public var passages: [Passage]
    public var dateline: Dateline?
    public var format: InputFormat

    public init(
        metadata: ArticleMetadata,
        text: String,
        passages: [Passage],
        dateline: Dateline? = nil,
        format: InputFormat
    ) {
        self.metadata = metadata
        self.text = text
        self.passages = passages
        self.dateline = dateline
        self.format = format
    }
}
