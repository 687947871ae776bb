import Foundation

/// Recognises the site furniture that scraped plain text keeps at its end: promo lines such as
/// `INFORMATION WORLD WAR: . . . . How We Win . . . . Executive Intelligence Brief`, copyright lines, and
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
        guard line.utf8.count <= 200 else { return false }
        let lower = line.lowercased()
        let bare = lower.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
        if ["advertisement", "advert", "sponsored", "story continues below advertisement", "ad", "promoted"]
            .contains(bare)
        {
            return true
        }
        return [
            "read more:", "read more \u{2192}", "related:", "also read:", "read also:", "see also:", "recommended:",
        ]
        .contains { lower.hasPrefix($0) }
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
