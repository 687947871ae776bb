import CTimelineXML
import Foundation

/// Reads an HTML news page with libxml2's forgiving HTML parser.
///
/// - Metadata: the title from `og:title`, JSON-LD `headline`, the first `<h1>`, then `<title>` without its
///   site suffix; the date from `article:published_time`, JSON-LD `datePublished`, other date metas, then
///   the first `<time datetime>`; the address from `og:url`, `<link rel=canonical>` or JSON-LD `url`; the
///   author from `<meta name=author>` or JSON-LD; the site from `og:site_name`, JSON-LD or the title suffix.
/// - Text: the largest `<article>` (or `<main>`, or `<body>`), without navigation, headers, footers, scripts,
///   forms, asides, figure captions, buttons, and elements whose class or id names page furniture (share,
///   social, related, newsletter, subscribe, ad, promo, cookie, byline, meta, tags...). The `<h1>` goes to
///   the title, not the text. Paragraphs, headings, list items and other blocks become paragraphs; a
///   paragraph that only holds a `<time>` (a live-blog stamp) is dropped.
/// - Embedded posts (`blockquote` whose class names a tweet, an Instagram or other post) become
///   `embeddedPost` passages dated by their signature line, which is dropped from the text.
/// - Live blogs: elements whose class names an entry or update and that hold a `<time datetime>` become
///   `liveEntry` passages anchored at that time's date, when the page has at least two of them.
enum HTMLReader {
    static func read(_ text: String) throws(ArticleReadError) -> Document {
        _ = parserInitialized
        let bytes = text.utf8CString  // NUL-terminated; the terminator is not passed as content.
        guard bytes.count - 1 < Int(Int32.max) else {
            throw ArticleReadError("the HTML page is too large (over 2 GB): give one article's page")
        }
        let options = Int32(
            HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                | HTML_PARSE_NONET.rawValue
        )
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            htmlReadMemory(buffer.baseAddress, Int32(buffer.count - 1), nil, "UTF-8", options)
        }
        guard let document = parsed else { throw noText }
        defer { xmlFreeDoc(document) }
        guard let rootPointer = xmlDocGetRootElement(document) else { throw noText }
        let page = PageScan(root: HTMLNode(pointer: rootPointer))
        var extraction = ContentExtraction(page: page)
        extraction.run(from: page.contentRoot)
        var drafts = extraction.drafts
        var metadata = page.metadata()

        // An unmarked byline paragraph ("By Marta Keller | January 6, 2022") is furniture too.
        if let index = drafts.firstIndex(where: { $0.kind == .body }), index == 0,
            let byline = BylineParser.parse(drafts[index].text[...])
        {
            if metadata.author == nil { metadata.author = byline.author }
            if metadata.published == nil { metadata.published = byline.published }
            drafts.remove(at: index)
        }
        guard drafts.contains(where: { !$0.text.isEmpty }) else { throw noText }
        return DocumentAssembler.assemble(metadata: metadata, drafts: drafts, format: .html)
    }

    /// libxml2 2.9 asks threaded programs to initialise the parser once before use; a static `let` runs
    /// exactly once, whichever thread reads first.
    private static let parserInitialized: Void = xmlInitParser()

    static let noText = ArticleReadError(
        "the HTML page has no article text: give the article's own page, not an index, a script or an empty page"
    )
}

/// One pass over the whole page for metadata and for the elements that choose the content.
private struct PageScan {
    var title: String?
    var firstHeading: String?
    var metas: [String: String] = [:]
    var canonical: String?
    var authorLink: String?
    var bylineText: String?
    var firstTime: Day?
    var jsonLD: [[String: Any]] = []
    var articles: [HTMLNode] = []
    var main: HTMLNode?
    var body: HTMLNode?
    var root: HTMLNode
    /// Live-blog entries and their timestamps' dates.
    var entryAnchors: [HTMLNode: Day] = [:]

    init(root: HTMLNode) {
        self.root = root
        var times: [(HTMLNode, Day)] = []
        root.walk { node in
            guard node.isElement else { return false }
            switch node.name {
            case "title":
                if title == nil { title = node.text }
                return false
            case "meta":
                let key = node.attribute("property") ?? node.attribute("name") ?? node.attribute("itemprop")
                if let key = key?.lowercased(), let content = node.attribute("content"), metas[key] == nil {
                    metas[key] = content
                }
            case "link":
                let rel = node.attribute("rel")?.lowercased().split(separator: " ") ?? []
                if rel.contains("canonical"), canonical == nil { canonical = node.attribute("href") }
            case "script":
                if node.attribute("type")?.lowercased().contains("ld+json") == true {
                    jsonLD += Self.linkedDataObjects(node.text)
                }
                return false
            case "style", "template", "svg":
                return false
            case "h1":
                if firstHeading == nil { firstHeading = node.text }
            case "a" where node.attribute("rel")?.lowercased().split(separator: " ").contains("author") == true:
                if authorLink == nil { authorLink = node.text }
            case _ where bylineText == nil && node.classWords.contains("byline"):
                bylineText = node.text
            case "article":
                articles.append(node)
            case "main":
                if main == nil { main = node }
            case "body":
                if body == nil { body = node }
            case "time":
                // The machine-readable `datetime`, else the visible text ("Fri 7 Jan 2022 14.25 GMT").
                let value = node.attribute("datetime") ?? node.text
                if let day = Day(iso: value.trimmedBlanks) ?? DateText.day(in: value) {
                    times.append((node, day))
                    if firstTime == nil { firstTime = day }
                }
            default:
                break
            }
            return true
        }
        // A live-blog entry is the nearest container of a timestamp whose class names an entry or update;
        // failing that, the nearest `<article>` when two or more such articles share a parent.
        var articleEntries: [HTMLNode: Day] = [:]
        for (time, day) in times {
            var ancestor = time.parent
            var depth = 0
            var nearestArticle: HTMLNode?
            while let current = ancestor, depth < 64 {
                if ["div", "section", "article", "li"].contains(current.name),
                    !current.classWords.isDisjoint(with: Self.entryWords)
                {
                    if entryAnchors[current] == nil { entryAnchors[current] = day }
                    nearestArticle = nil
                    break
                }
                if nearestArticle == nil, current.name == "article" { nearestArticle = current }
                ancestor = current.parent
                depth += 1
            }
            if let nearestArticle, articleEntries[nearestArticle] == nil { articleEntries[nearestArticle] = day }
        }
        var siblings: [HTMLNode: Int] = [:]
        for article in articleEntries.keys { if let parent = article.parent { siblings[parent, default: 0] += 1 } }
        for (article, day) in articleEntries where entryAnchors[article] == nil {
            if let parent = article.parent, siblings[parent, default: 0] >= 2 { entryAnchors[article] = day }
        }
        if entryAnchors.count < 2 { entryAnchors = [:] }
    }

    static let entryWords: Set<String> = ["entry", "update", "liveupdate", "liveentry", "livepost"]

    /// The element whose text is the article: the `<article>` with the most text (or, for a live blog
    /// written as sibling `<article>` entries, their parent), else `<main>`, else `<body>`. An `<article>`
    /// holding under 30% of the page's text is a teaser, not the story.
    var contentRoot: HTMLNode {
        let outermost = articles.filter { article in
            var ancestor = article.parent
            while let current = ancestor {
                if current.name == "article" { return false }
                ancestor = current.parent
            }
            return true
        }
        if outermost.count >= 2, let parent = outermost[0].parent,
            outermost.filter({ $0.parent == parent && entryAnchors[$0] != nil }).count >= 2
        {
            return parent
        }
        let fallback = main ?? body ?? root
        let sized = outermost.map { (article: $0, length: $0.textLength) }
        // Teaser <article>s in a page whose story sits elsewhere hold a small share of its text.
        if let best = sized.max(by: { $0.length < $1.length }), best.length > 0,
            best.length * 10 >= fallback.textLength * 3
        {
            return best.article
        }
        return fallback
    }

    func metadata() -> ArticleMetadata {
        let article =
            jsonLD.first { object in
                let type = object["@type"]
                let types = (type as? [String]) ?? [(type as? String) ?? ""]
                return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0 == "Report" }
            } ?? jsonLD.first { $0["headline"] != nil || $0["datePublished"] != nil }
        var metadata = ArticleMetadata()

        let (pageTitle, titleSuffix) = Self.splitSiteSuffix(title, siteName: metas["og:site_name"])
        metadata.title =
            [
                metas["og:title"], metas["twitter:title"], article?["headline"] as? String, firstHeading, pageTitle,
            ].lazy.compactMap(Self.clean).first

        metadata.url = [metas["og:url"], canonical, article?["url"] as? String].lazy.compactMap(Self.clean).first

        metadata.source =
            [
                metas["og:site_name"], Self.name(of: article?["publisher"]), metas["application-name"], titleSuffix,
                metadata.url.flatMap(Self.host),
            ].lazy.compactMap(Self.clean).first

        metadata.author = [
            metas["author"], Self.name(of: article?["author"]), metas["article:author"], authorLink,
            bylineText.flatMap(Self.bylineAuthor),
        ]
        .lazy.compactMap(Self.clean).first { !$0.contains("://") }

        let dateValues: [String?] = [
            metas["article:published_time"], metas["og:published_time"], article?["datePublished"] as? String,
            metas["datepublished"], metas["date"], metas["pubdate"], metas["publishdate"], metas["publish-date"],
            metas["dc.date"], metas["dc.date.issued"], metas["dcterms.created"], metas["citation_publication_date"],
            metas["parsely-pub-date"], metas["sailthru.date"], article?["dateCreated"] as? String,
        ]
        metadata.published =
            dateValues.lazy.compactMap { $0 }.compactMap { Day(iso: $0.trimmedBlanks) ?? DateText.day(in: $0) }.first
            ?? entryAnchors.values.min() ?? firstTime
        return metadata
    }

    /// "Headline | Site" → ("Headline", "Site"). The suffix must be short (a site name, not half a headline).
    static func splitSiteSuffix(_ title: String?, siteName: String?) -> (String?, String?) {
        guard let title = title.flatMap(clean) else { return (nil, nil) }
        if let siteName = siteName.flatMap(clean), title.hasSuffix(siteName), title.count > siteName.count {
            var head = title.dropLast(siteName.count)
            while let last = head.last, "|\u{2013}\u{2014}-:\u{00B7} ".contains(last) { head = head.dropLast() }
            return (head.isEmpty ? title : String(head), siteName)
        }
        for separator in [" | ", " \u{2013} ", " \u{2014} ", " - ", " :: ", " \u{00B7} "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let suffix = title[range.upperBound...]
            let head = title[..<range.lowerBound]
            if !head.isEmpty, suffix.split(separator: " ").count <= 5 { return (String(head), String(suffix)) }
        }
        return (title, nil)
    }

    /// The name in a byline element's text: "By Ana Ruiz | May 5, 2021" → "Ana Ruiz".
    static func bylineAuthor(_ text: String) -> String? {
        guard let collapsed = clean(text), let byline = BylineParser.parse(collapsed[...]) else { return nil }
        return byline.author
    }

    static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        var collector = TextCollector()
        collector.append(value)
        return collector.isEmpty ? nil : collector.text
    }

    static func host(_ url: String) -> String? {
        URL(string: url)?.host
    }

    /// A JSON-LD person or organisation: a string, `{"name": ...}`, or a list of them joined with "and".
    static func name(of value: Any?) -> String? {
        if let text = value as? String { return text }
        if let object = value as? [String: Any] { return object["name"] as? String }
        if let list = value as? [Any] {
            let names = list.compactMap { name(of: $0) }
            return names.isEmpty ? nil : names.joined(separator: " and ")
        }
        return nil
    }

    /// The objects of a JSON-LD script: one object, a list, or an `@graph`.
    static func linkedDataObjects(_ text: String) -> [[String: Any]] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        else { return [] }
        var result: [[String: Any]] = []
        var pending: [Any] = [value]
        while let next = pending.popLast(), result.count < 64 {
            if let object = next as? [String: Any] {
                result.append(object)
                if let graph = object["@graph"] as? [Any] { pending += graph.reversed() }
            } else if let list = next as? [Any] {
                pending += list.reversed()
            }
        }
        return result
    }
}

/// The walk over the content that produces paragraphs, posts and live entries.
private struct ContentExtraction {
    let page: PageScan
    var drafts: [PassageDraft] = []
    private var collector = TextCollector()
    /// Letters and digits collected outside `<time>` elements since the last paragraph break.
    private var lettersOutsideTime = 0
    /// Whether the current paragraph holds a `<time>`.
    private var sawTime = false
    private var timeDepth = 0
    private var entries: [(node: HTMLNode, day: Day)] = []

    init(page: PageScan) { self.page = page }

    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select", "input",
        "textarea", "iframe", "svg", "template", "figcaption", "dialog", "menu", "object", "embed", "canvas",
        "audio", "video", "map", "head", "title", "h1",
    ]
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6",
        "blockquote", "pre", "table", "tr", "td", "th", "figure", "address", "hr", "center", "details", "summary",
        "body",
    ]
    /// Class or id words that mark page furniture rather than article text.
    static let furnitureWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "ad", "ads", "advert",
        "advertisement", "promo", "sponsored", "cookie", "cookies", "consent", "gdpr", "byline", "meta", "tags",
        "breadcrumb", "breadcrumbs", "comments", "sidebar", "widget", "toolbar", "popup", "modal", "signup",
        "paywall", "correction", "disclaimer", "caption", "credit", "outbrain", "taboola", "recommended",
        "most-read", "mostread", "trending", "author-bio", "nav", "navigation", "menu", "print", "skip",
    ]
    /// Longer furniture words are also matched inside class names ("jp-relatedposts", "sharedaddy",
    /// "site-newsletter-box"); short ones ("ad", "meta", "nav") only as whole words, since "header",
    /// "metadata" and "canvas" contain them.
    static let furnitureStems = [
        "share", "social", "related", "newsletter", "subscri", "advert", "promo", "cookie", "consent", "breadcrumb",
        "sidebar", "taboola", "outbrain", "paywall", "signup", "popup", "recommend",
    ]

    static func isFurniture(_ words: Set<String>) -> Bool {
        if !words.isDisjoint(with: furnitureWords) { return true }
        return words.contains { word in furnitureStems.contains { word.contains($0) } }
    }

    /// Class words of a blockquote that holds a social-media post.
    static let postWords: Set<String> = [
        "tweet", "twitter", "instagram", "tiktok", "facebook", "fb", "mastodon", "bluesky", "bsky", "threads",
        "telegram", "post", "embed", "social",
    ]

    /// Text meant for screen readers only or hidden from everyone ("Share this article", "Advertisement").
    static func isHidden(_ node: HTMLNode, words: Set<String>) -> Bool {
        if !words.isDisjoint(with: ["sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "hidden"]) {
            return true
        }
        return node.attribute("hidden") != nil || node.attribute("aria-hidden")?.lowercased() == "true"
    }

    mutating func run(from root: HTMLNode) {
        root.walk(enter: { enter($0) }, exit: { exit($0) })
        flush()
    }

    private mutating func enter(_ node: HTMLNode) -> Bool {
        if node.isText {
            let letters = collector.append(node)
            if timeDepth == 0 { lettersOutsideTime += letters }
            return false
        }
        guard node.isElement else { return false }
        let name = node.name
        if Self.skippedElements.contains(name) {
            flush()
            return false
        }
        if name == "br" {
            flush()
            return false
        }
        let words = node.classWords
        if name == "blockquote", !words.isDisjoint(with: Self.postWords) {
            flush()
            drafts.append(post(node))
            return false
        }
        if Self.isFurniture(words) || (name == "p" && words.contains("update")) || Self.isHidden(node, words: words) {
            flush()
            return false
        }
        if let day = page.entryAnchors[node] {
            flush()
            entries.append((node, day))
            return true
        }
        if name == "time" {
            timeDepth += 1
            sawTime = true
        }
        if Self.blockElements.contains(name) { flush() }
        return true
    }

    private mutating func exit(_ node: HTMLNode) {
        guard node.isElement else { return }
        let name = node.name
        if name == "time", timeDepth > 0 { timeDepth -= 1 }
        if Self.blockElements.contains(name) || page.entryAnchors[node] != nil { flush() }
        if let last = entries.last, last.node == node { entries.removeLast() }
    }

    /// Ends the current paragraph. A timestamp paragraph (a `<time>` with at most a label such as
    /// "Updated:") is dropped, as are ad-slot and link-box lines.
    private mutating func flush() {
        let text = collector.take()
        let isStamp = lettersOutsideTime == 0 || (sawTime && lettersOutsideTime <= 12)
        lettersOutsideTime = 0
        sawTime = false
        guard !text.isEmpty, !isStamp, !Boilerplate.isStandaloneFurniture(text) else { return }
        if let entry = entries.last {
            drafts.append(PassageDraft(kind: .liveEntry, text: text, anchor: entry.day))
        } else {
            drafts.append(PassageDraft(text: text))
        }
    }

    /// `A post shared by Name (@handle) ...` → (`Name`, `handle`), for short lines only.
    private static func attribution(_ line: String) -> (String, String)? {
        guard line.unicodeScalars.count <= EmbeddedPostDetector.maximumSignatureLength,
            let open = line.range(of: " (@"), let close = line[open.upperBound...].firstIndex(of: ")")
        else { return nil }
        var author = line[..<open.lowerBound].trimmedBlanks
        for prefix in ["A post shared by ", "Post shared by ", "Posted by ", "Shared by "]
        where author.hasPrefix(prefix) {
            author = author.dropFirst(prefix.count)
        }
        let handle = line[open.upperBound..<close]
        guard !author.isEmpty, !handle.isEmpty, !handle.contains(" ") else { return nil }
        return (
            String(author.drop { EmbeddedPostDetector.isDash($0.unicodeScalars.first!) }.trimmedBlanks), String(handle)
        )
    }

    /// An embedded post: its lines, with the signature line ("— Name (@handle) January 6, 2022") read for
    /// the author, handle and date and left out of the text.
    private func post(_ blockquote: HTMLNode) -> PassageDraft {
        var lines = TextCollector()
        var linkTexts: [String] = []
        var timeDay: Day?
        blockquote.walk(
            enter: { node in
                if node.isText {
                    lines.append(node)
                    return false
                }
                let name = node.name
                if Self.skippedElements.contains(name) && name != "h1" { return false }
                if name == "br" || Self.blockElements.contains(name) { lines.appendLineBreak() }
                if name == "a" { linkTexts.append(node.text) }
                if name == "time", timeDay == nil, let value = node.attribute("datetime") {
                    timeDay = Day(iso: value.trimmedBlanks)
                }
                return true
            },
            exit: { node in
                if node != blockquote, Self.blockElements.contains(node.name) { lines.appendLineBreak() }
            }
        )
        var textLines = lines.text.lines.map { String($0.trimmedBlanks) }.filter { !$0.isEmpty }
        var draft = PassageDraft(kind: .embeddedPost, text: "")
        if let last = textLines.last, let signature = EmbeddedPostDetector.signature(last[...]) {
            textLines.removeLast()
            draft.author = signature.author
            draft.handle = signature.handle
            draft.anchor = signature.day
        }
        if draft.handle == nil, let index = textLines.lastIndex(where: { Self.attribution($0) != nil }),
            textLines.count > 1, let (author, handle) = Self.attribution(textLines[index])
        {
            // Instagram and similar embeds: "A post shared by Name (@handle) on Jan 6, 2022".
            draft.author = author
            draft.handle = handle
            textLines.remove(at: index)
        }
        textLines.removeAll { $0.lowercased().hasPrefix("view this post on") }
        if draft.anchor == nil {
            draft.anchor = timeDay ?? linkTexts.reversed().lazy.compactMap { DateText.day(in: $0) }.first
        }
        draft.text = textLines.joined(separator: "\n")
        return draft
    }
}
