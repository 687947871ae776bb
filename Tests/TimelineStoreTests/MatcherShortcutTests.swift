import NewsExtraction
import Testing

@testable import TimelineStore

/// Shortcuts of the matcher, each checked against the plain form it replaced: `EventMatcher.clearest` compares its
/// rank part by part, computing the costly parts only on a tie (plain: the whole rank of every report, then `min`);
/// `hasDateline` first looks for a "(" in the bytes (plain: the first 80 scalars alone); `precedesByIdentity`
/// compares article keys before building identities (plain: `a.identity < b.identity`).
@Suite struct MatcherShortcutTests {
    static func plainClearest(_ reports: [EventReport], date: DateValue?) -> EventReport {
        func rank(_ report: EventReport) -> (Int, Int, Int, Int, Int, String) {
            let length = report.quote.unicodeScalars.count
            return (
                report.date == date ? 0 : 1,
                report.dateBasis == .publication ? 1 : 0,
                plainHasDateline(report.quote) ? 1 : 0,
                -report.actors.count,
                length >= 40 ? length : 10_000 - length,
                report.identity
            )
        }
        return reports.map { (rank: rank($0), report: $0) }.min { $0.rank < $1.rank }!.report
    }

    static func plainHasDateline(_ sentence: String) -> Bool {
        let head = Array(sentence.unicodeScalars.prefix(80))
        func spaced(_ dash: Unicode.Scalar) -> Int? {
            head.indices.dropFirst().dropLast().first { head[$0] == dash && head[$0 - 1] == " " && head[$0 + 1] == " " }
        }
        guard let dash = spaced("-") ?? spaced("\u{2013}") ?? spaced("\u{2014}") else { return false }
        let before = head[..<(dash - 1)]
        return before.last == ")" && before.contains("(")
            && before.prefix { $0 != "," }.allSatisfy { scalar in
                scalar == " " || scalar == "/" || scalar == "-" || scalar.properties.isUppercase
            }
    }

    static func sentence(_ random: inout SeededGenerator) -> String {
        let openings = [
            "", "ALMATY, Jan 4 (Wire) - ", "KYIV/LVIV, 3 March (Agency) \u{2013} ", "Officials (who asked) - ",
            "ÉCOLE (AFP) \u{2014} ", "Nur-Sultan (Reuters) - ", "(", "Police said - ",
        ]
        let bodies = [
            "Troops arrived.", "Troops of the alliance arrived in the country on that day, officials said.",
            "Protesters stormed the mayor's office (the akimat) in the city centre.", "Short one (x) - y",
            String(repeating: "é", count: 39), String(repeating: "word ", count: 20) + "(late) - end",
        ]
        return openings.randomElement(using: &random)! + bodies.randomElement(using: &random)!
    }

    @Test func theClearestReportIsTheOneTheWholeRankChooses() {
        var random = SeededGenerator(seed: 2022)
        let days = ["2022-01-05", "2022-01-06", "2022-01"]
        for _ in 0..<2_000 {
            let count = Int.random(in: 1...6, using: &random)
            let reports = (0..<count).map { _ in
                let quote = Self.sentence(&random)
                let date = days.randomElement(using: &random)!
                return EventReport(
                    article: ["a", "b", "c"].randomElement(using: &random)!,
                    start: Int.random(in: 0...3, using: &random),
                    end: 50,
                    date: DateValue(iso: date),
                    dateBasis: Bool.random(using: &random) ? .text : .publication,
                    type: .protest,
                    actors: Array(["A", "B", "C"].prefix(Int.random(in: 0...2, using: &random))),
                    location: nil,
                    summary: quote,
                    quote: quote
                )
            }
            let date = DateValue(iso: days.randomElement(using: &random)!)
            #expect(EventMatcher.clearest(reports, date: date) == Self.plainClearest(reports, date: date))
        }
    }

    @Test func theDatelineTestAgreesWithTheScalarOne() {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<2_000 {
            var text = Self.sentence(&random)
            // Move the parenthesis around the 80-scalar limit.
            text = String(repeating: "ü", count: Int.random(in: 0...85, using: &random)) + text
            #expect(EventMatcher.hasDateline(text) == Self.plainHasDateline(text), "\(text)")
        }
        #expect(EventMatcher.hasDateline("ALMATY, Jan 4 (Wire) - Troops arrived."))
    }

    @Test func identityOrderWithoutIdentitiesIsIdentityOrder() {
        var random = SeededGenerator(seed: 64)
        let articles = [
            "a", "a1", "ab", "b", "a:", "é", "éa", "e\u{301}", "0f3a", "0f3b", String(repeating: "c", count: 64),
            String(repeating: "c", count: 63) + "d", "",
        ]
        // Reports of one article that differ in any field, or in none: offsets of one to three digits ("9" sorts
        // after "10" in an identity), dates of each precision or none, a few summaries.
        let summaries = (0..<3).map { _ in Self.sentence(&random) }
        var reports: [EventReport] = []
        for _ in 0..<300 {
            let quote = summaries.randomElement(using: &random)!
            let start = Int.random(in: 0...120, using: &random)
            reports.append(
                EventReport(
                    article: articles.randomElement(using: &random)!,
                    start: start,
                    end: Int.random(in: start...(start + 12), using: &random),
                    date: ["2022-01-05", "2022-01", "2022", "2022-01-15", ""].randomElement(using: &random)
                        .flatMap { DateValue(iso: $0) },
                    dateBasis: .text,
                    type: [.protest, .clash, .riot].randomElement(using: &random)!,
                    actors: [],
                    location: nil,
                    summary: quote,
                    quote: quote
                )
            )
        }
        for a in reports.prefix(150) {
            for b in reports.suffix(150) {
                #expect(EventMatcher.precedesByIdentity(a, b) == (a.identity < b.identity), "\(a.article) \(b.article)")
            }
        }
        let plain = reports.map { (identity: $0.identity, report: $0) }.sorted { $0.identity < $1.identity }
        #expect(EventMatcher.sortedByIdentity(reports).map(\.identity) == plain.map(\.identity))
    }
}
