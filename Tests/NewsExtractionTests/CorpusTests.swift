import Foundation
import Testing

@testable import NewsExtraction

/// Golden tests: key events of development-corpus articles (copies in `Tests/Fixtures/Corpus`, outside the test
/// target so that SwiftPM does not treat them as sources) and of the seed article, read in place from
/// `../shared/seed/` when it is there, since the project must not copy it.
@Suite struct CorpusTests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.appendingPathComponent("Tests/Fixtures/Corpus")
    static let seed = packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/seed/worldtribune-2022-01-07-kazakhstan.txt")

    func extract(_ url: URL) throws -> Extraction {
        let data = try Data(contentsOf: url)
        let document = try ArticleReader.read([UInt8](data), fileName: url.lastPathComponent)
        return NewsExtractor().extract(document)
    }

    func fixture(_ name: String) throws -> Extraction {
        try extract(Self.fixtures.appendingPathComponent(name))
    }

    /// The events of a type on a date (ISO at the date's precision).
    func events(_ extraction: Extraction, _ type: EventType, on date: String) -> [ExtractedEvent] {
        extraction.events.filter { $0.type == type && $0.date?.iso == date }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
    func seedShootToKillOrderIsTheDaysNews() throws {
        let extraction = try extract(Self.seed)
        let decree = try #require(events(extraction, .decree, on: "2022-01-07").first)
        #expect(decree.actors.contains("Kassym-Jomart Tokayev"))
        #expect(decree.dateBasis == .publication)
        #expect(events(extraction, .resignation, on: "2019").first?.dateBasis == .text)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: seed.path)))
    func seedYesterdaysProtestsCountFromThePostDate() throws {
        let extraction = try extract(Self.seed)
        let protest = try #require(events(extraction, .protest, on: "2022-01-05").first)
        #expect(protest.dateBasis == .text)
        #expect(protest.quote.contains("yesterday"))
    }

    @Test func wireReportResolvesWeekdaysAndBackground() throws {
        let extraction = try fixture("centralasiawire-2022-01-04-fuel-protests.txt")
        #expect(!events(extraction, .protest, on: "2022-01-02").isEmpty)  // "started on Sunday"
        #expect(!events(extraction, .protest, on: "2022-01-03").isEmpty)  // "By Monday"
        #expect(!events(extraction, .decree, on: "2022-01-01").isEmpty)  // "lifted a price cap on January 1"
        #expect(!events(extraction, .crackdown, on: "2011-12-16").isEmpty)
        #expect(!events(extraction, .resignation, on: "2019").isEmpty)  // "who stepped down in 2019"
        #expect(extraction.events.allSatisfy { $0.date.map { $0.firstDay.iso <= "2022-01-04" } ?? true })
    }

    @Test func liveBlogEntriesAnchorTheirOwnRelativeDates() throws {
        let extraction = try fixture("frontierpost-2022-01-05-kazakhstan-live.html")
        // "Earlier this morning" in the entry of 5 January.
        #expect(events(extraction, .resignation, on: "2022-01-05").first?.dateBasis == .text)
        // "this morning" in the entry of 7 January.
        #expect(events(extraction, .decree, on: "2022-01-07").first?.dateBasis == .text)
        // "detained last week" in the entry of 10 January: the week of 3 to 9 January.
        #expect(!events(extraction, .arrest, on: "2022-01").isEmpty)
        // "Explosions and shooting most of last night" in a post dated 6 January.
        #expect(!events(extraction, .clash, on: "2022-01-05").isEmpty)
    }

    @Test func opinionPieceKeepsCoarseDates() throws {
        let extraction = try fixture("steppereview-2022-02-10-opinion-succession.txt")
        #expect(!events(extraction, .resignation, on: "2019-03").isEmpty)
        #expect(!events(extraction, .decree, on: "2000").isEmpty)  // "A decade earlier" than 2010
        #expect(!events(extraction, .resignation, on: "2018").isEmpty)  // "the spring of 2018"
        #expect(!events(extraction, .request, on: "2022-01-05").isEmpty)
    }

    @Test func namedSpeakersGiveStatements() throws {
        let extraction = try fixture("tianshanrecord-2020-10-06-kyrgyzstan-election-annulled.txt")
        let statements = extraction.events.filter { $0.type == .statement }
        #expect(statements.contains { $0.actors.first == "Sooronbay Jeenbekov" && $0.date?.iso == "2020-10-06" })
        #expect(!events(extraction, .decree, on: "2020-10-06").isEmpty)  // annulled "on Tuesday"
        #expect(!events(extraction, .arrest, on: "2019-08").isEmpty)  // "in August last year"
    }
}
