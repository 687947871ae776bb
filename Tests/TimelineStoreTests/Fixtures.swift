import Foundation
import NewsExtraction
import TimelineSQLite

@testable import TimelineStore

/// A path for a new database file in a fresh temporary folder.
func makeDatabasePath(_ name: String = "timeline.db") throws -> String {
    let folder = FileManager.default.temporaryDirectory
        .appendingPathComponent("TimelineStoreTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder.appendingPathComponent(name).path
}

/// A new, empty, migrated store on a temporary file.
func makeStore() throws -> TimelineStore {
    try TimelineStore(path: try makeDatabasePath())
}

/// A store holding `Fixtures.kazakhstan` and `Fixtures.sriLanka`.
func makeLoadedStore() throws -> TimelineStore {
    let store = try makeStore()
    _ = try store.load(Fixtures.kazakhstan)
    _ = try store.load(Fixtures.sriLanka)
    return store
}

extension TimelineStore {
    /// The number of rows of `table`, for tests.
    func count(_ table: String) throws -> Int {
        try database.fetchOne(sql: "SELECT count(*) FROM \(table)").map { try $0[0, as: Int.self] } ?? -1
    }

    /// The ids of the articles whose indexed title or text matches the FTS5 query `match`, for tests.
    func articleHits(_ match: String) throws -> [Int64] {
        try database.fetchValues(
            Int64.self,
            sql: "SELECT rowid FROM article_fts WHERE article_fts MATCH ?",
            arguments: [match]
        )
    }
}

/// Hand-built extractions, so that store tests do not depend on the extractor.
enum Fixtures {
    static func day(_ iso: String) -> Day { Day(iso: iso)! }
    static func date(_ iso: String) -> DateValue { DateValue(iso: iso)! }

    /// An event whose quote is `quote`, located in `text` by Unicode-scalar offsets.
    static func event(
        _ quote: String,
        in text: String,
        date: String?,
        to dateTo: String? = nil,
        basis: DateBasis? = .text,
        type: EventType,
        actors: [String],
        location: String? = nil,
        summary: String
    ) -> ExtractedEvent {
        let (start, end) = offsets(of: quote, in: text)
        return ExtractedEvent(
            date: date.map(Self.date),
            dateTo: dateTo.map(Self.date),
            dateBasis: date == nil ? nil : basis,
            type: type,
            actors: actors,
            location: location,
            summary: summary,
            quote: quote,
            start: start,
            end: end
        )
    }

    static func figure(
        _ quote: String,
        in text: String,
        category: CasualtyCategory,
        group: CasualtyGroup,
        low: Int?,
        high: Int?,
        approximate: Bool = false,
        asOf: String? = nil,
        attributedTo: String? = nil,
        location: String? = nil
    ) -> CasualtyFigure {
        let (start, end) = offsets(of: quote, in: text)
        return CasualtyFigure(
            category: category,
            group: group,
            low: low,
            high: high,
            isApproximate: approximate,
            location: location,
            asOf: asOf.map(Self.date),
            attributedTo: attributedTo,
            quote: quote,
            start: start,
            end: end
        )
    }

    static func offsets(of quote: String, in text: String) -> (Int, Int) {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(quote.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return (0, 0) }
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
            return (start, start + needle.count)
        }
        return (0, 0)
    }

    static let kazakhstanText = """
        Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire.

        President Kassym-Jomart Tokayev declared a state of emergency across Kazakhstan.

        Tokayev said the unrest was the work of "terrorists" trained abroad.

        The Interior Ministry said 7,939 people had been detained during the month.

        Khabar 24 reported that 164 people had been killed, including protesters in Almaty.

        Demonstrations over fuel prices spread from Zhanaozen between 2 and 11 January.

        Officials said about 100% of the city's 10_000 buses -- and trams -- had stopped.
        """

    static let kazakhstan: Extraction = {
        let text = kazakhstanText
        return Extraction(
            article: Article(
                title: "Kazakhstan declares emergency",
                url: "https://news.example/kazakhstan-emergency",
                source: "World Tribune",
                author: "A. Writer",
                published: day("2022-01-07"),
                text: text
            ),
            actors: [
                Actor(
                    name: "Kassym-Jomart Tokayev",
                    kind: .person,
                    mentions: ["President Kassym-Jomart Tokayev", "Tokayev", "the president"],
                    aliases: ["Tokaev"],
                    roles: [ActorRole(title: "President of Kazakhstan", from: day("2019-03-20"))]
                ),
                Actor(
                    name: "Kazakhstan Interior Ministry",
                    kind: .organization,
                    mentions: ["The Interior Ministry"]
                ),
                Actor(name: "Khabar 24", kind: .organization),
            ],
            events: [
                event(
                    "Protesters stormed the mayor's office in Almaty on Wednesday and set it on fire.",
                    in: text,
                    date: "2022-01-05",
                    type: .riot,
                    actors: ["protesters"],
                    location: "Almaty",
                    summary: "protesters storm and burn the mayor's office"
                ),
                event(
                    "President Kassym-Jomart Tokayev declared a state of emergency across Kazakhstan.",
                    in: text,
                    date: "2022-01-07",
                    basis: .publication,
                    type: .decree,
                    actors: ["Kassym-Jomart Tokayev"],
                    location: "Kazakhstan",
                    summary: "Tokayev declares a nationwide state of emergency"
                ),
                event(
                    "Tokayev said the unrest was the work of \"terrorists\" trained abroad.",
                    in: text,
                    date: nil,
                    type: .statement,
                    actors: ["Kassym-Jomart Tokayev"],
                    summary: "Tokayev blames terrorists trained abroad"
                ),
                event(
                    "The Interior Ministry said 7,939 people had been detained during the month.",
                    in: text,
                    date: "2022-01",
                    type: .arrest,
                    actors: ["Kazakhstan Interior Ministry", "protesters"],
                    location: "Kazakhstan",
                    summary: "7,939 people detained"
                ),
                event(
                    "Demonstrations over fuel prices spread from Zhanaozen between 2 and 11 January.",
                    in: text,
                    date: "2022-01-02",
                    to: "2022-01-11",
                    type: .protest,
                    actors: ["protesters"],
                    location: "Zhanaozen",
                    summary: "fuel-price protests spread"
                ),
                event(
                    "Officials said about 100% of the city's 10_000 buses -- and trams -- had stopped.",
                    in: text,
                    date: "2022-01-06",
                    type: .other,
                    actors: [],
                    location: "100%_city",
                    summary: "public transport stops"
                ),
            ],
            figures: [
                figure(
                    "The Interior Ministry said 7,939 people had been detained during the month.",
                    in: text,
                    category: .detained,
                    group: .unspecified,
                    low: 7939,
                    high: 7939,
                    asOf: "2022-01",
                    attributedTo: "Kazakhstan Interior Ministry"
                ),
                figure(
                    "Khabar 24 reported that 164 people had been killed, including protesters in Almaty.",
                    in: text,
                    category: .killed,
                    group: .unspecified,
                    low: 164,
                    high: 164,
                    asOf: "2022-01-07",
                    attributedTo: "Khabar 24",
                    location: "Kazakhstan"
                ),
            ]
        )
    }()

    static let sriLankaText = """
        President Gotabaya Rajapaksa fled to the Maldives on Wednesday.

        His brother Mahinda Rajapaksa had resigned as prime minister in May.

        The speaker said the president would resign; at least 2 people were killed in Colombo.
        """

    static let sriLanka: Extraction = {
        let text = sriLankaText
        return Extraction(
            article: Article(
                title: "Sri Lanka's president flees",
                url: "https://ocean.example/sri-lanka",
                source: "Indian Ocean Post",
                published: day("2022-07-14"),
                text: text
            ),
            actors: [
                Actor(name: "Gotabaya Rajapaksa", kind: .person, mentions: ["President Gotabaya Rajapaksa"]),
                Actor(name: "Mahinda Rajapaksa", kind: .person, mentions: ["Mahinda Rajapaksa"]),
            ],
            events: [
                event(
                    "President Gotabaya Rajapaksa fled to the Maldives on Wednesday.",
                    in: text,
                    date: "2022-07-13",
                    type: .other,
                    actors: ["Gotabaya Rajapaksa"],
                    location: "Maldives",
                    summary: "Gotabaya Rajapaksa flees to the Maldives"
                ),
                event(
                    "His brother Mahinda Rajapaksa had resigned as prime minister in May.",
                    in: text,
                    date: "2022-05",
                    type: .resignation,
                    actors: ["Mahinda Rajapaksa"],
                    location: "Sri Lanka",
                    summary: "Mahinda Rajapaksa resigns as prime minister"
                ),
            ],
            figures: [
                figure(
                    "The speaker said the president would resign; at least 2 people were killed in Colombo.",
                    in: text,
                    category: .killed,
                    group: .unspecified,
                    low: 2,
                    high: nil,
                    location: "Colombo"
                )
            ]
        )
    }()
}
