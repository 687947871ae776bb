import Yams

/// Reads plain text and Markdown articles: optional YAML front matter, an optional title line and byline,
/// then the body.
///
/// For example, a scraped article:
/// ```
/// by Globe Desk Staff, January 7, 2022
/// The president ordered troops onto the streets ...
/// ```
/// gives author `Globe Desk Staff`, published 2022-01-07, and a text that starts with "The president".
enum PlainTextReader {
    static func read(_ text: String, markdown: Bool) throws(ArticleReadError) -> Document {
        var lines = text.lines
        var metadata = ArticleMetadata()
        if let frontMatter = FrontMatterReader.split(lines) {
            metadata = frontMatter.metadata
            lines = Array(lines[frontMatter.bodyStart...])
        }
        var first = lines.firstIndex { !$0.trimmedBlanks.isEmpty } ?? lines.endIndex
        if markdown, first < lines.endIndex,
            case .heading(let heading) = MarkdownStripper.classify(lines[first].trimmedBlanks),
            lines[first].trimmedBlanks.hasPrefix("# ")
        {
            // A Markdown article's first `# Heading` is its title, not part of its text.
            if metadata.title == nil { metadata.title = MarkdownStripper.inline(String(heading)) }
            first += 1
            first = lines[first...].firstIndex { !$0.trimmedBlanks.isEmpty } ?? lines.endIndex
        }
        if let (bylineLine, byline) = findByline(lines, from: first) {
            if bylineLine > first, metadata.title == nil {
                metadata.title = String(lines[first].trimmedBlanks)
            }
            if metadata.author == nil { metadata.author = byline.author }
            if metadata.published == nil { metadata.published = byline.published }
            first = bylineLine + 1
        }
        let drafts = TextBodyReader.drafts(from: Array(lines[first...]), style: markdown ? .markdown : .plain)
        guard !drafts.isEmpty else {
            throw ArticleReadError("the article has no text after its header: give a file with the article's body")
        }
        return DocumentAssembler.assemble(metadata: metadata, drafts: drafts, format: .text)
    }

    /// A byline on the first non-blank line, or on the second one when the first is a short title line.
    private static func findByline(_ lines: [Substring], from first: Int) -> (Int, BylineParser.Byline)? {
        guard first < lines.endIndex else { return nil }
        if let byline = BylineParser.parse(lines[first]) { return (first, byline) }
        let title = lines[first].trimmedBlanks
        guard title.unicodeScalars.count <= 200, !title.hasSuffix("."), first + 1 < lines.endIndex,
            let byline = BylineParser.parse(lines[first + 1])
        else { return nil }
        return (first + 1, byline)
    }
}

/// Reads YAML front matter (`---` ... `---`) with Yams.
enum FrontMatterReader {
    struct FrontMatter {
        var metadata: ArticleMetadata
        /// The index of the first line after the closing `---`.
        var bodyStart: Int
    }

    static let maximumLines = 200

    /// Front matter only counts when the block closes and holds a YAML mapping, so that a text that merely
    /// starts with a `---` rule keeps its first lines.
    static func split(_ lines: [Substring]) -> FrontMatter? {
        guard let first = lines.first, first.trimmedBlanks == "---" else { return nil }
        guard
            // Front matter is a short header; a closing `---` hundreds of lines down is a rule in the text.
            let close = lines.dropFirst().prefix(maximumLines).firstIndex(where: {
                $0.trimmedBlanks == "---" || $0.trimmedBlanks == "..."
            })
        else { return nil }
        let yaml = lines[1..<close].joined(separator: "\n")
        let mapping: [String: String]
        if let node = try? Yams.compose(yaml: yaml), let parsed = node.mapping {
            mapping = strings(parsed)
        } else if let fallback = looseMapping(lines[1..<close]) {
            mapping = fallback
        } else {
            return nil
        }
        var metadata = ArticleMetadata()
        metadata.title = value(mapping, ["title", "headline"])
        metadata.url = value(mapping, ["url", "link", "canonical_url", "canonical", "permalink"])
        metadata.source = value(mapping, ["source", "site", "site_name", "publisher", "outlet"])
        metadata.author = value(mapping, ["author", "authors", "byline"])
        if let published = value(mapping, ["published", "date", "published_at", "pubdate", "publish_date"]) {
            metadata.published = Day(iso: published) ?? DateText.day(in: published)
        }
        return FrontMatter(metadata: metadata, bodyStart: close + 1)
    }

    /// Scalars as written (Yams composes without resolving, so `2022-01-07` and
    /// `2022-01-07T10:00:00+05:00` stay text and keep the local date as written), and lists of names joined
    /// with "and".
    private static func strings(_ mapping: Node.Mapping) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.string?.lowercased() else { continue }
            if let scalar = value.scalar {
                result[name] = scalar.string
            } else if let sequence = value.sequence {
                let items = sequence.compactMap { $0.scalar?.string ?? $0.mapping?["name"]?.string }
                if !items.isEmpty { result[name] = items.joined(separator: " and ") }
            } else if let nested = value.mapping, let nestedName = nested["name"]?.string {
                result[name] = nestedName
            }
        }
        return result
    }

    /// When Yams rejects the block (typically an unquoted title with a colon, `title: Opinion: ...`), each
    /// `key: value` line is still read, splitting at the first colon, so that one bad line does not lose the
    /// publication date.
    private static func looseMapping(_ lines: ArraySlice<Substring>) -> [String: String]? {
        var result: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[line.startIndex..<colon].trimmedBlanks.lowercased()
            var value = line[line.index(after: colon)...].trimmedBlanks
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = value.dropFirst().dropLast()
            }
            if !key.isEmpty, !key.contains(" "), !value.isEmpty { result[key] = String(value) }
        }
        return result.isEmpty ? nil : result
    }

    private static func value(_ mapping: [String: String], _ keys: [String]) -> String? {
        for key in keys {
            if let value = mapping[key]?.trimmedBlanks, !value.isEmpty { return String(value) }
        }
        return nil
    }
}
