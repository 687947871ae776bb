/// Splits a document's passages into sentences.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it) when the next word
/// starts a new sentence, at every line break, and before a bullet (`•`, `▪`, `◦`), so that each bullet item
/// is a sentence of its own. A full stop does not end a sentence after a known abbreviation ("Jan.", "Mr.",
/// "Gen."), after a single letter ("J. Smith", "U.S."), or inside a token ("9.9", "pic.twitter.com").
///
/// The scan is one pass over the text's Unicode scalars; look-behind for abbreviations is bounded, so the
/// time is linear even for a long line without spaces.
enum Segmenter {
    static func sentences(in document: Document) -> [Sentence] {
        DocumentSentences(document).map(\.sentence)
    }

    /// The sentence spans of `scalars[lower..<upper]`, trimmed of surrounding white space.
    static func spans(in scalars: [Unicode.Scalar], from lower: Int, to upper: Int) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var start = lower
        func emit(_ end: Int) {
            var from = start
            var to = end
            while from < to, isSpace(scalars[from]) { from += 1 }
            while to > from, isSpace(scalars[to - 1]) { to -= 1 }
            if from < to, containsWordCharacter(scalars, from, to) { spans.append(from..<to) }
            start = end
        }
        var index = lower
        while index < upper {
            let scalar = scalars[index]
            // Most scalars are ASCII and neither a line break nor a terminator (every bullet is beyond ASCII).
            if scalar.value < 0x80, scalar != "\n", scalar != "\r", scalar != ".", scalar != "!", scalar != "?" {
                index += 1
                continue
            }
            if scalar == "\n" || scalar == "\r" || scalar == "\u{2028}" || scalar == "\u{2029}" {
                emit(index)
                index += 1
                start = index
                continue
            }
            if bullets.contains(scalar) {
                emit(index)
                index += 1
                start = index
                continue
            }
            if terminators.contains(scalar) {
                // Take the whole run of terminators and closing marks: `?!`, `...`, `."`, `.)`.
                var end = index + 1
                while end < upper, terminators.contains(scalars[end]) || closers.contains(scalars[end]) {
                    end += 1
                }
                if end >= upper {
                    index = end
                    continue
                }
                guard isSpace(scalars[end]) else {
                    index = end
                    continue
                }
                var next = end
                while next < upper, isSpace(scalars[next]), scalars[next] != "\n" { next += 1 }
                if next < upper, startsSentence(scalars[next]),
                    !(scalar == "." && end == index + 1 && isAbbreviation(scalars, before: index, lower: start))
                {
                    emit(end)
                }
                index = end
                continue
            }
            index += 1
        }
        emit(upper)
        return spans
    }

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"]
    private static let bullets: Set<Unicode.Scalar> = ["\u{2022}", "\u{25AA}", "\u{25E6}", "\u{2023}"]

    /// Words that end with a full stop without ending the sentence. Lowercased, without the stop.
    private static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "adm", "gov", "sen",
        "rep", "pres", "st", "rev", "hon", "jr", "sr", "messrs", "mt", "ft", "fr", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
        "vs", "etc", "inc", "corp", "co", "ltd", "dept", "approx", "e.g", "i.e", "cf", "u.s", "u.k", "u.n", "e.u",
        "u.s.a",
    ]

    private static func isAbbreviation(_ scalars: [Unicode.Scalar], before dot: Int, lower: Int) -> Bool {
        // Read back over letters and inner dots, at most a dozen scalars.
        var from = dot
        while from > lower, dot - from < 12, isLetter(scalars[from - 1]) || scalars[from - 1] == "." {
            from -= 1
        }
        guard from < dot else { return false }
        if from > lower, dot - from >= 12 { return false }
        let word = String(String.UnicodeScalarView(scalars[from..<dot])).lowercased()
        if abbreviations.contains(word) { return true }
        // A single letter is an initial ("J. Smith"); letters separated by dots are an acronym ("U.S.").
        let letters = word.unicodeScalars.filter { $0 != "." }
        if letters.count == 1 { return true }
        if word.contains("."), letters.count <= 4 { return true }
        return false
    }

    private static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isUppercase || scalar.properties.numericType != nil { return true }
        if openers.contains(scalar) || bullets.contains(scalar) { return true }
        // Scripts without case, emoji and flags also start sentences.
        return !scalar.properties.isLowercase && !scalar.properties.isWhitespace && !isPunctuation(scalar)
    }

    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "\u{201C}", "\u{2018}", "(", "[", "\u{AB}", "@", "#"]

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isWhitespace(scalar)
    }

    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ScalarText.isAlphabetic(scalar)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    private static func containsWordCharacter(_ scalars: [Unicode.Scalar], _ from: Int, _ to: Int) -> Bool {
        for index in from..<to where isLetter(scalars[index]) || scalars[index].properties.numericType != nil {
            return true
        }
        return false
    }
}

/// A document's sentences kept as offsets (a few words each) and turned into text a passage at a time, so that a
/// very long article never holds all its sentences' text, scalars or tokens at once.
///
/// For example:
/// ```swift
/// for (index, sentence, scalars) in DocumentSentences(document, excluding: document.dateline?.range) {
///     // `scalars` is `Array(sentence.text.unicodeScalars)`
/// }
/// ```
///
/// The pipeline reads the sentences several times (places, then names, then everything else), each time
/// decoding only the passage it is in.
struct DocumentSentences: Sendable {
    /// A sentence's place: Unicode-scalar offsets in `Document.text` and the index of its passage.
    struct Span: Hashable, Sendable {
        var start: Int
        var end: Int
        var passage: Int
    }

    let document: Document
    private(set) var spans: [Span] = []

    /// The sentences of every passage, leaving out those wholly inside `excluded` (the dateline).
    init(_ document: Document, excluding excluded: Range<Int>? = nil) {
        self.document = document
        var reader = PassageScalars(document.text)
        for (index, passage) in document.passages.enumerated() {
            let (lower, scalars) = reader.scalars(in: passage.range)
            for span in Segmenter.spans(in: scalars, from: 0, to: scalars.count) {
                let start = lower + span.lowerBound
                let end = lower + span.upperBound
                if let excluded, excluded.lowerBound <= start, end <= excluded.upperBound { continue }
                spans.append(Span(start: start, end: end, passage: index))
            }
        }
    }

    var count: Int { spans.count }
}

extension DocumentSentences: Sequence {
    /// A sentence in text order: its index among the sentences, the sentence, and its Unicode scalars.
    typealias Element = (index: Int, sentence: Sentence, scalars: [Unicode.Scalar])

    struct Iterator: IteratorProtocol {
        private let sentences: DocumentSentences
        private var reader: PassageScalars
        private var position = 0
        /// The passage decoded last, where its scalars start in the text, and its scalars.
        private var loaded = -1
        private var lower = 0
        private var scalars: [Unicode.Scalar] = []

        fileprivate init(_ sentences: DocumentSentences) {
            self.sentences = sentences
            reader = PassageScalars(sentences.document.text)
        }

        mutating func next() -> Element? {
            guard position < sentences.spans.count else { return nil }
            let span = sentences.spans[position]
            position += 1
            if span.passage != loaded {
                loaded = span.passage
                (lower, scalars) = reader.scalars(in: sentences.document.passages[span.passage].range)
            }
            let own = Array(scalars[(span.start - lower)..<(span.end - lower)])
            let sentence = Sentence(
                text: ScalarText.string(own[...]),
                start: span.start,
                end: span.end,
                passage: span.passage
            )
            return (position - 1, sentence, own)
        }
    }

    func makeIterator() -> Iterator { Iterator(self) }
}

/// Reads runs of a text's Unicode scalars by offset, moving forward from the last run read (passages come in
/// text order), so that only one passage is ever decoded into scalars. Decodes the UTF-8 bytes itself: stepping
/// through `String.UnicodeScalarView` cost about 70 instructions a scalar, a tenth of the sentence pipeline.
private struct PassageScalars: Sendable {
    /// The text, made contiguous UTF-8 so that its bytes can be read in place.
    let text: String
    /// The byte offset of scalar number `offset`.
    var byte = 0
    var offset = 0

    init(_ text: String) {
        var contiguous = text
        contiguous.makeContiguousUTF8()
        self.text = contiguous
    }

    /// The scalars of `range`, clamped to the text, and the offset where they start.
    mutating func scalars(in range: Range<Int>) -> (lower: Int, scalars: [Unicode.Scalar]) {
        let lower = max(0, range.lowerBound)
        if lower < offset {
            byte = 0
            offset = 0
        }
        var scalars: [Unicode.Scalar] = []
        var byte = self.byte
        var offset = self.offset
        text.utf8.withContiguousStorageIfAvailable { bytes in
            let end = bytes.count
            while offset < lower, byte < end {
                byte += ScalarText.utf8Length(lead: bytes[byte])
                offset += 1
            }
            scalars.reserveCapacity(max(0, min(range.upperBound - offset, end - byte, 1 << 20)))
            while offset < range.upperBound, byte < end {
                let lead = bytes[byte]
                if lead < 0x80 {
                    scalars.append(Unicode.Scalar(lead))
                    byte += 1
                } else {
                    let (scalar, length) = ScalarText.scalar(inUTF8: bytes, at: byte)
                    scalars.append(scalar)
                    byte += length
                }
                offset += 1
            }
        }
        self.byte = byte
        self.offset = offset
        return (min(lower, offset), scalars)
    }
}
