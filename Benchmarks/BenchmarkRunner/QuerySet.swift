import NewsExtraction
import TimelineStore

/// The random queries of figure 4, written once to a file that both `TimelineStore` and the C baseline run, so
/// that both answer the very same questions in the same order.
struct QuerySet {
    /// The kinds, in table order; the C baseline knows the same names.
    static let kinds = ["on", "range", "actor-frequent", "actor-rare", "casualties", "search"]

    /// One query: its kind and its parameters.
    struct Query {
        var kind: String
        var parameters: [String]
    }

    var queries: [Query] = []

    /// Random queries over what `store` holds: days and 30-day ranges between `first` and `last`, the 20 most
    /// frequent actors and actors seen in at most 3 events (else the 20 in the fewest), and words of the corpus.
    init(store: TimelineStore, first: Day, last: Day, count: Int, casualtyCount: Int) throws {
        var generator = SeededGenerator(seed: 0x7175_6572_7921)
        let actors = try store.actors(ActorQuery(kind: .person, sort: .events))
        let frequent = actors.prefix(20).map(\.name)
        // People in at most 3 events; in a large corpus where fewer than 20 people are that rare, the 20 in the
        // fewest events (at 100,000 articles only one surname alias was left, queried every time).
        let named = actors.filter { $0.events > 0 }
        var rare = named.filter { $0.events <= 3 }.map(\.name)
        if rare.count < 20 { rare = named.suffix(20).map(\.name) }
        let words = [
            "protesters", "curfew", "strike", "police", "tear", "emergency", "decree", "talks", "hospital",
            "ministry", "detained", "resigned", "square", "internet", "prices",
        ]
        let firstOrdinal = first.ordinal
        let span = max(0, last.ordinal - firstOrdinal)
        func day(_ offset: Int) -> String { Day(ordinal: firstOrdinal + offset)?.iso ?? first.iso }
        for _ in 0..<count {
            let offset = generator.int(0...span)
            queries.append(Query(kind: "on", parameters: [day(offset), day(offset)]))
            let start = generator.int(0...max(0, span - 29))
            queries.append(Query(kind: "range", parameters: [day(start), day(start + 29)]))
            if !frequent.isEmpty {
                queries.append(Query(kind: "actor-frequent", parameters: [generator.pick(frequent), "100"]))
            }
            if !rare.isEmpty {
                queries.append(Query(kind: "actor-rare", parameters: [generator.pick(rare), "100"]))
            }
            queries.append(Query(kind: "search", parameters: ["\"\(generator.pick(words))\"", "100"]))
        }
        for _ in 0..<casualtyCount {
            queries.append(Query(kind: "casualties", parameters: []))
        }
        // Interleave the casualty queries with the others rather than running them all at the end.
        queries.shuffle(using: &generator)
    }

    /// The query file: one query a line, tab-separated.
    var text: String {
        queries.map { ([$0.kind] + $0.parameters).joined(separator: "\t") + "\n" }.joined()
    }

    /// Runs every query through `store` and returns each kind's durations in seconds and its result count.
    func run(on store: TimelineStore) throws -> [String: (times: [Double], rows: Int)] {
        var results: [String: (times: [Double], rows: Int)] = [:]
        for query in queries {
            var rows = 0
            let seconds = try Measurement.seconds {
                switch query.kind {
                case "on":
                    rows = try store.events(EventQuery(on: DateValue(iso: query.parameters[0]))).count
                case "range":
                    rows = try store.events(
                        EventQuery(since: Day(iso: query.parameters[0]), until: Day(iso: query.parameters[1]))
                    ).count
                case "actor-frequent", "actor-rare":
                    rows = try store.events(EventQuery(actors: [query.parameters[0]], limit: 100)).count
                case "casualties":
                    rows = try store.casualtySummary(FigureQuery()).count
                default:
                    // The pattern is already FTS5 syntax (a quoted word), as SearchPattern would write it.
                    rows = try store.events(EventQuery(search: query.parameters[0], rawSearch: true, limit: 100)).count
                }
            }
            results[query.kind, default: ([], 0)].times.append(seconds)
            results[query.kind, default: ([], 0)].rows += rows
        }
        return results
    }
}
