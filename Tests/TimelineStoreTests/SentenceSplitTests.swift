import Testing

@testable import TimelineStore

/// `RetractionFinder.forEachSentence` reads UTF-8 bytes; `reference` is the split it replaced, one Unicode scalar at
/// a time, kept here as the oracle of a differential test.
@Suite struct SentenceSplitTests {
    struct Split: Equatable, CustomStringConvertible {
        var text: String
        var start: Int
        var end: Int
        var description: String { "\(start)..<\(end) \(text.debugDescription)" }
    }

    static func reference(_ text: String) -> [Split] {
        var splits: [Split] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var offset = 0
        func close(_ end: Int) {
            var first = 0
            var last = current.count
            while first < last, current[first].properties.isWhitespace { first += 1 }
            while last > first, current[last - 1].properties.isWhitespace { last -= 1 }
            if last > first {
                var string = String.UnicodeScalarView()
                string.append(contentsOf: current[first..<last])
                splits.append(Split(text: String(string), start: start + first, end: start + last))
            }
            current.removeAll()
            start = end
        }
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            current.append(scalar)
            offset += 1
            if scalar == "\n" || ((scalar == "." || scalar == "!" || scalar == "?") && next == " ") { close(offset) }
        }
        close(offset)
        return splits
    }

    static func split(_ text: String) -> [Split] {
        var splits: [Split] = []
        RetractionFinder.forEachSentence(in: text) { splits.append(Split(text: $0, start: $1, end: $2)) }
        return splits
    }

    @Test(arguments: [
        "", " ", "\n\n", "One. Two! Three? Four.", "No break.Here. ", "  Lead and trail  \n next line\r\nWindows line.",
        "\u{00A0}Non-breaking\u{00A0}. \u{3000}Ideographic space\u{3000}\u{2003}", "Émile a dit «non». Ça va?  Oui",
        "Emoji 👍🏽 here. Family 👨‍👩‍👧 there!\u{2028}Line separator", "e\u{301}. \u{301}combining first",
        "Mixed\u{0085}NEL. Tab\t. End.", "Ends with a dot.",
    ])
    func bytesSplitAsTheScalarsDid(_ text: String) {
        #expect(Self.split(text) == Self.reference(text))
    }

    /// Random texts drawn from an alphabet of separators, white space and multi-byte scalars.
    @Test func randomTextsSplitAsTheScalarsDid() {
        let alphabet: [String] = [
            "a", "B", "7", " ", " ", ".", "!", "?", "\n", "\r", "\t", "\u{00A0}", "\u{2009}", "\u{3000}", "é", "ß",
            "Ж", "中", "👍", "\u{301}", "\u{2028}", "\u{0085}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<2_000 {
            var text = ""
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(state >> 58) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += alphabet[Int(state >> 33) % alphabet.count]
            }
            #expect(Self.split(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}
