import NewsExtraction
import Testing

@testable import TimelineStore

@Suite struct FigureReconcilerTests {
    static func figure(
        _ id: Int64,
        low: Int?,
        high: Int?,
        asOf: String?,
        article: Int64,
        published: String,
        attributedTo: String? = nil,
        location: String? = "Kazakhstan",
        group: CasualtyGroup = .unspecified
    ) -> FigureRecord {
        FigureRecord(
            id: id,
            category: .killed,
            group: group,
            low: low,
            high: high,
            approximate: false,
            location: location,
            asOf: asOf.flatMap { DateValue(iso: $0) },
            attributedTo: attributedTo,
            quote: "",
            articleID: article,
            articleTitle: nil,
            articleURL: nil,
            published: Day(iso: published)
        )
    }

    @Test func aSentenceThatDisownsANumberRetractsIt() {
        let text = """
            The health ministry on Monday disowned a figure of 164 deaths published in its name.
            """
        #expect(RetractionFinder.retractions(in: text).map(\.value) == [164])
    }

    /// The whole-text look for a cue, which lets most articles skip the sentence scan, ignores ASCII case and
    /// finds a cue at either end of the text.
    @Test func theQuickLookFindsACueInAnyCase() {
        #expect(RetractionFinder.mentionsACue("The ministry WITHDREW the figure"))
        #expect(RetractionFinder.mentionsACue("Corrected to"))
        #expect(RetractionFinder.mentionsACue("The toll was revised down"))
        #expect(!RetractionFinder.mentionsACue("The toll was rev ised; no error was made"))
        #expect(!RetractionFinder.mentionsACue("Police detained 20 people; «withdr»"))
        #expect(RetractionFinder.retractions(in: "Police detained 20 people on Monday.").isEmpty)
    }

    @Test func aCueWithoutANumberRetractsTheNumberOfASentenceBefore() {
        let text = """
            State news channel Khabar 24 reported on Sunday that 164 people had been killed. The report was widely \
            picked up. On Monday the ministry said the number had been posted by mistake because of a technical error.
            """
        #expect(RetractionFinder.retractions(in: text).map(\.value) == [164])
    }

    @Test func theNewValueOfACorrectionStands() {
        let text = "The toll of 164 was revised down to 150 on January 10, 2022."
        #expect(RetractionFinder.retractions(in: text).map(\.value) == [164])
    }

    @Test func retractionOffsetsPointIntoTheText() throws {
        let filler = String(repeating: "Crowds gathered in the square. ", count: 1_000)
        let text = filler + "\nCaf\u{E9} owners counted 164 dead.\nThe figure was false. " + filler
        let retraction = try #require(RetractionFinder.retractions(in: text).first)
        #expect(retraction.value == 164)
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[retraction.start..<retraction.end])) == retraction.quote)
        #expect(retraction.quote == "The figure was false.")
    }

    /// "Withdrew" and "by mistake" are retraction cues only about something published: troops, a bill or shots
    /// fired by mistake withdraw no number, whether the sentence or the one before gives it.
    @Test(arguments: [
        "Police detained 4,611 people. The government withdrew the bill on Sunday.",
        "Officials said 1,200 soldiers had withdrawn from the city.",
        "Guards shot 3 protesters by mistake, the ministry said.",
        "At least 40 people were injured. The strike would continue until the decree was withdrawn.",
    ])
    func cuesAboutOtherThingsRetractNothing(_ text: String) {
        #expect(RetractionFinder.retractions(in: text).isEmpty)
    }

    @Test func aWithdrawnCountIsRetracted() {
        let text = "The ministry had put the toll at 164. It later withdrew that count, blaming a technical error."
        #expect(RetractionFinder.retractions(in: text).map(\.value) == [164])
    }

    @Test func sentencesWithoutACueRetractNothing() {
        #expect(
            RetractionFinder.retractions(in: "Officials said 225 people had died. Flags flew at half-mast.").isEmpty
        )
    }

    @Test func aRetractionMarksEarlierExactFiguresOfItsNumber() {
        let figures = [
            Self.figure(1, low: 164, high: 164, asOf: "2022-01-09", article: 1, published: "2022-01-09"),
            Self.figure(2, low: 24, high: 99, asOf: "2022-01-06", article: 2, published: "2022-01-06"),
            Self.figure(3, low: 164, high: 164, asOf: "2022-01-20", article: 3, published: "2022-01-20"),
        ]
        let marked = FigureReconciler.markRetracted(
            figures,
            retractions: [
                RetractionRecord(value: 164, articleID: 4, published: Day(iso: "2022-01-10")),
                RetractionRecord(value: 24, articleID: 4, published: Day(iso: "2022-01-10")),
            ]
        )
        // The later 164 was stated after the retraction; "dozens" (24–99) is not an exact 24.
        #expect(marked.map(\.retracted) == [true, false, false])
    }

    @Test func retractedFiguresAreNeverLatestNorBest() {
        var figures = [
            Self.figure(1, low: 24, high: 99, asOf: "2022-01-06", article: 1, published: "2022-01-06"),
            Self.figure(2, low: 164, high: 164, asOf: "2022-01-09", article: 2, published: "2022-01-09"),
        ]
        figures[1].retracted = true
        #expect(FigureReconciler.latest(of: figures)?.id == 1)
        #expect(FigureReconciler.best(of: figures)?.id == 1)
        let row = CasualtySummary.summarize(figures)[0]
        #expect(row.reports == 2)
        #expect(row.retracted == 1)
        #expect(row.latestLow == 24)
        #expect(row.maxHigh == 99)
        #expect(!row.conflicting)
    }

    /// The best estimate of the latest day is the figure most articles give, then an attributed one.
    @Test func theBestEstimateIsTheMostCitedThenTheAttributedFigure() {
        let figures = [
            Self.figure(1, low: 225, high: 225, asOf: "2022-01-15", article: 1, published: "2022-01-15"),
            Self.figure(2, low: 230, high: 230, asOf: "2022-01-15", article: 2, published: "2022-01-16"),
            Self.figure(3, low: 225, high: 225, asOf: "2022-01-15", article: 3, published: "2022-01-19"),
            Self.figure(
                4,
                low: 200,
                high: 200,
                asOf: "2022-01-10",
                article: 4,
                published: "2022-01-10",
                attributedTo: "Ministry"
            ),
        ]
        #expect(FigureReconciler.best(of: figures)?.low == 225)
        let tie = [
            Self.figure(1, low: 225, high: 225, asOf: "2022-01-15", article: 1, published: "2022-01-16"),
            Self.figure(
                2,
                low: 227,
                high: 227,
                asOf: "2022-01-15",
                article: 2,
                published: "2022-01-15",
                attributedTo: "Prosecutors"
            ),
        ]
        #expect(FigureReconciler.best(of: tie)?.low == 227)
        #expect(FigureReconciler.latest(of: tie)?.low == 225)
    }

    @Test func seriesAreSplitByLocation() {
        let rows = CasualtySummary.summarize([
            Self.figure(
                1,
                low: 5,
                high: 5,
                asOf: "2022-01-06",
                article: 1,
                published: "2022-01-06",
                location: "Almaty"
            ),
            Self.figure(
                2,
                low: 9,
                high: 9,
                asOf: "2022-01-06",
                article: 1,
                published: "2022-01-06",
                location: "almaty"
            ),
            Self.figure(3, low: 7, high: 7, asOf: "2022-01-06", article: 1, published: "2022-01-06", location: nil),
        ])
        #expect(rows.map(\.reports) == [1, 2])
        #expect(rows.map(\.location) == [nil, "Almaty"])
    }

    /// A month `as_of` stated later speaks for the month's last day, not its first.
    @Test func aMonthFigureSpeaksForTheEndOfTheMonth() {
        let later = Self.figure(1, low: 227, high: 227, asOf: "2022-01", article: 1, published: "2022-02-10")
        let inside = Self.figure(2, low: 227, high: 227, asOf: "2022-01", article: 1, published: "2022-01-20")
        #expect(later.effectiveDay == Day(iso: "2022-01-31"))
        #expect(inside.effectiveDay == Day(iso: "2022-01-20"))
    }

    @Test func theProgressionShowsARetractedFigureOnlyWhenTheDayHasNoOther() {
        var figures = [
            Self.figure(1, low: 164, high: 164, asOf: "2022-01-09", article: 1, published: "2022-01-09"),
            Self.figure(2, low: 300, high: 300, asOf: "2022-01-10", article: 2, published: "2022-01-10"),
            Self.figure(3, low: 16, high: 16, asOf: "2022-01-10", article: 3, published: "2022-01-10"),
        ]
        figures[0].retracted = true
        figures[1].retracted = true
        let rows = CasualtyProgression.rows(from: figures)
        #expect(rows.map(\.low) == [164, 16])
        #expect(rows.map(\.retracted) == [true, false])
    }
}
