import ArgumentParser
import Foundation
import TimelineStore

extension TimelineCommand {
    /// `timeline show`: one event with every source, where its quote sits, and the figures beside it.
    package struct Show: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show one event with every source, its quote and position, and the figures reported with it.",
            discussion: "Example: timeline show 12 --format json"
        )

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        /// The event's id, as `events` lists it.
        @Argument(help: "The event's id (the 'id' key of 'timeline events --format json').")
        var id: Int64

        package init() {}

        package func run() throws {
            let store = try TimelineStore(path: database.path, mode: .readOnly, busyTimeout: database.busyTimeout)
            guard let event = try store.event(id: id) else {
                throw StoreError("No event \(id) in '\(database.path)'; run 'timeline events' to list the events.")
            }
            let figures = try store.figures(reportedWith: event)
            switch output.format {
            case .table:
                let width = TableWriter.terminalWidth(environment: ProcessInfo.processInfo.environment)
                Console.out(event.detailText(figures: figures, width: width))
            case .json:
                Console.out(event.detailJSON(figures: figures).prettySerialized() + "\n")
            case .ndjson:
                Console.out(event.detailJSON(figures: figures).serialized() + "\n")
            case .csv:
                Console.out(CSVWriter.render([event.csv], keys: EventRecord.csvKeys))
            }
        }
    }
}
