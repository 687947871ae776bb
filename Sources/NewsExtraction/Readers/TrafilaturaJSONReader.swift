import Foundation

/// Reads articles in the shape `trafilatura --json` writes: `title`, `author`, `hostname`, `date`,
/// `source` (the page address), `source-hostname` (the site's name), `text` and `raw_text` (paragraphs
/// separated by `\n`), `excerpt`, and bookkeeping fields that are ignored.
///
/// For example:
/// ```json
/// {"title": "...", "date": "2022-01-19", "source": "https://atlasnews.example/...",
///  "source-hostname": "Atlas News", "text": "ALMATY, Jan 19 (Atlas News) - ...\nThe ..."}
/// ```
enum TrafilaturaJSONReader {
    static func read(_ text: String) throws(ArticleReadError) -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            throw ArticleReadError(
                "the file is not valid JSON: give one article as a JSON object, as trafilatura --json writes it"
            )
        }
        return try document(from: object, linePrefix: "")
    }

    /// Builds the document of one JSON value; `linePrefix` ("line 3: ") starts error messages for NDJSON.
    static func document(from object: Any, linePrefix: String) throws(ArticleReadError) -> Document {
        guard let fields = object as? [String: Any] else {
            throw ArticleReadError(
                "\(linePrefix)not a JSON object: give each article as an object with a \"text\" field"
            )
        }
        guard let body = string(fields["text"]) ?? string(fields["raw_text"]) else {
            throw ArticleReadError(
                "\(linePrefix)the JSON article has no \"text\" field: give the body under \"text\", "
                    + "as trafilatura --json does"
            )
        }
        var metadata = ArticleMetadata()
        metadata.title = string(fields["title"])
        metadata.author = string(fields["author"])
        metadata.url = string(fields["url"]) ?? string(fields["source"]).flatMap { $0.contains("://") ? $0 : nil }
        metadata.source =
            string(fields["source-hostname"]) ?? string(fields["sitename"]) ?? string(fields["hostname"])
        if let date = string(fields["date"]) ?? string(fields["published"]) {
            metadata.published = Day(iso: date) ?? DateText.day(in: date)
        }
        let drafts = TextBodyReader.drafts(from: body.lines, style: .plain)
        guard !drafts.isEmpty else {
            throw ArticleReadError("\(linePrefix)the JSON article's \"text\" is empty: give the article's body")
        }
        return DocumentAssembler.assemble(metadata: metadata, drafts: drafts, format: .json)
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmedBlanks
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
