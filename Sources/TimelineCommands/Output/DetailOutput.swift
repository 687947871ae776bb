import NewsExtraction
import TimelineStore

/// Text blocks for the one-item views (`show`, `actors NAME`, `articles ID`) in the table format: a few labelled
/// lines for people, followed by a table of the item's events or figures.
package struct DetailBlock {
    private var lines: [String] = []

    package init(title: String) {
        lines.append(title)
    }

    /// Adds `label: value`, skipping empty values; labels are padded so the values line up.
    package mutating func field(_ label: String, _ value: String?) {
        guard let value, !value.isEmpty else { return }
        let padded = (label + ":").padding(toLength: 11, withPad: " ", startingAt: 0)
        lines.append(padded + value)
    }

    package mutating func line(_ text: String) {
        lines.append(text)
    }

    package var text: String { lines.joined(separator: "\n") + "\n" }
}

extension EventRecord {
    /// The event with each source's offsets and the figures reported in the same sentences (`timeline show`).
    package func detailJSON(figures: [FigureRecord]) -> JSONValue {
        guard case .object(var members) = json else { return json }
        members.removeLast(2)
        members.append(("sources", .array(sources.map { $0.json(withOffsets: true) })))
        members.append(("other_dates", otherDatesJSON))
        members.append(("figures", .array(figures.map(\.json))))
        return .object(members)
    }

    /// What `timeline show` prints as a table.
    package func detailText(figures: [FigureRecord], width: Int) -> String {
        var block = DetailBlock(title: "Event \(id)")
        var date = date?.iso ?? "undated"
        if let dateTo { date += " to " + dateTo.iso }
        if dateBasis == .publication { date += " (no date of its own: the date of the report)" }
        block.field("Date", date)
        block.field("Type", type.rawValue)
        block.field("Actors", actors.joined(separator: ", "))
        block.field("Location", location)
        block.field("Summary", summary)
        // Sources that give another date: the event keeps the date most sources give.
        block.field(
            "Disputed",
            otherDates.map { source in
                let basis = source.dateBasis == .publication ? ", its publication date" : ""
                return "\(source.date?.iso ?? "undated") by article \(source.articleID)\(basis)"
            }.joined(separator: "; ")
        )
        block.line("")
        block.line("Sources (\(sources.count)):")
        for source in sources {
            var heading = "  article \(source.articleID)"
            if let title = source.title { heading += ": " + title }
            if let published = source.published { heading += " (\(published.iso))" }
            block.line(heading)
            if let url = source.url { block.line("    " + url) }
            block.line("    characters \(source.start)–\(source.end): “\(source.quote)”")
        }
        var text = block.text
        if !figures.isEmpty {
            text += "\nFigures reported in these sentences:\n"
            text += TableWriter.render(figures.map(\.json), columns: FigureRecord.tableColumns, width: width)
        }
        return text
    }
}

extension CasualtyProgressionRow {
    /// `day, category, low, high, approximate, reports, source, retracted`.
    package var json: JSONValue {
        .object([
            ("day", .string(day.iso)),
            ("category", .string(category.rawValue)),
            ("low", JSONValue(low)),
            ("high", JSONValue(high)),
            ("approximate", .bool(approximate)),
            ("reports", .int(reports)),
            ("source", JSONValue(source)),
            ("retracted", .bool(retracted)),
        ])
    }

    package static let keys = ["day", "category", "low", "high", "approximate", "reports", "source", "retracted"]

    package static let tableColumns: [TableColumn] = [
        .key("day"),
        .key("category"),
        TableColumn("highest", alignment: .right) { object in
            bounds(object["low"], object["high"], approximate: object["approximate"] == .bool(true))
                + (object["retracted"] == .bool(true) ? " (retracted)" : "")
        },
        .key("reports", alignment: .right),
        .key("source", shrinkPriority: 0),
    ]
}

extension ArticleRecord {
    /// `id, published, source, title, url, events, figures`.
    package var json: JSONValue {
        .object([
            ("id", .int(Int(id))),
            ("published", JSONValue(published?.iso)),
            ("source", JSONValue(source)),
            ("title", JSONValue(title)),
            ("url", JSONValue(url)),
            ("events", .int(events)),
            ("figures", .int(figures)),
        ])
    }

    package static let keys = ["id", "published", "source", "title", "url", "events", "figures"]

    package static let tableColumns: [TableColumn] = [
        .key("id", alignment: .right),
        .key("published"),
        .key("source", shrinkPriority: 1),
        .key("title", shrinkPriority: 2),
        .key("url", shrinkPriority: 0),
        .key("events", alignment: .right),
        .key("figures", alignment: .right),
    ]
}
