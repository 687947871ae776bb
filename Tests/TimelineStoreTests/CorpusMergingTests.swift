import Foundation
import NewsExtraction
import Testing

@testable import TimelineStore

/// The development corpus run through the real extractor and loaded: the Kazakhstan chronology of 2 to 19 January
/// 2022 reads right, whatever the load order (issue: one event, many sources).
@Suite struct CorpusMergingTests {
    static let shared = SchemaTests.packageRoot.deletingLastPathComponent().appendingPathComponent("shared")

    /// Every corpus article and the seed, by file name, when `../shared` is beside the package.
    static let articles: [(name: String, url: URL)] = {
        var files: [URL] = []
        for folder in ["corpus", "seed"] {
            let url = shared.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.filter {
                $0 != "README.md" && ["txt", "md", "html", "json"].contains(($0 as NSString).pathExtension)
            }
            .map { url.appendingPathComponent($0) }
        }
        return files.map { ($0.deletingPathExtension().lastPathComponent, $0) }.sorted { $0.name < $1.name }
    }()

    static let extractor = NewsExtractor()

    static func extraction(_ url: URL) throws -> Extraction {
        let bytes = Array(try Data(contentsOf: url))
        return extractor.extract(try ArticleReader.read(bytes, fileName: url.lastPathComponent))
    }

    static let kazakhstan: [(name: String, extraction: Extraction)] = articles.filter { article in
        ["2022-01", "2022-02"].contains { article.name.contains("-\($0)-") }
    }.compactMap { article in (try? extraction(article.url)).map { (article.name, $0) } }

    static var available: Bool { kazakhstan.contains { $0.name.hasPrefix("worldtribune") } }

    /// Loads the extractions in this order; returns the store and the file name of each article id.
    static func load(_ items: [(name: String, extraction: Extraction)]) throws -> (TimelineStore, [Int64: String]) {
        let store = try makeStore()
        var names: [Int64: String] = [:]
        for item in items {
            if case .loaded(let id, _, _, _) = try store.load(item.extraction) { names[id] = item.name }
        }
        return (store, names)
    }

    /// An event as content, without ids: date, type and the (article, offsets) of its sources.
    static func canonical(_ store: TimelineStore, _ names: [Int64: String]) throws -> [String] {
        try store.events(EventQuery(includeUndated: true)).map { event in
            let sources = event.sources.map { "\(names[$0.articleID]!)@\($0.start)-\($0.end)" }.sorted()
            return
                "\(event.date?.iso ?? "-") \(event.type.rawValue) \(event.summary) [\(sources.joined(separator: " "))]"
        }.sorted()
    }

    struct Happening: CustomTestStringConvertible, Sendable {
        var name: String
        var date: String
        var type: EventType
        /// A named actor or the location the event must have.
        var mark: String
        /// The articles (file-name prefixes) that report it, from the gold.
        var articles: [String]
        var testDescription: String { name }
    }

    static let happenings: [Happening] = [
        Happening(
            name: "protests begin in Zhanaozen",
            date: "2022-01-02",
            type: .protest,
            mark: "Zhanaozen",
            articles: ["caspianmonitor", "centralasiawire", "frontierpost", "steppereview"]
        ),
        Happening(
            name: "protests spread to Almaty",
            date: "2022-01-04",
            type: .protest,
            mark: "Almaty",
            articles: ["centralasiawire", "frontierpost", "northbridgetimes"]
        ),
        Happening(
            name: "the government resigns",
            date: "2022-01-05",
            type: .resignation,
            mark: "Government of Kazakhstan",
            articles: ["dailymeridian", "eurasialedger", "frontierpost", "globaldispatch", "northbridgetimes"]
        ),
        Happening(
            name: "state of emergency in Almaty",
            date: "2022-01-05",
            type: .decree,
            mark: "Almaty",
            articles: ["eurasialedger", "frontierpost"]
        ),
        Happening(
            name: "Tokayev appeals to the CSTO",
            date: "2022-01-05",
            type: .request,
            mark: "CSTO",
            articles: ["eurasialedger", "frontierpost", "northbridgetimes", "steppereview"]
        ),
        Happening(
            name: "CSTO troops deploy",
            date: "2022-01-06",
            type: .deployment,
            mark: "CSTO",
            articles: ["atlasnews", "caspianmonitor", "frontierpost", "northbridgetimes", "worldtribune"]
        ),
        Happening(
            name: "shoot-to-kill order",
            date: "2022-01-07",
            type: .decree,
            mark: "Kassym-Jomart Tokayev",
            articles: ["caspianmonitor", "frontierpost", "worldtribune"]
        ),
        Happening(
            name: "parliament approves Smailov as prime minister",
            date: "2022-01-11",
            type: .other,
            mark: "Alikhan Smailov",
            articles: ["globaldispatch"]
        ),
        Happening(
            name: "CSTO withdrawal begins",
            date: "2022-01-13",
            type: .deployment,
            mark: "Almaty",
            articles: ["atlasnews"]
        ),
        Happening(
            name: "the last CSTO troops leave",
            date: "2022-01-19",
            type: .deployment,
            mark: "CSTO",
            articles: ["atlasnews"]
        ),
    ]

    @Test(.enabled(if: available, "../shared is not beside the package"), arguments: happenings)
    func keyHappeningAppearsOnceWithAllItsArticles(_ happening: Happening) throws {
        let (store, names) = try Self.load(Self.kazakhstan)
        let day = try #require(DateValue(iso: happening.date))
        let matches = try store.events(EventQuery(on: day, types: [happening.type])).filter { event in
            event.actors.contains(happening.mark) || event.location == happening.mark
        }
        #expect(matches.count == 1, "\(matches.map(\.summary))")
        let reporting = Set(matches.flatMap(\.sources).compactMap { names[$0.articleID] })
        for article in happening.articles {
            #expect(reporting.contains { $0.hasPrefix(article) }, "\(article) is not a source")
        }
    }

    @Test(.enabled(if: available, "../shared is not beside the package"))
    func deathTollProgressionReadsRight() throws {
        let (store, _) = try Self.load(Self.kazakhstan)
        let days = try store.casualtyProgression(FigureQuery(category: .killed))
        let retracted = days.filter { $0.retracted }
        #expect(retracted.contains { $0.low == 164 }, "\(days)")
        let figures = try store.figures(FigureQuery(category: .killed))
        #expect(figures.filter { $0.low == 164 }.allSatisfy { $0.retracted })
        #expect(!figures.filter { $0.low == 225 }.contains { $0.retracted })
        // Dozens first, the retracted 164 later, the official totals last.
        let dozens = try #require(days.first { $0.low == 24 && $0.high == 99 })
        let withdrawn = try #require(retracted.first { $0.low == 164 })
        let official = try #require(days.first { $0.low == 225 })
        #expect(dozens.day < withdrawn.day)
        #expect(withdrawn.day < official.day)
        let summary = try store.casualtySummary(FigureQuery(category: .killed))
        let clean = summary.allSatisfy { $0.bestLow != 164 && $0.latestLow != 164 }
        #expect(clean)
    }

    /// Loading the same articles in any order gives the same events with the same sources.
    @Test(.enabled(if: available, "../shared is not beside the package"))
    func loadOrderDoesNotMatter() throws {
        let items = Self.kazakhstan
        let (first, firstNames) = try Self.load(items)
        let expected = try Self.canonical(first, firstNames)
        var orders: [[(name: String, extraction: Extraction)]] = [Array(items.reversed())]
        for shift in [1, 3, 5, 7] { orders.append(Array(items[shift...] + items[..<shift])) }
        // An interleaving: odd positions first, then even ones reversed.
        orders.append(
            items.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
                + items.enumerated().filter { $0.offset % 2 == 0 }.map(\.element).reversed()
        )
        for order in orders {
            let (store, names) = try Self.load(order)
            #expect(try Self.canonical(store, names) == expected)
        }
    }

    @Test(.enabled(if: available, "../shared is not beside the package"))
    func loadingTwiceChangesNothingAndReplaceRemovesOldSources() throws {
        let (store, names) = try Self.load(Self.kazakhstan)
        let before = try Self.canonical(store, names)
        for item in Self.kazakhstan { _ = try store.load(item.extraction) }
        #expect(try Self.canonical(store, names) == before)

        // Replace an article by a version without its events: its sources go, events left without one are deleted,
        // and the other articles' events read as if it had never reported them.
        let victim = try #require(Self.kazakhstan.first { $0.name.hasPrefix("northbridgetimes") })
        var emptied = victim.extraction
        emptied.article.text += "\nCorrection appended."
        emptied.events = []
        _ = try store.load(emptied, replace: true)
        let others = Self.kazakhstan.filter { $0.name != victim.name } + [(victim.name, emptied)]
        let (fresh, freshNames) = try Self.load(others)
        let replaced = try Self.canonical(store, names)
        let loaded = try Self.canonical(fresh, freshNames)
        #expect(replaced == loaded, "\(Set(replaced).symmetricDifference(loaded).sorted())")
        #expect(try store.count("event WHERE id NOT IN (SELECT event_id FROM event_source)") == 0)

        // And putting it back gives the first result again.
        _ = try store.load(victim.extraction, replace: true)
        #expect(try Self.canonical(store, names) == before)
    }

    /// Prints the duplicate rate and events per article over the whole corpus, before and after merging.
    @Test(.enabled(if: available, "../shared is not beside the package"))
    func duplicateRateOfTheWholeCorpus() throws {
        let items = Self.articles.compactMap { article in (try? Self.extraction(article.url)).map { (article.name, $0) }
        }
        let (store, _) = try Self.load(items)
        let reports = items.map(\.1.events.count).reduce(0, +)
        let events = try store.events(EventQuery(includeUndated: true))
        func rate(_ named: Bool) -> Double {
            var duplicates = 0
            for event in events {
                guard let date = event.date else { continue }
                let mine = Set(try! store.matchingActorNamesOrGroups(event, named: named))
                let twin = events.contains { other in
                    other.id != event.id && other.date == date && other.type == event.type
                        && !mine.isDisjoint(with: (try? store.matchingActorNamesOrGroups(other, named: named)) ?? [])
                }
                if twin { duplicates += 1 }
            }
            return Double(duplicates) / Double(max(1, events.count))
        }
        let named = rate(true)
        let any = rate(false)
        // Before merging, every report is an event of its own.
        let raw = items.flatMap { item in
            let actors = Set(item.1.actors.map { $0.name.lowercased() })
            return item.1.events.map { event in
                (event.date, event.type, Set(event.actors.map { $0.lowercased() }).intersection(actors))
            }
        }
        var rawDuplicates = 0
        for (index, report) in raw.enumerated() where report.0 != nil {
            let twin = raw.enumerated().contains { other in
                other.offset != index && other.element.0 == report.0 && other.element.1 == report.1
                    && !other.element.2.isDisjoint(with: report.2)
            }
            if twin { rawDuplicates += 1 }
        }
        print(
            "corpus before merging: duplicate rate (shared named actor) "
                + "\(String(format: "%.1f", Double(rawDuplicates) / Double(max(1, raw.count)) * 100))%"
        )
        print(
            "corpus: \(items.count) articles, \(reports) reports → \(events.count) events; "
                + "events per article \(String(format: "%.1f", Double(reports) / Double(items.count))) before, "
                + "\(String(format: "%.1f", Double(events.count) / Double(items.count))) after; duplicate rate (shared named actor) "
                + "\(String(format: "%.1f", named * 100))%, (shared actor or group) \(String(format: "%.1f", any * 100))%"
        )
        #expect(named <= 0.05)
    }
}

extension TimelineStore {
    /// The participants of an event, lowercased: named actors only, or named actors and groups.
    fileprivate func matchingActorNamesOrGroups(_ event: EventRecord, named: Bool) throws -> [String] {
        let names = Set(
            try database.fetchValues(
                String.self,
                sql:
                    "SELECT lower(actor.name) FROM event_actor JOIN actor ON actor.id = event_actor.actor_id WHERE event_id = ?",
                arguments: [event.id]
            )
        )
        return event.actors.map { $0.lowercased() }.filter { !named || names.contains($0) }
    }
}
