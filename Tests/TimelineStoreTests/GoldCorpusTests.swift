import Foundation
import NewsExtraction
import Testing

@testable import TimelineStore

/// Loads the development corpus's gold annotations (`../shared/corpus/gold/*.json`, written for this project) as
/// extractions, so that the schema's constraints and the date semantics meet real-shaped data. Skipped when the
/// corpus is not beside the package.
@Suite struct GoldCorpusTests {
    static let goldFolder = SchemaTests.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/corpus/gold")

    static var goldFiles: [URL] {
        let files = try? FileManager.default.contentsOfDirectory(at: goldFolder, includingPropertiesForKeys: nil)
        return (files ?? []).filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }

    /// The gold of one article as an extraction: the gold's `fact` stands in for the quote.
    static func extraction(from url: URL) throws -> Extraction {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let gold = try #require(object as? [String: Any])
        let slug = try #require(gold["slug"] as? String)
        let actors = (gold["actors"] as? [String] ?? []).map { Actor(name: $0, kind: .other) }
        let events = try (gold["events"] as? [[String: Any]] ?? []).map { event in
            let date = (event["date"] as? String).flatMap { DateValue(iso: $0) }
            let fact = event["fact"] as? String ?? ""
            return ExtractedEvent(
                date: date,
                dateBasis: (event["date_basis"] as? String).flatMap { DateBasis(rawValue: $0) },
                type: try #require(EventType(rawValue: event["type"] as? String ?? "")),
                actors: event["actors"] as? [String] ?? [],
                location: event["location"] as? String,
                summary: fact,
                quote: fact,
                start: 0,
                end: fact.unicodeScalars.count
            )
        }
        let figures = try (gold["figures"] as? [[String: Any]] ?? []).map { figure in
            CasualtyFigure(
                category: try #require(CasualtyCategory(rawValue: figure["category"] as? String ?? "")),
                group: try #require(CasualtyGroup(rawValue: figure["group"] as? String ?? "")),
                low: figure["low"] as? Int,
                high: figure["high"] as? Int,
                isApproximate: figure["approximate"] as? Bool ?? false,
                location: figure["location"] as? String,
                asOf: (figure["as_of"] as? String).flatMap { DateValue(iso: $0) },
                attributedTo: figure["attributed_to"] as? String,
                quote: "",
                start: 0,
                end: 0
            )
        }
        return Extraction(
            article: Article(
                title: slug,
                url: gold["url"] as? String,
                published: (gold["published"] as? String).flatMap { Day(iso: $0) },
                text: "gold of \(slug)"
            ),
            actors: actors,
            events: events,
            figures: figures
        )
    }

    @Test(.enabled(if: !goldFiles.isEmpty, "the corpus is not beside the package"))
    func everyGoldArticleLoadsAndEveryDayListsItsEvents() throws {
        let store = try makeStore()
        let extractions = try Self.goldFiles.map(Self.extraction(from:))
        for extraction in extractions {
            guard case .loaded = try store.load(extraction) else {
                Issue.record("\(extraction.article.title ?? "") was skipped")
                continue
            }
        }
        let allEvents = extractions.flatMap(\.events)
        // Every gold event is one source; articles that report the same event share it (EventMatcher).
        #expect(try store.count("event_source") == allEvents.count)
        #expect(try store.count("event") < allEvents.count)
        #expect(try store.count("figure") == extractions.flatMap(\.figures).count)
        let everything = try store.events(EventQuery(includeUndated: true))
        #expect(everything.count == (try store.count("event")))
        #expect(everything.map { $0.sources.count }.reduce(0, +) == allEvents.count)

        // `on` lists exactly the events whose dates lie inside it, whatever their precision.
        let dates = Set(allEvents.compactMap(\.date))
        let probes = dates.union(dates.map { DateValue(year: $0.year, month: $0.month) }.compactMap { $0 })
        for probe in probes {
            let expected = everything.filter { event in
                guard let date = event.date else { return false }
                return probe.contains(date) && probe.contains(event.dateTo ?? date)
            }
            #expect(try store.events(EventQuery(on: probe)).map(\.id) == expected.map(\.id), "on \(probe)")
        }

        // Named actors are shared across articles; generic groups are not actors.
        // (The gold gives no kinds, so no surnames: only persons have one.)
        let tokayev = try store.events(EventQuery(actors: ["kassym-jomart tokayev"]))
        #expect(Set(tokayev.flatMap { $0.sources.map(\.articleID) }).count > 1)
        #expect(try store.matchingActorNames("protesters").isEmpty)
        #expect(try !store.events(EventQuery(actors: ["protesters"])).isEmpty)

        let summary = try store.casualtySummary(FigureQuery(category: .killed))
        #expect(summary.contains { $0.conflicting })
    }
}
