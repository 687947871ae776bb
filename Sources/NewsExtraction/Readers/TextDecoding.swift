/// Turns article bytes into text the readers can trust: Unicode, `\n` line ends, no binary junk.
///
/// Invalid UTF-8 is replaced with U+FFFD rather than rejected, because real scraped articles often carry a
/// stray byte from another encoding and one bad byte should not cost the whole article.
enum TextDecoding {
    /// Decodes `bytes` (UTF-8, with or without a byte-order mark, or UTF-16 with one).
    ///
    /// - throws: `ArticleReadError` when the bytes are empty, only whitespace, or look binary.
    static func decode(_ bytes: some Collection<UInt8>) throws(ArticleReadError) -> String {
        guard !bytes.isEmpty else { throw .empty }
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: false)
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            text = decodeUTF16(bytes.dropFirst(2), bigEndian: true)
        } else if let bigEndian = unmarkedUTF16(bytes) {
            text = decodeUTF16(bytes, bigEndian: bigEndian)
        } else {
            // A NUL byte never occurs in UTF-8 text; it is the surest sign of a binary file.
            if bytes.contains(0) { throw .binary }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes.dropFirst(0)
            text = String(decoding: body, as: UTF8.self)
        }
        if looksBinary(text) { throw .binary }
        let normalized = normalizingLineEnds(text)
        if normalized.unicodeScalars.allSatisfy(\.isBlank) { throw .whitespaceOnly }
        return normalized
    }

    /// Decodes an HTML page: like `decode(_:)`, except that a page that is not valid UTF-8 and declares a
    /// Western single-byte charset (`windows-1252`, `iso-8859-1`, `latin1`) is read in that charset, as
    /// browsers do, instead of losing every accented letter to U+FFFD.
    static func decodeHTML(_ bytes: [UInt8]) throws(ArticleReadError) -> String {
        let text = try decode(bytes)
        guard text.unicodeScalars.contains("\u{FFFD}"), String(validating: bytes, as: UTF8.self) == nil,
            let charset = declaredCharset(bytes),
            ["windows-1252", "cp1252", "iso-8859-1", "iso-8859-15", "latin1", "latin-1", "us-ascii"].contains(charset)
        else { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte), let mapped = windows1252[Int(byte - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return normalizingLineEnds(String(scalars))
    }

    /// The `charset=` a page declares in its first 4 KB (a byte scan, not a markup parse), in lower case.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name)
    }

    /// Windows-1252's printable characters at 0x80...0x9F (the rest of the page is Latin-1).
    private static let windows1252: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// True when the start of the text is mostly control characters or replaced bytes.
    static func looksBinary(_ text: String) -> Bool {
        var total = 0
        var bad = 0
        for scalar in text.unicodeScalars.prefix(8192) {
            total += 1
            switch scalar.value {
            case 0, 1...8, 11, 14...31, 0x7F, 0xFFFD: bad += 1
            default: break
            }
        }
        return total > 0 && bad * 4 > total
    }

    /// Replaces `\r\n` and lone `\r` (and the Unicode line and paragraph separators) with `\n`.
    static func normalizingLineEnds(_ text: String) -> String {
        // One pass over the bytes: a carriage return, or U+2028/U+2029 (E2 80 A8/A9 in UTF-8).
        var needsWork = false
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 13 || (previous == (0xE2, 0x80) && (byte == 0xA8 || byte == 0xA9)) {
                needsWork = true
                break
            }
            previous = (previous.1, byte)
        }
        guard needsWork else { return text }
        var result = String.UnicodeScalarView()
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r":
                result.append("\n")
                previousWasReturn = true
                continue
            case "\n" where previousWasReturn:
                break
            case "\u{2028}", "\u{2029}":
                result.append("\n")
            default:
                result.append(scalar)
            }
            previousWasReturn = false
        }
        return String(result)
    }

    /// UTF-16 without a byte-order mark, as some Windows tools save text: in the first bytes, nearly every
    /// other byte is NUL (the high byte of ASCII letters) and the bytes between are not. Returns whether it
    /// is big-endian, or nil when the bytes do not look like UTF-16.
    private static func unmarkedUTF16(_ bytes: some Collection<UInt8>) -> Bool? {
        let sample = Array(bytes.prefix(1024))
        guard sample.count >= 8, sample.count % 2 == 0 else { return nil }
        var evenZeros = 0
        var oddZeros = 0
        for (index, byte) in sample.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let half = sample.count / 2
        if oddZeros * 10 >= half * 9 && evenZeros == 0 { return false }
        if evenZeros * 10 >= half * 9 && oddZeros == 0 { return true }
        return nil
    }

    private static func decodeUTF16(_ bytes: some Collection<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var iterator = bytes.makeIterator()
        while let first = iterator.next(), let second = iterator.next() {
            units.append(bigEndian ? UInt16(first) << 8 | UInt16(second) : UInt16(second) << 8 | UInt16(first))
        }
        return String(decoding: units, as: UTF16.self)
    }
}

extension Unicode.Scalar {
    /// Whitespace, including the no-break space that HTML pages use between words.
    ///
    /// ASCII is answered without the Unicode property tables, which dominate the time of reading a large page.
    var isBlank: Bool {
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return value == 0xA0 || value == 0xFEFF || properties.isWhitespace
    }
}

extension String {
    /// The text without leading and trailing whitespace.
    var trimmedBlanks: Substring { self[...].trimmedBlanks }

    /// Splits on `\n`, keeping empty lines.
    var lines: [Substring] { self[...].lines }
}

extension Substring {
    /// The text without leading and trailing whitespace, as a substring of the original.
    var trimmedBlanks: Substring {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return self[endIndex..<endIndex] }
        let last = scalars.lastIndex(where: { !$0.isBlank })!
        return self[first...last]
    }

    /// Splits on `\n`, keeping empty lines, in one pass over the UTF-8 bytes.
    var lines: [Substring] {
        var result: [Substring] = []
        var start = startIndex
        var index = utf8.startIndex
        while index != utf8.endIndex {
            if utf8[index] == 10 {
                result.append(self[start..<index])
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result.append(self[start..<endIndex])
        return result
    }
}

extension ArticleReadError {
    static let empty = ArticleReadError("the file is empty: give a file that holds an article's text")
    static let whitespaceOnly = ArticleReadError(
        "the file is empty (it holds only whitespace): give a file that holds an article's text"
    )
    static let binary = ArticleReadError(
        "the file looks like a binary file, not an article: give a text, Markdown, HTML or JSON article"
    )
}
