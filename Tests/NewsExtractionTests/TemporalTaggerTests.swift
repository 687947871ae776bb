import Testing

@testable import NewsExtraction

@Suite struct TemporalTaggerTests {
    /// 2022-01-07 is a Friday.
    let friday = Day(iso: "2022-01-07")!

    func dates(_ text: String, anchor: String? = "2022-01-07", reference: String? = nil) -> [String] {
        let sentence = Sentence(text: text, start: 0, end: text.unicodeScalars.count, passage: 0)
        return TemporalTagger().mentions(
            in: sentence,
            anchor: anchor.flatMap { Day(iso: $0) },
            reference: reference.flatMap { DateValue(iso: $0) }
        ).map { mention in mention.to.map { "\(mention.value.iso)..\($0.iso)" } ?? mention.value.iso }
    }

    @Test(arguments: [
        ("It happened on January 7, 2022.", "2022-01-07"),
        ("It happened on 7 January 2022.", "2022-01-07"),
        ("It happened on Jan. 6 in Almaty.", "2022-01-06"),
        ("It happened on 6 Jan in Almaty.", "2022-01-06"),
        ("It happened on 2022-01-05.", "2022-01-05"),
        ("It happened on Thursday, January 6.", "2022-01-06"),
        ("It happened on December 16, 2011.", "2011-12-16"),
        ("It happened on the 3rd of January.", "2022-01-03"),
        ("It happened on December 30.", "2021-12-30"),
    ])
    func absoluteDates(_ text: String, _ expected: String) {
        #expect(dates(text) == [expected])
    }

    @Test(arguments: [
        ("Protests spread yesterday.", "2022-01-06"),
        ("Protests spread today.", "2022-01-07"),
        ("He spoke this morning.", "2022-01-07"),
        ("He will speak tonight.", "2022-01-07"),
        ("Shooting went on last night.", "2022-01-06"),
        ("He resigned on Wednesday.", "2022-01-05"),
        ("He resigned on Friday.", "2022-01-07"),
        ("He resigned last Friday.", "2021-12-31"),
        ("The cabinet will meet on Monday.", "2022-01-10"),
        ("Talks began earlier this month.", "2022-01"),
        ("Talks began last month.", "2021-12"),
        ("Celebrations on New Year's Day turned sour.", "2022-01-01"),
    ])
    func relativeToTheAnchor(_ text: String, _ expected: String) {
        #expect(dates(text) == [expected])
    }

    @Test func earlierThisWeekSpanningTwoMonthsIsTheYear() {
        // Monday 3 January to Tuesday 4 January fits in January.
        #expect(dates("Rallies began earlier this week.", anchor: "2022-01-05") == ["2022-01"])
        // The week of 3 to 9 January, seen from Monday 10 January.
        #expect(dates("He was detained last week.", anchor: "2022-01-10") == ["2022-01"])
        // 27 December 2021 to 2 January 2022 spans two years: dropped.
        #expect(dates("He was detained last week.", anchor: "2022-01-03") == [])
        // 28 February to 6 March fits in the year.
        #expect(dates("He was detained last week.", anchor: "2022-03-08") == ["2022"])
    }

    @Test(arguments: [
        ("Two days later they had spread to Almaty.", "2022-01-04"),
        ("The following day, troops arrived.", "2022-01-03"),
        ("A day after, troops arrived.", "2022-01-03"),
        ("Later that month he was arrested.", "2022-01"),
    ])
    func relativeToTheReference(_ text: String, _ expected: String) {
        #expect(dates(text, reference: "2022-01-02") == [expected])
    }

    @Test func dayChainsSkipCoarserDates() {
        // "... Decree 883 on October 1. ... reached in March. Unions went on strike two days later."
        let text = "Unions went on strike two days later, and a state of emergency followed the same day."
        let sentence = Sentence(text: text, start: 0, end: text.unicodeScalars.count, passage: 0)
        let mentions = TemporalTagger().mentions(
            in: sentence,
            anchor: Day(iso: "2019-10-14"),
            reference: DateValue(iso: "2019-03"),
            dayReference: Day(iso: "2019-10-01")
        )
        #expect(mentions.map(\.value.iso) == ["2019-10-03", "2019-10-03"])
    }

    @Test func aDayAfterAClauseIsTheDayBefore() {
        let text = "Troops arrived on Thursday, a day after the president asked for help."
        #expect(dates(text) == ["2022-01-06", "2022-01-05"])
        #expect(dates("A day after the raid, the council cancelled the talks.", reference: "2022-01-03") == [])
    }

    @Test func aDecadeEarlierCountsFromTheYearBefore() {
        #expect(dates("A decade earlier, a law granted him immunity.", reference: "2010") == ["2000"])
    }

    @Test(arguments: [
        ("He stepped aside in 2019.", "2019"),
        ("He resigned in March 2019.", "2019-03"),
        ("He was forced out in the spring of 2018.", "2018"),
        ("Japarov won in January 2021.", "2021-01"),
        ("The price cap was removed at the start of the year.", "2022-01"),
        ("He has run the country since 1989.", "1989"),
        ("Protests spread in mid-September 2021.", "2021-09"),
        ("Protests spread in late January.", "2022-01"),
    ])
    func coarseDates(_ text: String, _ expected: String) {
        #expect(dates(text, anchor: "2022-02-10") == [expected])
    }

    @Test func ranges() {
        #expect(dates("The curfew ran from 2 to 11 January.") == ["2022-01-02..2022-01-11"])
        #expect(dates("The curfew ran from January 2 to 11.") == ["2022-01-02..2022-01-11"])
    }

    @Test func theWeekendIsItsSaturdayAndSunday() {
        // Monday 12 December 2022: the weekend of 10 and 11 December, a range kept at month precision.
        #expect(dates("Police clashed with protesters over the weekend.", anchor: "2022-12-12") == ["2022-12"])
        // Sunday 1 January 2023: the weekend of 31 December and 1 January spans two years.
        #expect(dates("Police clashed with protesters over the weekend.", anchor: "2023-01-01") == [])
    }

    @Test func everSinceAClauseIsNoDate() {
        #expect(
            dates("Ever since Yanukovych fled Kyiv in February 2014, the Kremlin has feared protest.") == ["2014-02"]
        )
        #expect(dates("Rallies have since been reported in the west.", reference: "2022-01-03") == ["2022-01"])
    }

    /// A comparison with the past measures a gap: "the worst since 2014" is not news of 2014.
    @Test(arguments: [
        "He said the unrest was the worst since 2014.",
        "It was the deadliest clash since March.",
        "The currency fell to its lowest level since 1998.",
        "The protests were the largest since the 2020 election.",
        "For the first time since Tuesday, shops opened.",
    ])
    func comparisonsSinceADateDateNothing(_ text: String) {
        #expect(dates(text) == [])
    }

    @Test func sinceWithoutAComparisonKeepsItsDate() {
        #expect(dates("The priest has lived there since 2014.") == ["2014"])
        #expect(dates("The worst of it came in March, and talks have gone on since 2019.") == ["2022-03", "2019"])
    }

    @Test func sinceADayIsCoarsened() {
        #expect(dates("Police have detained 1,400 people since Friday.", anchor: "2019-10-20") == ["2019-10"])
    }

    @Test(arguments: [
        "He arrived on February 30, 2022.",
        "Some 2,500 troops arrived.",
        "Around 2000 people were detained.",
        "Protesters may march again.",
        "A 7,000-strong crowd marched.",
    ])
    func nonDatesAreIgnored(_ text: String) {
        #expect(dates(text) == [])
    }

    @Test func relativeDatesNeedAnAnchor() {
        #expect(dates("He resigned yesterday.", anchor: nil) == [])
        #expect(dates("He resigned on January 5, 2022.", anchor: nil) == ["2022-01-05"])
    }

    @Test func mentionsCarryTheirSurfaceAndRange() throws {
        let text = "He resigned on Thursday, January 6."
        let sentence = Sentence(text: text, start: 0, end: text.unicodeScalars.count, passage: 0)
        let mention = try #require(TemporalTagger().mentions(in: sentence, anchor: friday).first)
        #expect(mention.surface == "Thursday, January 6")
        #expect(!mention.isRelative || mention.value.iso == "2022-01-06")
    }

    @Test func longInputsFinish() {
        let line = String(repeating: "7", count: 1_000_000)
        #expect(dates(line).isEmpty)
        let words = String(repeating: "January 5 and yesterday ", count: 50_000)
        #expect(dates(words).count == 100_000)
    }

    @Test func timeTokensLowercaseWordsAndReadOrdinals() {
        let text = "On Jan. 7TH, yesterday’s rally ÉTÉ l’été 12ST 3rdly 北京 \(String(repeating: "a", count: 45))"
        let tokens = TimeToken.tokenize(Array(text.unicodeScalars))
        #expect(
            tokens.map(\.lower) == [
                "on", "jan", ".", "7TH", ",", "yesterday", "rally", "été", "l'été", "12ST", "3", "rdly", "北京",
                String(repeating: "a", count: 40),
            ]
        )
        #expect(
            tokens.map(\.isCapitalized) == [true, true] + Array(repeating: false, count: 5) + [true]
                + Array(repeating: false, count: 6)
        )
        #expect(tokens[3].number == 7 && tokens[3].range == 8..<11)
        #expect(tokens[5].range.count == "yesterday’s".unicodeScalars.count)
        #expect(tokens[9].number == 12 && tokens[10].number == 3)
    }
}
