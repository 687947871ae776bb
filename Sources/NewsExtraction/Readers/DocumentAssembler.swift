/// One paragraph or post as a reader found it, before offsets are known.
struct PassageDraft: Hashable, Sendable {
    var kind: PassageKind
    var text: String
    var anchor: Day?
    var author: String?
    var handle: String?

    init(kind: PassageKind = .body, text: String, anchor: Day? = nil, author: String? = nil, handle: String? = nil) {
        self.kind = kind
        self.text = text
        self.anchor = anchor
        self.author = author
        self.handle = handle
    }
}

/// Joins drafts into a `Document`: paragraphs separated by a blank line, passages with Unicode-scalar
/// ranges, and the wire dateline of the first body paragraph.
enum DocumentAssembler {
    static func assemble(metadata: ArticleMetadata, drafts: [PassageDraft], format: InputFormat) -> Document {
        var text = ""
        var passages: [Passage] = []
        var offset = 0
        var dateline: Dateline?
        // The dateline opens the lead, which may follow a title or standfirst line the reader kept.
        var bodyParagraphsLeft = 3
        for draft in drafts {
            let paragraph = draft.text.trimmedBlanks
            guard !paragraph.isEmpty else { continue }
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.unicodeScalars.count
            if dateline == nil, bodyParagraphsLeft > 0, draft.kind != .embeddedPost {
                // Only short lines (a title, a standfirst) may come before it.
                bodyParagraphsLeft = length < 300 ? bodyParagraphsLeft - 1 : 0
                if var found = DatelineParser.parse(paragraph, published: metadata.published), let range = found.range {
                    found.range = (range.lowerBound + offset)..<(range.upperBound + offset)
                    dateline = found
                }
            }
            text += paragraph
            passages.append(
                Passage(
                    kind: draft.kind,
                    range: offset..<(offset + length),
                    anchor: draft.anchor,
                    author: draft.author,
                    handle: draft.handle
                )
            )
            offset += length
        }
        return Document(metadata: metadata, text: text, passages: passages, dateline: dateline, format: format)
    }
}
