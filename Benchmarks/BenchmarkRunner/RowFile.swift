import NewsExtraction
import TimelineStore

/// The pre-extracted rows that the C baseline inserts: exactly the values `TimelineStore.load` binds, in the
/// order it binds them, so that both sides do the same SQL work on the same data.
///
/// One record per line, fields separated by tabs, with `\`, tab and newline escaped and a lone `\N` for NULL
/// (the reader is `Benchmarks/c-baseline/timeline_baseline.c`). The derivations mirror
/// `Sources/TimelineStore/TimelineStore+Load.swift`; keep them in step when that file changes.
enum RowFile {
    /// The rows of `articles`, and how many rows the store inserts for them.
    static func render(_ articles: [(PreparedArticle, InputFormat?)]) -> (text: String, rows: Int) {
        var text = ""
        var rows = 0
        for (prepared, format) in articles {
            let extraction = prepared.extraction
            let article = extraction.article
            line(
                &text,
                [
                    "A", prepared.hash, article.url, article.title, article.source, article.author,
                    article.published?.iso, article.text, format?.rawValue,
                ]
            )
            rows += 1
            // The C side numbers actor records in order; a name given twice maps to its later record, as the store's
            // dictionary keeps the later id (the same actor, upserted by name).
            var actorIndex: [String: Int] = [:]
            var actorRecords = 0
            for actor in extraction.actors {
                let name = normalized(actor.name)
                guard !name.isEmpty else { continue }
                actorIndex[name.lowercased()] = actorRecords
                actorRecords += 1
                line(&text, ["R", name, actor.kind.rawValue])
                rows += 1
                var aliases = actor.mentions + actor.aliases
                if let surname = surname(of: name, kind: actor.kind) { aliases.append(surname) }
                for alias in aliases.map(normalized) where !alias.isEmpty && alias.lowercased() != name.lowercased() {
                    line(&text, ["L", alias])
                    rows += 1
                }
                for role in actor.roles where !role.title.isEmpty {
                    line(&text, ["O", role.title, role.from?.iso, role.until?.iso])
                    rows += 1
                }
            }
            var blocks: Set<[String]> = []
            for event in extraction.events {
                var dateTo = event.dateTo
                if let date = event.date, let end = dateTo, end.lastDay < date.firstDay { dateTo = nil }
                if event.date == nil { dateTo = nil }
                // Participants as the store lists them: named actors first, then groups; the source keeps both
                // lists as JSON (the C side turns actor record numbers into ids).
                var named: [Int] = []
                var groups: [String] = []
                var seen: Set<String> = []
                for participant in event.actors {
                    let name = normalized(participant)
                    guard !name.isEmpty, seen.insert(name.lowercased()).inserted else { continue }
                    if let index = actorIndex[name.lowercased()] { named.append(index) } else { groups.append(name) }
                }
                line(
                    &text,
                    [
                        "E", event.date?.iso, event.date?.precision.rawValue, dateTo?.iso, event.date?.firstDay.iso,
                        (dateTo ?? event.date)?.lastDay.iso, event.dateBasis?.rawValue, event.type.rawValue,
                        event.location?.isEmpty == false ? event.location : nil, event.summary, event.quote,
                        String(event.start), String(event.end), event.location,
                        named.map(String.init).joined(separator: ","), TimelineStore.jsonStrings(groups),
                    ]
                )
                rows += 2
                for (position, index) in named.enumerated() {
                    line(&text, ["P", String(index), nil, String(position)])
                    rows += 1
                }
                for (offset, group) in groups.enumerated() {
                    line(&text, ["P", "-1", group, String(named.count + offset)])
                    rows += 1
                }
                if let year = event.date?.year { blocks.insert([event.type.rawValue, String(year)]) }
            }
            for block in blocks.sorted(by: { $0.lexicographicallyPrecedes($1) }) { line(&text, ["M"] + block) }
            for figure in extraction.figures {
                line(
                    &text,
                    [
                        "F", figure.category.rawValue, figure.group.rawValue, figure.low.map(String.init),
                        figure.high.map(String.init), figure.isApproximate ? "1" : "0", figure.asOf?.iso,
                        figure.asOf?.firstDay.iso, figure.asOf?.lastDay.iso, figure.attributedTo, figure.location,
                        figure.quote, String(figure.start), String(figure.end),
                    ]
                )
                rows += 1
            }
            for retraction in prepared.retractions {
                line(
                    &text,
                    ["X", String(retraction.value), retraction.quote, String(retraction.start), String(retraction.end)]
                )
                rows += 1
            }
            line(&text, ["T"])
        }
        return (text, rows)
    }

    private static func line(_ text: inout String, _ fields: [String?]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { text += "\t" }
            guard let field else {
                text += "\\N"
                continue
            }
            for character in field.unicodeScalars {
                switch character {
                case "\\": text += "\\\\"
                case "\t": text += "\\t"
                case "\n": text += "\\n"
                default: text.unicodeScalars.append(character)
                }
            }
        }
        text += "\n"
    }

    /// As `TimelineStore.normalizedName`.
    private static func normalized(_ name: String) -> String {
        name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// As `ActorNames.surname(of:kind:)`.
    private static func surname(of name: String, kind: ActorKind) -> String? {
        guard kind == .person else { return nil }
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return nil }
        var trimmed = Substring(last)
        while let final = trimmed.last, final == "." || final == "," { trimmed = trimmed.dropLast() }
        guard trimmed.count > 1, !["jr", "sr", "ii", "iii", "iv"].contains(trimmed.lowercased()) else { return nil }
        return String(last)
    }
}
