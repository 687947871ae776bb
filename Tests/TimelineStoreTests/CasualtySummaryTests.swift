import NewsExtraction
import Testing

@testable import TimelineStore

@Suite struct CasualtySummaryTests {
    static func report(
        _ id: Int64,
        _ category: CasualtyCategory = .killed,
        group: CasualtyGroup = .protesters,
        low: Int?,
        high: Int?,
        asOf: String? = nil,
        published: String? = "2022-01-10",
        attributedTo: String? = nil
    ) -> FigureRecord {
        FigureRecord(
            id: id,
            category: category,
            group: group,
            low: low,
            high: high,
            approximate: false,
            location: nil,
            asOf: asOf.flatMap { DateValue(iso: $0) },
            attributedTo: attributedTo,
            quote: "",
            articleID: id,
            articleTitle: "Article \(id)",
            articleURL: nil,
            articleSource: nil,
            published: published.flatMap { Day(iso: $0) }
        )
    }

    @Test func latestReportIsTheOneWithTheLatestDay() throws {
        let rows = CasualtySummary.summarize([
            Self.report(1, low: 164, high: 164, asOf: "2022-01-09", attributedTo: "Khabar 24"),
            Self.report(2, low: 225, high: 225, asOf: "2022-01-15", attributedTo: "Prosecutor General"),
            Self.report(3, low: 26, high: nil, asOf: "2022-01-07"),
        ])
        let row = try #require(rows.first)
        #expect(rows.count == 1)
        #expect(row.reports == 3)
        #expect(row.latestLow == 225)
        #expect(row.latestSource == "Prosecutor General")
        #expect(row.latestAsOf == DateValue(iso: "2022-01-15"))
        #expect(row.minLow == 26)
        #expect(row.maxHigh == 225)
        #expect(row.conflicting)
    }

    @Test func publicationDateBreaksTiesAndStandsInForAMissingAsOf() {
        let rows = CasualtySummary.summarize([
            Self.report(1, low: 10, high: 10, asOf: "2022-01-09", published: "2022-01-09"),
            Self.report(2, low: 12, high: 12, asOf: "2022-01-09", published: "2022-01-11"),
            Self.report(3, low: 8, high: 8, asOf: nil, published: "2022-01-08"),
        ])
        #expect(rows.first?.latestLow == 12)
        #expect(rows.first?.latestSource == "Article 2")
    }

    @Test func agreeingReportsDoNotConflict() {
        let rows = CasualtySummary.summarize([
            Self.report(1, low: 24, high: 99, asOf: "2022-01-06"),
            Self.report(2, low: 24, high: 99, asOf: "2022-01-07"),
        ])
        #expect(rows.first?.conflicting == false)
        #expect(rows.first?.reports == 2)
    }

    @Test func openBoundsFallBackToTheOtherBound() {
        let rows = CasualtySummary.summarize([
            Self.report(1, low: nil, high: 50),
            Self.report(2, low: 164, high: nil),
        ])
        #expect(rows.first?.minLow == 50)
        #expect(rows.first?.maxHigh == 164)
    }

    @Test func rowsComeInCategoryThenGroupOrder() {
        let rows = CasualtySummary.summarize([
            Self.report(1, .detained, group: .unspecified, low: 1, high: 1),
            Self.report(2, .killed, group: .securityForces, low: 1, high: 1),
            Self.report(3, .killed, group: .protesters, low: 1, high: 1),
            Self.report(4, .injured, group: .civilians, low: 1, high: 1),
        ])
        #expect(rows.map(\.category) == [.killed, .killed, .injured, .detained])
        #expect(rows.map(\.group) == [.protesters, .securityForces, .civilians, .unspecified])
        #expect(CasualtySummary.summarize([]).isEmpty)
    }
}
