import ArgumentParser
import Foundation
import TimelineStore

extension TimelineCommand {
    /// `timeline articles`: the loaded articles, or one of them with what was extracted from it.
    package struct Articles: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "List loaded articles, or show one with its events and figures.",
            discussion: "Example: timeline articles 3 --format json"
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        /// Show this article instead of listing them all.
        @Argument(help: "An article id, to show that article with its extracted events and figures.")
        var id: Int64?

        @Option(help: "At most this many articles.")
        var limit: Int?

        @Option(help: "Skip this many articles first.")
        var offset: Int = 0

        package init() {}

        package func validate() throws {
            if let limit, limit < 0 { throw ValidationError("'--limit' must be 0 or more.") }
            if offset < 0 { throw ValidationError("'--offset' must be 0 or more.") }
        }

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            guard let id else {
                let rows = OutputRows(
                    objects: try store.articles(limit: limit, offset: offset).map(\.json),
                    columns: ArticleRecord.tableColumns,
                    csvKeys: ArticleRecord.keys,
                    emptyMessage: "No articles loaded."
                )
                Printer.print(rows, format: output.format)
                return
            }
            guard let detail = try store.article(id: id) else {
                throw StoreError("No article \(id) in '\(database.path)'; run 'timeline articles' to list them.")
            }
            var query = EventQuery()
            query.source = String(id)
            query.includeUndated = true
            let events = try store.events(query)
            let figures = try store.figures(FigureQuery(articleID: id))
            switch output.format {
            case .json, .ndjson:
                guard case .object(var members) = detail.article.json else { return }
                members += [
                    ("author", JSONValue(detail.author)),
                    ("format", JSONValue(detail.format)),
                    ("loaded_at", .string(detail.loadedAt)),
                    ("events", .array(events.map(\.json))),
                    ("figures", .array(figures.map(\.json))),
                ]
                let object = JSONValue.object(members)
                Console.out((output.format == .json ? object.prettySerialized() : object.serialized()) + "\n")
            case .csv:
                Console.out(CSVWriter.render(events.map(\.csv), keys: EventRecord.csvKeys))
            case .table:
                let width = TableWriter.terminalWidth(environment: ProcessInfo.processInfo.environment)
                var block = DetailBlock(title: "Article \(id)")
                block.field("Title", detail.article.title)
                block.field("Published", detail.article.published?.iso ?? "unknown")
                block.field("Source", detail.article.source)
                block.field("Author", detail.author)
                block.field("URL", detail.article.url)
                block.field("Format", detail.format)
                block.field("Loaded", detail.loadedAt)
                var text = block.text
                text += "\nEvents (\(events.count)):\n"
                if !events.isEmpty {
                    text += TableWriter.render(events.map(\.json), columns: EventRecord.tableColumns, width: width)
                }
                text += "\nFigures (\(figures.count)):\n"
                if !figures.isEmpty {
                    text += TableWriter.render(figures.map(\.json), columns: FigureRecord.tableColumns, width: width)
                }
                Console.out(text)
            }
        }
    }
}
