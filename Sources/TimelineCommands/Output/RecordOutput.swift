import NewsExtraction
import TimelineStore

/// The JSON shape and table columns of each kind of record. Key order is defined here once, for every format.
extension EventRecord {
    /// `id, date, precision, date_to, date_basis, type, actors, location, summary, sources, other_dates`.
    package var json: JSONValue {
        .object([
            ("id", .int(Int(id))),
            ("date", JSONValue(date?.iso)),
            ("precision", JSONValue(date?.precision.rawValue)),
            ("date_to", JSONValue(dateTo?.iso)),
            ("date_basis", JSONValue(dateBasis?.rawValue)),
            ("type", .string(type.rawValue)),
            ("actors", .array(actors.map { .string($0) })),
            ("location", JSONValue(location)),
            ("summary", .string(summary)),
            ("sources", .array(sources.map { $0.json(withOffsets: false) })),
            ("other_dates", otherDatesJSON),
        ])
    }

    /// The dates some sources give that differ from the event's: `[{date, date_basis, article_id}]`.
    package var otherDatesJSON: JSONValue {
        .array(
            otherDates.map { source in
                .object([
                    ("date", JSONValue(source.date?.iso)),
                    ("date_basis", JSONValue(source.dateBasis?.rawValue)),
                    ("article_id", .int(Int(source.articleID))),
                ])
            }
        )
    }

    /// The flat shape CSV gets: nested sources become a count and their addresses.
    package var csv: JSONValue {
        .object([
            ("id", .int(Int(id))),
            ("date", JSONValue(date?.iso)),
            ("precision", JSONValue(date?.precision.rawValue)),
            ("date_to", JSONValue(dateTo?.iso)),
            ("date_basis", JSONValue(dateBasis?.rawValue)),
            ("type", .string(type.rawValue)),
            ("actors", .string(actors.joined(separator: "; "))),
            ("location", JSONValue(location)),
            ("summary", .string(summary)),
            ("sources", .int(sources.count)),
            ("source_urls", .string(sources.compactMap(\.url).joined(separator: " "))),
            ("other_dates", .string(otherDates.compactMap(\.date?.iso).joined(separator: " "))),
        ])
    }

    package static let csvKeys = [
        "id", "date", "precision", "date_to", "date_basis", "type", "actors", "location", "summary", "sources",
        "source_urls", "other_dates",
    ]

    /// The date as the table shows it: at its precision, a range as `from..to`, and `≤day` when the date is the
    /// publication date of a report rather than a date the text gives, and a trailing `*` when sources disagree
    /// about the date (`show` lists the other dates).
    package static func displayDate(_ object: JSONValue) -> String {
        guard case .string(let date) = object["date"] else { return "undated" }
        var text = date
        if case .string(let to) = object["date_to"] { text += ".." + to }
        if case .string("publication") = object["date_basis"] { text = "≤" + text }
        if case .array(let others) = object["other_dates"], !others.isEmpty { text += "*" }
        return text
    }

    package static let tableColumns: [TableColumn] = [
        TableColumn("date") { displayDate($0) },
        .key("type"),
        .key("actors", shrinkPriority: 0, minimumWidth: 24),
        .key("location", shrinkPriority: 1, minimumWidth: 12),
        .key("summary", shrinkPriority: 2, minimumWidth: 30),
        TableColumn("sources", alignment: .right) { object in
            if case .array(let sources) = object["sources"] { return String(sources.count) }
            return "0"
        },
    ]
}

extension ActorRecord {
    /// `name, kind, aliases, events, first_seen, last_seen`.
    package var json: JSONValue {
        .object([
            ("name", .string(name)),
            ("kind", .string(kind.rawValue)),
            ("aliases", .array(aliases.map { .string($0) })),
            ("events", .int(events)),
            ("first_seen", JSONValue(firstSeen?.iso)),
            ("last_seen", JSONValue(lastSeen?.iso)),
        ])
    }

    package static let keys = ["name", "kind", "aliases", "events", "first_seen", "last_seen"]

    package static let tableColumns: [TableColumn] = [
        .key("name"),
        .key("kind"),
        .key("aliases", shrinkPriority: 0),
        .key("events", alignment: .right),
        .key("first_seen", header: "first seen"),
        .key("last_seen", header: "last seen"),
    ]
}

extension CasualtySummaryRow {
    /// `category, group, reports, latest_low, latest_high, latest_as_of, latest_source, min_low, max_high,
    /// conflicting, location, best_low, best_high, best_as_of, best_source, retracted`: one series (category, group,
    /// location); latest, best and the range count only credible (not retracted) reports.
    package var json: JSONValue {
        .object([
            ("category", .string(category.rawValue)),
            ("group", .string(group.rawValue)),
            ("reports", .int(reports)),
            ("latest_low", JSONValue(latestLow)),
            ("latest_high", JSONValue(latestHigh)),
            ("latest_as_of", JSONValue(latestAsOf?.iso)),
            ("latest_source", JSONValue(latestSource)),
            ("min_low", JSONValue(minLow)),
            ("max_high", JSONValue(maxHigh)),
            ("conflicting", .bool(conflicting)),
            ("location", JSONValue(location)),
            ("best_low", JSONValue(bestLow)),
            ("best_high", JSONValue(bestHigh)),
            ("best_as_of", JSONValue(bestAsOf?.iso)),
            ("best_source", JSONValue(bestSource)),
            ("retracted", .int(retracted)),
        ])
    }

    package static let keys = [
        "category", "group", "reports", "latest_low", "latest_high", "latest_as_of", "latest_source", "min_low",
        "max_high", "conflicting", "location", "best_low", "best_high", "best_as_of", "best_source", "retracted",
    ]

    package static let tableColumns: [TableColumn] = [
        .key("category"),
        .key("group"),
        .key("location", shrinkPriority: 2, minimumWidth: 10),
        .key("reports", alignment: .right),
        TableColumn("best", alignment: .right) { bounds($0["best_low"], $0["best_high"]) },
        .key("best_source", header: "best source", shrinkPriority: 1, minimumWidth: 12),
        TableColumn("latest", alignment: .right) { bounds($0["latest_low"], $0["latest_high"]) },
        .key("latest_as_of", header: "as of"),
        .key("latest_source", header: "source", shrinkPriority: 0, minimumWidth: 12),
        TableColumn("range", alignment: .right) { bounds($0["min_low"], $0["max_high"]) },
        TableColumn("conflict") { $0["conflicting"] == .bool(true) ? "yes" : "" },
        TableColumn("retracted", alignment: .right) { object in
            if case .int(let count) = object["retracted"], count > 0 { return String(count) }
            return ""
        },
    ]
}

extension FigureRecord {
    /// `category, group, low, high, approximate, as_of, attributed_to, location, article_id, title, url, quote,
    /// retracted`.
    package var json: JSONValue {
        .object([
            ("category", .string(category.rawValue)),
            ("group", .string(group.rawValue)),
            ("low", JSONValue(low)),
            ("high", JSONValue(high)),
            ("approximate", .bool(approximate)),
            ("as_of", JSONValue(asOf?.iso)),
            ("attributed_to", JSONValue(attributedTo)),
            ("location", JSONValue(location)),
            ("article_id", .int(Int(articleID))),
            ("title", JSONValue(articleTitle)),
            ("url", JSONValue(articleURL)),
            ("quote", .string(quote)),
            ("retracted", .bool(retracted)),
        ])
    }

    package static let keys = [
        "category", "group", "low", "high", "approximate", "as_of", "attributed_to", "location", "article_id",
        "title", "url", "quote", "retracted",
    ]

    package static let tableColumns: [TableColumn] = [
        .key("as_of", header: "as of"),
        .key("category"),
        .key("group"),
        TableColumn("figure", alignment: .right) { object in
            bounds(object["low"], object["high"], approximate: object["approximate"] == .bool(true))
                + (object["retracted"] == .bool(true) ? " (retracted)" : "")
        },
        .key("attributed_to", header: "attributed to", shrinkPriority: 1),
        .key("article_id", header: "article", alignment: .right),
        .key("quote", shrinkPriority: 0),
    ]
}

/// Bounds as people read them: `164`, `24–99`, `≥164`, `≤50`, with `~` for approximate figures.
package func bounds(_ low: JSONValue, _ high: JSONValue, approximate: Bool = false) -> String {
    let prefix = approximate ? "~" : ""
    switch (low, high) {
    case (.int(let low), .int(let high)) where low == high: return prefix + String(low)
    case (.int(let low), .int(let high)): return prefix + "\(low)–\(high)"
    case (.int(let low), _): return prefix + "≥\(low)"
    case (_, .int(let high)): return prefix + "≤\(high)"
    default: return ""
    }
}

extension EventSourceRecord {
    /// `article_id, title, url, published, quote`, then `start, end` (the quote's offsets) when asked for.
    package func json(withOffsets: Bool) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("article_id", .int(Int(articleID))),
            ("title", JSONValue(title)),
            ("url", JSONValue(url)),
            ("published", JSONValue(published?.iso)),
            ("quote", .string(quote)),
        ]
        if withOffsets {
            members += [("start", .int(start)), ("end", .int(end))]
        }
        return .object(members)
    }
}
