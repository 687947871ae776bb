/// Finds social-media posts that an article quotes as plain text, each closed by a signature line such as
/// `— Jane Roe (@janeroe) January 6, 2022`.
///
/// Where a post *ends* is clear (the line before its signature); where it *starts* is not, because scraped
/// text keeps no markup. The rule, tested on the seed article:
///
/// - Lines between two signatures, or between a blank line and a signature, belong to the later post:
///   consecutive posts are printed back to back, and in blank-line text a post is its own block.
/// - Otherwise (a post right after ordinary article lines, all separated by single newlines) the post is the
///   line before the signature plus the lines above it that look like part of a post rather than article
///   prose: list items (`•`, `-`, `1.`), fragments without closing punctuation, lines that start with `@` or
///   `#`, and a heading that ends with a colon and opens a list.
/// - In every case a line ending with a colon that is followed by ordinary text ("Here is what the crowd
///   saw last night:") introduces the post and stays with the article; after prose, such a line a
///   few short lines up opens the post even when its lines read like sentences. A post is never longer
///   than `maximumLength` scalars (a tweet is at most 280 characters; other networks allow more).
enum EmbeddedPostDetector {
    struct Signature: Hashable, Sendable {
        var author: String
        var handle: String
        var day: Day?
    }

    struct Post: Hashable, Sendable {
        /// The post's lines (indices into the lines given to `posts(in:)`).
        var lines: Range<Int>
        /// The signature line's index.
        var signatureLine: Int
        var signature: Signature
    }

    static let maximumLength = 1000
    /// Signature lines are short; longer lines are not even looked at.
    static let maximumSignatureLength = 200

    /// Reads a signature line: a dash (`—`, `–`, `--` or `-`), a name, `(@handle)`, then usually a date.
    static func signature(_ line: Substring) -> Signature? {
        let line = line.trimmedBlanks
        // The cheap test first: most lines do not start with a dash, and long ones are never counted.
        guard let first = line.unicodeScalars.first, isDash(first),
            line.utf8.count <= maximumSignatureLength * 4, line.unicodeScalars.count <= maximumSignatureLength
        else { return nil }
        var rest = line.unicodeScalars.drop(while: isDash)[...]
        rest = rest.drop(while: \.isBlank)
        let text = Substring(rest)
        guard let open = text.range(of: "(@") else { return nil }
        let author = text[text.startIndex..<open.lowerBound].trimmedBlanks
        let afterOpen = text[open.upperBound...]
        guard let close = afterOpen.firstIndex(of: ")") else { return nil }
        let handle = afterOpen[afterOpen.startIndex..<close]
        guard !author.isEmpty, !handle.isEmpty,
            handle.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || $0.properties.numericType != nil
                    || $0 == "_" || $0 == "."
            })
        else { return nil }
        let dateText = afterOpen[afterOpen.index(after: close)...].trimmedBlanks
        return Signature(author: String(author), handle: String(handle), day: DateText.day(in: dateText))
    }

    /// The posts among `lines` (already trimmed; blank lines are empty), in order.
    static func posts(in lines: [Substring]) -> [Post] {
        var posts: [Post] = []
        var floor = 0
        for index in lines.indices {
            guard let signature = signature(lines[index]) else { continue }
            let start = postStart(lines, signatureLine: index, floor: floor)
            posts.append(Post(lines: start..<index, signatureLine: index, signature: signature))
            floor = index + 1
        }
        return posts
    }

    private static func postStart(_ lines: [Substring], signatureLine: Int, floor: Int) -> Int {
        var last = signatureLine - 1
        // "Post text pic.twitter.com/x", a blank line, then the signature: the post is the block above.
        if last - 1 >= floor, lines[last].isEmpty, endsWithLink(lines[last - 1]) { last -= 1 }
        guard last >= floor, !lines[last].isEmpty else { return signatureLine }
        var top = last
        while top > floor, !lines[top - 1].isEmpty { top -= 1 }
        // Bounded: the region above stops at a blank line or at the previous post's signature.
        let bounded = top > 0
        if !bounded, let introduction = introductionAbove(lines, last: last, top: top) { return introduction + 1 }
        var start = last
        var length = lines[last].unicodeScalars.count
        var index = last - 1
        while index >= top {
            let line = lines[index]
            if isIntroduction(line, next: lines[index + 1]) { break }
            if !bounded && !looksLikePostLine(line, next: lines[index + 1]) { break }
            length += line.unicodeScalars.count
            if length > maximumLength { break }
            start = index
            index -= 1
        }
        return start
    }

    /// After ordinary prose, a line such as "One witness put it this way:" a few short lines above the
    /// signature opens the post, even when the post's own lines read like sentences. Only a tweet's length
    /// (`introducedPostLength` scalars, at most `introducedPostLines` lines) is searched, so article paragraphs
    /// between an earlier colon and the post are not swallowed.
    private static func introductionAbove(_ lines: [Substring], last: Int, top: Int) -> Int? {
        var length = lines[last].unicodeScalars.count
        var index = last - 1
        while index >= top, last - index <= introducedPostLines {
            if isIntroduction(lines[index], next: lines[index + 1]) { return index }
            length += lines[index].unicodeScalars.count
            if length > introducedPostLength { return nil }
            index -= 1
        }
        return nil
    }

    static let introducedPostLength = 320
    static let introducedPostLines = 6

    /// True when the line's last word is a link (`pic.twitter.com/x`, `https://t.co/x`), as posts end.
    static func endsWithLink(_ line: Substring) -> Bool {
        guard let word = line.split(whereSeparator: \.isWhitespace).last else { return false }
        return word.hasPrefix("http://") || word.hasPrefix("https://") || word.hasPrefix("pic.twitter.com/")
    }

    /// "This is what it looks like:" followed by ordinary text introduces a post.
    static func isIntroduction(_ line: Substring, next: Substring) -> Bool {
        line.unicodeScalars.last == ":" && !isListItem(line) && !isListItem(next)
    }

    static func looksLikePostLine(_ line: Substring, next: Substring) -> Bool {
        if isListItem(line) { return true }
        guard let first = line.unicodeScalars.first, let last = line.unicodeScalars.last else { return false }
        if first == "@" || first == "#" { return true }
        if last == ":" { return isListItem(next) }
        let closing: Set<Unicode.Scalar> = [".", "!", "?", "\"", "\u{201D}", "\u{2019}", "'", ")", "\u{2026}", ";"]
        return !closing.contains(last)
    }

    /// `• item`, `- item`, `* item`, `1. item`, `2) item`.
    static func isListItem(_ line: Substring) -> Bool {
        let scalars = line.unicodeScalars
        guard let first = scalars.first else { return false }
        if ["\u{2022}", "\u{25AA}", "\u{25CF}", "\u{2023}", "\u{00B7}"].contains(first) { return true }
        let second = scalars.dropFirst().first
        if ["-", "*", "+", "\u{2013}"].contains(first) { return second == " " }
        var digits = 0
        for scalar in scalars {
            if DateText.asciiDigit(scalar) != nil {
                digits += 1
            } else {
                return digits > 0 && digits <= 3 && (scalar == "." || scalar == ")")
                    && scalars.dropFirst(digits + 1).first == " "
            }
        }
        return false
    }

    static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2014}" || scalar == "\u{2013}" || scalar == "\u{2015}" || scalar == "\u{2012}"
    }
}
