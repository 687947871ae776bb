/// Turns the body lines of a plain-text or Markdown article into paragraphs and embedded posts.
///
/// Plain text: every non-blank line is a paragraph (scraped text often separates paragraphs with a single
/// newline). Markdown: blank lines separate paragraphs, lines inside one are joined with a space, and simple
/// markup is removed. In both, posts closed by a signature line become `embeddedPost` passages (see
/// `EmbeddedPostDetector`), the signature line itself is dropped, and trailing site furniture is removed.
enum TextBodyReader {
    enum Style: Sendable {
        case plain
        case markdown
    }

    static func drafts(from rawLines: [Substring], style: Style) -> [PassageDraft] {
        var lines = rawLines.map(\.trimmedBlanks)
        if style == .markdown {
            // Quoted posts ("> text" then "> — Name (@handle) date") are found like unquoted ones.
            lines = lines.map { line in line.first == ">" ? line.drop { $0 == ">" || $0 == " " } : line }
        }
        lines = lines.map { Boilerplate.isStandaloneFurniture($0) ? "" : $0 }
        let posts = EmbeddedPostDetector.posts(in: lines)
        var drafts: [PassageDraft] = []
        var paragraph: [Substring] = []

        func flush() {
            guard !paragraph.isEmpty else { return }
            let joined = paragraph.joined(separator: " ")
            drafts.append(PassageDraft(text: style == .markdown ? MarkdownStripper.inline(joined) : joined))
            paragraph.removeAll()
        }

        var index = 0
        var nextPost = 0
        while index < lines.count {
            if nextPost < posts.count,
                index == posts[nextPost].lines.lowerBound
                    || index == posts[nextPost].signatureLine
            {
                flush()
                let post = posts[nextPost]
                let text = lines[post.lines].filter { !$0.isEmpty }.map {
                    style == .markdown ? MarkdownStripper.inline(String($0)) : String($0)
                }
                .joined(separator: "\n")
                drafts.append(
                    PassageDraft(
                        kind: .embeddedPost,
                        text: text,
                        anchor: post.signature.day,
                        author: post.signature.author,
                        handle: post.signature.handle
                    )
                )
                index = post.signatureLine + 1
                nextPost += 1
                continue
            }
            let line = lines[index]
            index += 1
            switch style {
            case .plain:
                if !line.isEmpty { drafts.append(PassageDraft(text: String(line))) }
            case .markdown:
                switch MarkdownStripper.classify(line) {
                case .blank, .rule, .fence:
                    flush()
                case .heading(let text):
                    flush()
                    drafts.append(PassageDraft(text: MarkdownStripper.inline(String(text))))
                case .listItem(let text):
                    flush()
                    paragraph.append(text)
                case .quote(let text), .text(let text):
                    paragraph.append(text)
                }
            }
        }
        flush()
        Boilerplate.trimTrailing(&drafts)
        return drafts
    }
}
