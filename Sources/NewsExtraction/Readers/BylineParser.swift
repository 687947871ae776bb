/// Reads a byline line such as `By Staff Reporter, January 7, 2022`, `by Globe Desk Staff, January 7, 2022`
/// or `By Marta Keller | January 6, 2022`.
///
/// A byline is short and starts with "By"; an opening sentence such as "By Monday the protests had reached
/// Aktau, ..." is not one, because it is long and reads on as a sentence.
enum BylineParser {
    struct Byline: Hashable, Sendable {
        var author: String?
        var published: Day?
    }

    /// Bylines are short; anything longer is article text.
    static let maximumLength = 160

    static func parse(_ line: Substring) -> Byline? {
        let line = line.trimmedBlanks
        guard line.unicodeScalars.count <= maximumLength else { return nil }
        let words = line.split(whereSeparator: { $0.isWhitespace })
        guard let first = words.first else { return nil }
        if first.lowercased() == "by" && words.count >= 2 {
            let rest = line[words[1].startIndex...]
            if let (day, prefix) = DateText.trailingDay(in: rest) {
                return Byline(author: cleanAuthor(prefix), published: day)
            }
            // "By Name" alone: a few capitalised words, not a sentence.
            guard words.count <= 7, !line.hasSuffix("."), words[1].first?.isUppercase == true else { return nil }
            return Byline(author: cleanAuthor(rest), published: nil)
        }
        // A line that is only a date ("January 7, 2022", "Friday, January 7, 2022").
        if words.count <= 5, let (day, prefix) = DateText.trailingDay(in: line), cleanAuthor(prefix) == nil {
            return Byline(author: nil, published: day)
        }
        return nil
    }

    /// The author part without the separators around it (`Staff Reporter,` → `Staff Reporter`).
    static func cleanAuthor(_ text: Substring) -> String? {
        var words = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        let separators: Set<String> = ["|", "-", "–", "—", "·", "•", "/", "on", "updated", "published"]
        while let last = words.last, separators.contains(last.lowercased()) || DateText.isWeekday(last) {
            words.removeLast()
        }
        var author = words.joined(separator: " ")
        while let last = author.unicodeScalars.last, [",", "|", "·", "-", "–", "—", ";", ":"].contains(last) {
            author.unicodeScalars.removeLast()
            author = String(author.trimmedBlanks)
        }
        return author.isEmpty ? nil : author
    }
}
