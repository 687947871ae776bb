import ArgumentParser
import NewsExtraction
import TimelineStore

extension TimelineCommand {
    /// `timeline casualties`: casualty figures, reconciled across reports, with disagreement shown.
    package struct Casualties: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "casualties",
            abstract: "Summarise casualty figures across reports, showing where they disagree.",
            discussion: """
                By default one row per series (category, group and location, across articles): the number of \
                reports, the best estimate (the latest figure most articles give, preferring a named source), the \
                latest report, the range across reports and whether they conflict. A figure that a later report \
                withdraws or corrects ("disowned", "technical error", "revised down to") is retracted: it never \
                counts as best or latest. '--by day' shows the highest figure of each day (the toll over time); \
                '--by source' lists every report with its attribution, article, quote and whether it was retracted.

                Example: timeline casualties --category killed --by source
                """
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        @Option(
            help:
                "category: one row per series (category, group, location); day: the highest figure per day (the toll over time); source: every report."
        )
        var by: CasualtyView = .category

        @Option(help: "Only this category: \(CasualtyCategory.allCases.map(\.rawValue).joined(separator: ", ")).")
        var category: String?

        @Option(help: "Only this group: \(CasualtyGroup.allCases.map(\.rawValue).joined(separator: ", ")).")
        var group: String?

        @Option(help: ArgumentHelp("Only figures for this place.", valueName: "place"))
        var location: String?

        @Option(
            help: ArgumentHelp(
                "Only figures as of this date or later (YYYY-MM-DD, YYYY-MM or YYYY).",
                valueName: "date"
            )
        )
        var since: String?

        @Option(
            help: ArgumentHelp(
                "Only figures as of this date or earlier (YYYY-MM-DD, YYYY-MM or YYYY).",
                valueName: "date"
            )
        )
        var until: String?

        package init() {}

        func makeQuery() throws -> FigureQuery {
            var query = FigureQuery()
            if let category {
                guard let value = CasualtyCategory(rawValue: category.lowercased()) else {
                    let known = CasualtyCategory.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("'--category' must be one of \(known); '\(category)' is not.")
                }
                query.category = value
            }
            if let group {
                guard let value = CasualtyGroup(rawValue: group.lowercased()) else {
                    let known = CasualtyGroup.allCases.map(\.rawValue).joined(separator: ", ")
                    throw ValidationError("'--group' must be one of \(known); '\(group)' is not.")
                }
                query.group = value
            }
            query.location = location
            if let since { query.since = try DateArgument.parse(since, option: "--since").firstDay }
            if let until { query.until = try DateArgument.parse(until, option: "--until").lastDay }
            if let since = query.since, let until = query.until, since > until {
                throw ValidationError("'--since' (\(since.iso)) is after '--until' (\(until.iso)); swap them.")
            }
            return query
        }

        package func validate() throws {
            _ = try makeQuery()
        }

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            let query = try makeQuery()
            let rows: OutputRows
            switch by {
            case .category:
                rows = OutputRows(
                    objects: try store.casualtySummary(query).map(\.json),
                    columns: CasualtySummaryRow.tableColumns,
                    csvKeys: CasualtySummaryRow.keys,
                    emptyMessage: "No casualty figures match."
                )
            case .day:
                rows = OutputRows(
                    objects: try store.casualtyProgression(query).map(\.json),
                    columns: CasualtyProgressionRow.tableColumns,
                    csvKeys: CasualtyProgressionRow.keys,
                    emptyMessage: "No casualty figures match."
                )
            case .source:
                rows = OutputRows(
                    objects: try store.figures(query).map(\.json),
                    columns: FigureRecord.tableColumns,
                    csvKeys: FigureRecord.keys,
                    emptyMessage: "No casualty figures match."
                )
            }
            Printer.print(rows, format: output.format)
        }
    }

    /// The views of `casualties`.
    package enum CasualtyView: String, ExpressibleByArgument, CaseIterable, Sendable {
        case category
        case day
        case source
    }
}
