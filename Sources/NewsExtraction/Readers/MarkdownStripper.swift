/// Removes the simple Markdown markup that news articles use: headings, emphasis, links, images, inline code,
/// quotes, list markers and backslash escapes. One pass, linear in the text, so hostile input (thousands of
/// unmatched `[` or `*`) costs no more than ordinary text.
enum MarkdownStripper {
    enum Line: Equatable {
        case blank
        case rule
        case fence
        case heading(Substring)
        case listItem(Substring)
        case quote(Substring)
        case text(Substring)
    }

    /// What a (trimmed) Markdown line is, with its text without the block marker.
    static func classify(_ line: Substring) -> Line {
        guard let first = line.first else { return .blank }
        if line.hasPrefix("```") || line.hasPrefix("~~~") { return .fence }
        if ["-", "*", "_"].contains(first), line.count >= 3,
            line.allSatisfy({ $0 == first || $0 == " " })
        {
            return .rule
        }
        if first == "#" {
            let text = line.drop(while: { $0 == "#" })
            if text.count < line.count - 6 { return .text(line) }
            if text.isEmpty || text.first == " " {
                var heading = text.trimmedBlanks
                while heading.last == "#" { heading = heading.dropLast().trimmedBlanks }
                return .heading(heading)
            }
        }
        if first == ">" { return .quote(line.dropFirst().trimmedBlanks) }
        if EmbeddedPostDetector.isListItem(line) {
            let marker = line.prefix(while: { !$0.isWhitespace })
            return .listItem(line.dropFirst(marker.count).trimmedBlanks)
        }
        return .text(line)
    }

    /// The text with inline markup removed: `**bold**` → `bold`, `[text](url)` → `text`, `![alt](src)` → ``.
    static func inline(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        var index = 0
        let count = scalars.count
        while index < count {
            let scalar = scalars[index]
            switch scalar {
            case "\\" where index + 1 < count && isPunctuation(scalars[index + 1]):
                output.append(scalars[index + 1])
                index += 2
            case "!" where index + 1 < count && scalars[index + 1] == "[":
                if let link = link(scalars, openingAt: index + 1) {
                    index = link.end
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "[":
                if let link = link(scalars, openingAt: index) {
                    output.append(
                        contentsOf: inline(String(String.UnicodeScalarView(scalars[link.text]))).unicodeScalars
                    )
                    index = link.end
                } else {
                    output.append(scalar)
                    index += 1
                }
            case "`":
                index += 1
            case "*", "_":
                // Emphasis markers sit at a word's edge: "*word*", "__word__". Underscores inside words
                // ("@aliya_reports", "snake_case") are text.
                var run = index
                while run < count && scalars[run] == scalar { run += 1 }
                let before = index > 0 ? scalars[index - 1] : " "
                let after = run < count ? scalars[run] : " "
                let opens = (before.isBlank || isPunctuation(before)) && !after.isBlank
                let closes = !before.isBlank && (after.isBlank || isPunctuation(after))
                if (opens || closes) && run - index <= 3 {
                    index = run
                } else {
                    output.append(contentsOf: scalars[index..<run])
                    index = run
                }
            default:
                output.append(scalar)
                index += 1
            }
        }
        return String(output)
    }

    /// `[text](url)` starting at `open`: the text's range and the index after `)`. The search for `]` stops
    /// at the next `[` or line end, and the address may not hold spaces, so each scalar is looked at a bounded
    /// number of times.
    private static func link(_ scalars: [Unicode.Scalar], openingAt open: Int) -> (text: Range<Int>, end: Int)? {
        var index = open + 1
        while index < scalars.count, scalars[index] != "]" {
            if scalars[index] == "[" || scalars[index] == "\n" { return nil }
            index += 1
        }
        guard index + 1 < scalars.count, scalars[index + 1] == "(" else { return nil }
        let textRange = (open + 1)..<index
        var end = index + 2
        while end < scalars.count, scalars[end] != ")" {
            if scalars[end].isBlank && scalars[end] != " " || scalars[end] == "[" || scalars[end] == "(" { return nil }
            end += 1
        }
        guard end < scalars.count else { return nil }
        return (textRange, end + 1)
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol:
            true
        default:
            false
        }
    }
}
