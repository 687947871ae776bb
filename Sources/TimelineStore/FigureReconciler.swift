import NewsExtraction

/// A sentence that withdraws or corrects a number, as ``RetractionFinder`` finds it.
public struct RetractionSentence: Sendable, Hashable {
    /// The number withdrawn.
    public var value: Int
    public var quote: String
    /// Unicode-scalar offsets of `quote` in the article's text.
    public var start: Int
    public var end: Int
}

/// A stored retraction, with the day its article was published.
public struct RetractionRecord: Sendable, Hashable {
    public var value: Int
    public var articleID: Int64
    public var published: Day?

    public init(value: Int, articleID: Int64, published: Day?) {
        self.value = value
        self.articleID = articleID
        self.published = published
    }
}

/// Finds the sentences of an article that withdraw a number, from their words alone (the extractor does not flag
/// retractions yet).
///
/// The rule: a sentence withdraws a number when it holds a retraction cue ("retracted", "disowned", "withdrew",
/// "technical error", "by mistake", "in error", "erroneous", "revised down", "corrected to") and a word for what was
/// published ("figure", "number", "toll", "count", "report", "statement"…: a government that "withdrew the bill" or
/// "withdrew the last soldiers" retracts no number), and either names the number itself or, when it names none
/// ("the number had been posted by mistake"), follows within two sentences a sentence that does. Numbers that are
/// not counts are skipped: years (1900 to 2100 written without a comma), days next to a month name, and numbers
/// that are part of a capitalised name ("Khabar 24"). A number that a correction gives as the new value ("revised
/// down to 150") is not withdrawn.
public enum RetractionFinder {
    static let cues = [
        "retract", "disown", "withdrew", "withdrawn", "technical error", "by mistake", "in error", "erroneous",
        "revised down", "corrected to", "was false", "were false",
    ]

    /// Words for what a retraction withdraws; a cue counts only in a sentence that has one.
    static let claims: Set<String> = [
        "figure", "figures", "number", "numbers", "toll", "tolls", "count", "counts", "tally", "total", "totals",
        "data", "statistic", "statistics", "estimate", "estimates", "report", "reports", "reported", "post", "posts",
        "posted", "claim", "claims", "claimed", "statement", "statements", "information", "announcement", "tweet",
    ]

    /// The cues' UTF-8 bytes, and which bytes begin one.
    private static let cueBytes = cues.map { Array($0.utf8) }
    private static let cueInitials: [Bool] = (0..<256).map { byte in cueBytes.contains { Int($0[0]) == byte } }

    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    public static func retractions(in text: String) -> [RetractionSentence] {
        // Most articles retract nothing: one pass over the text's bytes spares splitting it into sentences.
        guard mentionsACue(text) else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            var found: [RetractionSentence] = []
            // The two sentences before this one, the nearest last: a retraction may name its count just before.
            // Sentences stay byte ranges until one holds a cue: most do not, and need no string of their own.
            var before: [Sentence] = []
            forEachSentence(in: bytes) { sentence in
                defer {
                    before.append(sentence)
                    if before.count > 2 { before.removeFirst() }
                }
                guard containsACue(bytes, sentence.bytes) else { return }
                let quote = sentence.text(in: bytes)
                guard namesAClaim(quote) else { return }
                var values = numbers(in: quote)
                if values.isEmpty {
                    for back in 1...2 where back <= before.count {
                        values = numbers(in: before[before.count - back].text(in: bytes))
                        if !values.isEmpty { break }
                    }
                }
                for value in Set(values).sorted() {
                    found.append(
                        RetractionSentence(value: value, quote: quote, start: sentence.start, end: sentence.end)
                    )
                }
            }
            return found
        }
    }

    /// Whether `sentence` has one of the ``claims`` as a word, in any case.
    static func namesAClaim(_ sentence: String) -> Bool {
        sentence.split(whereSeparator: { !$0.isLetter }).contains { claims.contains($0.lowercased()) }
    }

    /// Whether a cue occurs anywhere in `text`, ignoring ASCII case: the cues are lower-case ASCII. Reads the
    /// UTF-8 in place rather than a lowercased copy, which for a 50 MB article would be another 50 MB.
    static func mentionsACue(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { containsACue($0, $0.indices) }
    }

    /// Whether a cue occurs in `range` of `bytes`, ignoring ASCII case. Also the test of each sentence: lowercasing
    /// every sentence and searching it for each cue with Foundation took longer than storing the article's rows
    /// (BENCHMARKS.md).
    private static func containsACue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        func folded(_ byte: UInt8) -> UInt8 { (65...90).contains(byte) ? byte | 0x20 : byte }
        for index in range {
            let first = folded(bytes[index])
            guard cueInitials[Int(first)] else { continue }
            for cue in cueBytes where cue[0] == first && index + cue.count <= range.upperBound {
                if (1..<cue.count).allSatisfy({ folded(bytes[index + $0]) == cue[$0] }) { return true }
            }
        }
        return false
    }

    /// A sentence of a text, without the white space around it: its UTF-8 bytes and its Unicode-scalar offsets.
    struct Sentence {
        var bytes: Range<Int>
        var start: Int
        var end: Int

        func text(in text: UnsafeBufferPointer<UInt8>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: text[bytes]), as: UTF8.self)
        }
    }

    /// Calls `body` with each sentence of `text`, in order: split after `.`, `!` or `?` followed by a space, and
    /// at line breaks; sentences of white space only are skipped. Reads the bytes in place, however long the text.
    /// ``retractions(in:)`` uses the byte ranges directly; this form is the one `SentenceSplitTests` checks.
    static func forEachSentence(in text: String, _ body: (_ text: String, _ start: Int, _ end: Int) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            forEachSentence(in: bytes) { body($0.text(in: bytes), $0.start, $0.end) }
        }
    }

    private static func forEachSentence(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Sentence) -> Void) {
        var sentenceStart = 0
        var scalarStart = 0
        var scalars = 0
        func close(_ end: Int) {
            if let sentence = trimmed(bytes, sentenceStart..<end, scalarStart: scalarStart, scalarEnd: scalars) {
                body(sentence)
            }
            sentenceStart = end
            scalarStart = scalars
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            // A continuation byte (10xxxxxx) does not begin a scalar.
            if byte & 0xC0 != 0x80 { scalars += 1 }
            if byte == UInt8(ascii: "\n") {
                close(index)
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?"),
                index < bytes.count, bytes[index] == UInt8(ascii: " ")
            {
                close(index)
            }
        }
        close(bytes.count)
    }

    /// `range` without the white-space scalars at either end, or nil when nothing else is left.
    private static func trimmed(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ range: Range<Int>,
        scalarStart: Int,
        scalarEnd: Int
    ) -> Sentence? {
        var lower = range.lowerBound
        var upper = range.upperBound
        var start = scalarStart
        var end = scalarEnd
        while lower < upper {
            let (scalar, length) = ScalarText.scalar(inUTF8: bytes, at: lower)
            guard scalar.properties.isWhitespace else { break }
            lower += length
            start += 1
        }
        while upper > lower {
            var first = upper - 1
            while bytes[first] & 0xC0 == 0x80 { first -= 1 }
            guard ScalarText.scalar(inUTF8: bytes, at: first).scalar.properties.isWhitespace else { break }
            upper = first
            end -= 1
        }
        return lower < upper ? Sentence(bytes: lower..<upper, start: start, end: end) : nil
    }

    /// The counts a sentence names (see the type's rule), in order.
    static func numbers(in sentence: String) -> [Int] {
        let words = sentence.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).map(String.init)
        var values: [Int] = []
        for (index, word) in words.enumerated() {
            let trimmed = word.trimmingCharacters(in: "\"'“”‘’(),.;:!?")
            guard let first = trimmed.first, first.isNumber, trimmed.allSatisfy({ $0.isNumber || $0 == "," }),
                let value = Int(trimmed.filter { $0 != "," })
            else { continue }
            let previous = index > 0 ? words[index - 1].trimmingCharacters(in: "\"'“”‘’(),.;:!?") : ""
            let next = index + 1 < words.count ? words[index + 1].trimmingCharacters(in: "\"'“”‘’(),.;:!?") : ""
            if !trimmed.contains(","), (1900...2100).contains(value) { continue }
            if months.contains(previous.lowercased()) || months.contains(next.lowercased()) { continue }
            if index > 0, let initial = previous.first, initial.isUppercase { continue }
            if index >= 2, ["to"].contains(previous.lowercased()),
                ["down", "up", "revised", "corrected", "lowered", "raised"].contains(words[index - 2].lowercased())
            {
                continue
            }
            values.append(value)
        }
        return values
    }
}

extension String {
    fileprivate func trimmingCharacters(in characters: String) -> String {
        let set = Set(characters)
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}

/// Reconciles casualty figures across articles: series, retractions, and the best estimate. Pure functions over
/// value types, tested without a database.
///
/// The rules:
/// - **Series**: the figures of one category, group and location (ignoring case; no location is a location of its
///   own) form a series over their days (`FigureRecord.effectiveDay`), whatever article gave them.
/// - **Retracted**: an exact figure (low = high = N) is retracted when a retraction sentence withdraws N (see
///   ``RetractionFinder``) in the figure's own article, or in an article published on or after the figure's day.
///   Retracted figures stay in `--by source`, marked, and never count as the latest or the best figure, nor for
///   the credible bounds.
/// - **Latest**: the credible (not retracted) figure with the latest day; ties go to the later publication date,
///   then to the later-loaded figure.
/// - **Best estimate** (after UCDP's low, best, high): among the credible figures of the latest day of the series,
///   the one whose bounds the most articles give (the most cited), then one with an attribution (a named source
///   is more authoritative than an unattributed one), then the latest as above.
/// - **Credible bounds**: the smallest low and the largest high of the credible figures, each falling back to the
///   other bound when one is open.
public enum FigureReconciler {
    /// `figures` with `retracted` set by the rule above.
    public static func markRetracted(_ figures: [FigureRecord], retractions: [RetractionRecord]) -> [FigureRecord] {
        guard !retractions.isEmpty else { return figures }
        let byValue = Dictionary(grouping: retractions, by: \.value)
        return figures.map { figure in
            var figure = figure
            guard let low = figure.low, figure.high == low, let candidates = byValue[low] else { return figure }
            figure.retracted = candidates.contains { retraction in
                if retraction.articleID == figure.articleID { return true }
                guard let published = retraction.published, let day = figure.effectiveDay else { return false }
                return published >= day
            }
            return figure
        }
    }

    /// The key of a figure's series.
    public struct SeriesKey: Hashable, Sendable {
        public var category: CasualtyCategory
        public var group: CasualtyGroup
        /// Lowercased; nil when the figure gives none.
        public var location: String?
    }

    public static func seriesKey(_ figure: FigureRecord) -> SeriesKey {
        SeriesKey(category: figure.category, group: figure.group, location: figure.location?.lowercased())
    }

    /// The credible figure with the latest day (see the type's rules).
    public static func latest(of figures: [FigureRecord]) -> FigureRecord? {
        figures.filter { !$0.retracted }.max { isEarlier($0, $1) }
    }

    /// The best estimate of a series (see the type's rules).
    public static func best(of figures: [FigureRecord]) -> FigureRecord? {
        let credible = figures.filter { !$0.retracted }
        guard let latest = latest(of: credible) else { return nil }
        let sameDay = credible.filter { $0.effectiveDay == latest.effectiveDay }
        var articles: [Bounds: Set<Int64>] = [:]
        for figure in credible { articles[Bounds(figure), default: []].insert(figure.articleID) }
        return sameDay.max { a, b in
            let citedA = articles[Bounds(a)]?.count ?? 0
            let citedB = articles[Bounds(b)]?.count ?? 0
            if citedA != citedB { return citedA < citedB }
            if (a.attributedTo != nil) != (b.attributedTo != nil) { return a.attributedTo == nil }
            return isEarlier(a, b)
        }
    }

    static func isEarlier(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        if a.effectiveDay != b.effectiveDay { return isEarlier(a.effectiveDay, b.effectiveDay) }
        if a.published != b.published { return isEarlier(a.published, b.published) }
        return a.id < b.id
    }

    /// Orders optional days with nil first.
    private static func isEarlier(_ a: Day?, _ b: Day?) -> Bool {
        switch (a, b) {
        case (nil, .some): return true
        case (.some(let a), .some(let b)): return a < b
        default: return false
        }
    }

    struct Bounds: Hashable {
        var low: Int?
        var high: Int?

        init(_ figure: FigureRecord) {
            low = figure.low
            high = figure.high
        }
    }
}
