import Foundation

/// Writes a deterministic synthetic news corpus: articles of about 2.5 KB built from templates written for this
/// benchmark, with bylines, datelines, embedded posts, relative dates, actors drawn Zipf-like from a pool of
/// several thousand invented names, and casualty figures in every written form.
///
/// Article `i` is written in format `i % 5`: plain text with a byline, Markdown with front matter, HTML,
/// trafilatura JSON, and NDJSON (100 articles a file), so every corpus holds every input format.
struct CorpusGenerator {
    /// The formats, in the order articles cycle through them.
    enum Format: String, CaseIterable {
        case text
        case markdown
        case html
        case json
        case ndjson
    }

    /// One generated article before it is written in a format.
    struct Article {
        var title: String
        var author: String
        var outlet: String
        var url: String
        var published: (year: Int, month: Int, day: Int)
        /// Paragraphs; the first opens with the dateline.
        var paragraphs: [String]
    }

    static let seed: UInt64 = 0x7469_6D65_6C69_6E65

    private var generator = SeededGenerator(seed: Self.seed)
    private let people: [String]
    private let organizations: [String]
    private let actorSampler: ZipfSampler

    init() {
        var names = SeededGenerator(seed: Self.seed ^ 0xA5A5)
        var seen: Set<String> = []
        var people: [String] = []
        while people.count < 4000 {
            let first = names.pick(Words.givenNames)
            let last = names.pick(Words.surnameStems) + names.pick(Words.surnameEndings)
            let name = "\(first) \(last)"
            if seen.insert(name).inserted { people.append(name) }
        }
        var organizations: [String] = []
        for field in Words.fields {
            for shape in Words.organizationShapes {
                organizations.append(shape.replacingOccurrences(of: "#", with: field))
            }
        }
        self.people = people
        self.organizations = organizations
        actorSampler = ZipfSampler(count: people.count)
    }

    /// Writes `count` articles under `folder` and returns the number of bytes written.
    mutating func write(count: Int, to folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var bytes = 0
        var ndjson = ""
        var ndjsonFile = 0
        for index in 0..<count {
            let article = makeArticle(index: index)
            let format = Format.allCases[index % Format.allCases.count]
            let name = String(format: "article-%06d", index)
            switch format {
            case .ndjson:
                ndjson += Self.trafilaturaJSON(article) + "\n"
                if ndjson.utf8.count > 200_000 || index + Format.allCases.count >= count {
                    let url = folder.appendingPathComponent(String(format: "feed-%04d.ndjson", ndjsonFile))
                    try ndjson.write(to: url, atomically: false, encoding: .utf8)
                    bytes += ndjson.utf8.count
                    ndjson = ""
                    ndjsonFile += 1
                }
            default:
                let (text, fileExtension) = Self.render(article, format: format)
                try text.write(
                    to: folder.appendingPathComponent("\(name).\(fileExtension)"),
                    atomically: false,
                    encoding: .utf8
                )
                bytes += text.utf8.count
            }
        }
        return bytes
    }

    /// One article of about `megabytes` MB, for the memory figure: many paragraphs of one long live report.
    mutating func writeLargeArticle(megabytes: Int, to url: URL) throws {
        var article = makeArticle(index: 0)
        var paragraphs = article.paragraphs
        var index = 1
        var size = paragraphs.reduce(0) { $0 + $1.utf8.count }
        while size < megabytes * 1_000_000 {
            let more = makeArticle(index: index).paragraphs.dropFirst()
            size += more.reduce(0) { $0 + $1.utf8.count + 2 }
            paragraphs += more
            index += 1
        }
        article.paragraphs = paragraphs
        try Self.render(article, format: .text).text.write(to: url, atomically: false, encoding: .utf8)
    }

    // MARK: Articles

    private mutating func person() -> String {
        people[actorSampler.sample(using: &generator)]
    }

    private mutating func makeArticle(index: Int) -> Article {
        let year = generator.int(2019...2024)
        let month = generator.int(1...12)
        let day = generator.int(1...28)
        let weekday = Words.weekdays[(year * 372 + month * 31 + day) % 7]
        let city = generator.pick(Words.cities)
        let country = generator.pick(Words.countries)
        let outlet = generator.pick(Words.outlets)
        let leader = person()
        let minister = person()
        let activist = person()
        let minister2 = person()
        let organization = generator.pick(organizations)
        let topic = generator.pick(Words.topics)
        let monthName = Words.months[month - 1]
        let shortMonth = String(monthName.prefix(3))

        var paragraphs: [String] = []
        paragraphs.append(
            "\(city.uppercased()), \(shortMonth) \(day) (\(outlet)) - Thousands of people \(topic.verb) in \(city) "
                + "on \(weekday), the \(generator.pick(Words.ordinals)) day of "
                + "\(topic.noun) against \(generator.pick(Words.grievances)), and police \(generator.pick(Words.policeActions)) "
                + "near the main square late in the evening."
        )
        paragraphs.append(
            "\(figureSentence(city: city, ministry: organization)) "
                + "The protests began \(relativeStart()) in \(generator.pick(Words.cities)) after "
                + "\(generator.pick(Words.triggers))."
        )
        paragraphs.append(
            "President \(leader) said on \(weekday) that the government would \(generator.pick(Words.concessions)). "
                + "\(leader.split(separator: " ").last ?? "") told reporters in \(country)'s capital: "
                + "\"\(generator.pick(Words.quotes))\" Prime Minister \(minister) \(generator.pick(Words.resignations))."
        )
        if generator.chance(0.35) {
            let handle = activist.replacingOccurrences(of: " ", with: "").lowercased()
            paragraphs.append(
                "Activists shared videos of the rally online:\n\n"
                    + "\(generator.pick(Words.posts)) #\(city.replacingOccurrences(of: " ", with: ""))\n"
                    + "— \(activist) (@\(handle)) \(monthName) \(max(1, day - 1)), \(year)"
            )
        }
        paragraphs.append(
            "\(figureSentence(city: generator.pick(Words.cities), ministry: organization)) The \(organization) said \(relativeStart()) "
                + "that \(generator.pick(Words.demands)), and \(person()) of the opposition called for "
                + "talks \(generator.pick(Words.nextDays))."
        )
        paragraphs.append(
            "On \(day) \(monthName) the interior ministry \(generator.pick(Words.decrees)) in \(city) and "
                + "\(generator.pick(Words.cities)). \(generator.pick(Words.background)) \(person()), an analyst at "
                + "\(generator.pick(organizations)), said the unrest was the worst since \(year - generator.int(2...15))."
        )
        paragraphs.append(
            "\(figureSentence(city: city, ministry: organization)) Talks between \(person()) and \(person()) are due "
                + "\(generator.pick(Words.nextDays)), the \(organization) said."
        )
        let earlierDay = max(1, day - generator.int(1...6))
        paragraphs.append(
            "The interior minister, \(minister2), said the first arrests were made on \(monthName) \(earlierDay), "
                + "\(year), and that \(lowercasingFirst(figureSentence(city: city, ministry: organization))) "
                + "A week earlier, \(person()) and \(person()) of the \(generator.pick(organizations)) had warned "
                + "that \(generator.pick(Words.grievances)) would bring people onto the streets."
        )
        paragraphs.append(
            "Update, \(String(format: "%02d", generator.int(8...22))):\(String(format: "%02d", generator.int(0...59))): "
                + "\(person()), a spokesperson for the \(organization), said \(generator.pick(Words.relativeDates)) "
                + "that \(generator.pick(Words.demands)). \(generator.pick(Words.background))"
        )
        let title = "\(city): \(topic.headline) as \(generator.pick(Words.headlineEnds))"
        let slug = title.lowercased().filter { $0.isLetter || $0 == " " }.split(separator: " ").joined(separator: "-")
        return Article(
            title: title,
            author: person(),
            outlet: outlet,
            url: "https://\(outlet.lowercased().replacingOccurrences(of: " ", with: "")).example/\(year)/\(month)/"
                + "\(slug)-\(index)",
            published: (year, month, day),
            paragraphs: paragraphs
        )
    }

    private func lowercasingFirst(_ text: String) -> String {
        text.prefix(1).lowercased() + text.dropFirst()
    }

    private mutating func relativeStart() -> String {
        generator.pick(Words.relativeDates)
    }

    /// A casualty sentence, with the count in one of its written forms.
    private mutating func figureSentence(city: String, ministry: String) -> String {
        let count: String
        switch generator.int(0...9) {
        case 0: count = "\(generator.int(2...99))"
        case 1: count = "at least \(generator.int(3...400))"
        case 2: count = "\(generator.int(1...9)),\(String(format: "%03d", generator.int(0...999)))"
        case 3: count = generator.pick(Words.numberWords)
        case 4: count = "dozens of"
        case 5: count = "hundreds of"
        case 6: count = "more than \(generator.int(2...9)) thousand"
        case 7: count = "up to \(generator.pick(Words.numberWords))"
        case 8: count = "nearly \(generator.int(10...900))"
        default: count = "\(generator.pick(Words.numberWords).capitalized)"
        }
        let group = generator.pick(["protesters", "people", "police officers", "civilians", "demonstrators"])
        let outcome = generator.pick(["were killed", "were injured", "were detained", "were taken to hospital"])
        let attribution = Words.Attribution.random(using: &generator, ministry: ministry)
        let sentence = "\(count) \(group) \(outcome) in \(city) \(generator.pick(Words.relativeDates)), \(attribution)"
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }

    // MARK: Formats

    static func render(_ article: Article, format: Format) -> (text: String, fileExtension: String) {
        let (year, month, day) = article.published
        let iso = String(format: "%04d-%02d-%02d", year, month, day)
        let body = article.paragraphs.joined(separator: "\n\n")
        switch format {
        case .text:
            let byline = "By \(article.author), \(Words.months[month - 1]) \(day), \(year)"
            return ("\(article.title)\n\(byline)\n\n\(body)\n", "txt")
        case .markdown:
            let frontMatter = """
                ---
                title: \(article.title)
                url: \(article.url)
                source: \(article.outlet)
                author: \(article.author)
                published: \(iso)
                ---

                """
            return (frontMatter + body + "\n", "md")
        case .html:
            let paragraphs = article.paragraphs.map {
                "<p>\(escapeHTML($0).replacingOccurrences(of: "\n", with: "<br>"))</p>"
            }
            let html = """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <title>\(escapeHTML(article.title)) | \(article.outlet)</title>
                <meta name="author" content="\(escapeHTML(article.author))">
                <meta property="og:site_name" content="\(article.outlet)">
                <meta property="og:url" content="\(article.url)">
                <meta property="article:published_time" content="\(iso)T09:30:00Z">
                </head>
                <body>
                <header><nav><a href="/">Home</a> <a href="/world/">World</a></nav></header>
                <main><article>
                <h1>\(escapeHTML(article.title))</h1>
                \(paragraphs.joined(separator: "\n"))
                </article></main>
                <footer>© \(article.outlet)</footer>
                </body>
                </html>

                """
            return (html, "html")
        case .json, .ndjson:
            return (trafilaturaJSON(article) + "\n", format == .json ? "json" : "ndjson")
        }
    }

    static func trafilaturaJSON(_ article: Article) -> String {
        let (year, month, day) = article.published
        let fields: [(String, String)] = [
            ("title", article.title), ("author", article.author), ("hostname", article.outlet),
            ("date", String(format: "%04d-%02d-%02d", year, month, day)), ("source", article.url),
            ("text", article.paragraphs.joined(separator: "\n")),
        ]
        return "{" + fields.map { "\(jsonString($0.0)): \(jsonString($0.1))" }.joined(separator: ", ") + "}"
    }

    static func jsonString(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func escapeHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
