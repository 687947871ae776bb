/// Recognises the site furniture that scraped plain text keeps at its end: promo lines such as
/// `DAILY BRIEFING: . . . . Read More . . . . Morning Digest`, copyright lines, and
/// shouted calls to subscribe.
enum Boilerplate {
    /// At most this many trailing lines are dropped, so that a run of short final paragraphs survives.
    static let maximumTrailingLines = 3

    /// True when a paragraph at the end of an article is page furniture rather than text:
    /// - it contains a spaced ellipsis run (`. . .`), which prose writes as `...` or `…`;
    /// - most of its letters are capitals (at least 8 letters, over 60% upper case);
    /// - it starts with `©` or `Copyright`.
    static func isTrailingFurniture(_ paragraph: some StringProtocol) -> Bool {
        if paragraph.contains(". . .") { return true }
        let lower = paragraph.lowercased()
        if lower.hasPrefix("\u{00A9}") || lower.hasPrefix("copyright ") || lower.hasPrefix("(c) ") { return true }
        var letters = 0
        var upper = 0
        for scalar in paragraph.unicodeScalars where scalar.properties.isAlphabetic {
            letters += 1
            if scalar.properties.isUppercase { upper += 1 }
        }
        return letters >= 8 && upper * 10 > letters * 6
    }

    /// Lines that pages and scraped text keep from ad slots and link boxes wherever they sit
    /// ("ADVERTISEMENT", "Story continues below advertisement", "Read more: ...", "Related: ...").
    static func isStandaloneFurniture(_ line: some StringProtocol) -> Bool {
        // Every phrase below starts with a, p, r or s: most paragraphs are turned away by their first letter.
        guard line.utf8.count <= 200, let first = line.unicodeScalars.first,
            ["a", "p", "r", "s", "A", "P", "R", "S"].contains(first)
        else { return false }
        if line.utf8.count <= 40 {
            let bare = line.lowercased().unicodeScalars.filter {
                !$0.isBlank && !$0.properties.generalCategory.isPunctuation
            }
            let words = ["advertisement", "advert", "sponsored", "storycontinuesbelowadvertisement", "ad", "promoted"]
            if words.contains(String(String.UnicodeScalarView(bare))) { return true }
        }
        let head = String(line.prefix(16)).lowercased()
        return [
            "read more:", "read more \u{2192}", "related:", "also read:", "read also:", "see also:", "recommended:",
        ]
        .contains { head.hasPrefix($0) }
    }

    /// Drops trailing body drafts that are furniture.
    static func trimTrailing(_ drafts: inout [PassageDraft]) {
        var removed = 0
        while removed < maximumTrailingLines, let last = drafts.last, last.kind == .body,
            isTrailingFurniture(last.text)
        {
            drafts.removeLast()
            removed += 1
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
