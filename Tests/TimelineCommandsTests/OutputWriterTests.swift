import Testing

@testable import TimelineCommands

/// The four output formats over the same two-row fixture, and the empty case.
@Suite struct OutputWriterTests {
    static let objects: [JSONValue] = [
        .object([
            ("id", .int(1)), ("date", .string("2022-01-07")),
            ("actors", .array([.string("Tokayev"), .string("CSTO")])),
            ("summary", .string("Order to \"shoot to kill\", issued")), ("location", .null),
        ]),
        .object([
            ("id", .int(22)), ("date", .string("2022-01")), ("actors", .array([])),
            ("summary", .string("Алматы 🇰🇿\nsecond line")), ("location", .string("Almaty")),
        ]),
    ]
    static let keys = ["id", "date", "actors", "summary", "location"]
    static let columns: [TableColumn] = [
        .key("id", alignment: .right), .key("date"), .key("actors"), .key("summary", shrinkPriority: 0),
        .key("location"),
    ]

    func rows(_ objects: [JSONValue]) -> OutputRows {
        OutputRows(objects: objects, columns: Self.columns, csvKeys: Self.keys, emptyMessage: "No rows.")
    }

    @Test(arguments: OutputFormat.allCases)
    func everyFormatRendersTheFixture(format: OutputFormat) {
        let text = rows(Self.objects).render(format, width: 200)
        let expected: String
        switch format {
        case .json:
            expected = """
                [
                  {
                    "id": 1,
                    "date": "2022-01-07",
                    "actors": [
                      "Tokayev",
                      "CSTO"
                    ],
                    "summary": "Order to \\"shoot to kill\\", issued",
                    "location": null
                  },
                  {
                    "id": 22,
                    "date": "2022-01",
                    "actors": [],
                    "summary": "Алматы 🇰🇿\\nsecond line",
                    "location": "Almaty"
                  }
                ]

                """
        case .ndjson:
            expected = """
                {"id":1,"date":"2022-01-07","actors":["Tokayev","CSTO"],"summary":"Order to \\"shoot to kill\\", issued","location":null}
                {"id":22,"date":"2022-01","actors":[],"summary":"Алматы 🇰🇿\\nsecond line","location":"Almaty"}

                """
        case .csv:
            expected =
                "id,date,actors,summary,location\r\n"
                + "1,2022-01-07,Tokayev; CSTO,\"Order to \"\"shoot to kill\"\", issued\",\r\n"
                + "22,2022-01,,\"Алматы 🇰🇿\nsecond line\",Almaty\r\n"
        case .table:
            expected = """
                id  date        actors         summary                           location
                --  ----------  -------------  --------------------------------  --------
                 1  2022-01-07  Tokayev; CSTO  Order to "shoot to kill", issued
                22  2022-01                    Алматы 🇰🇿 second line             Almaty

                """
        }
        #expect(text == expected)
    }

    @Test(arguments: OutputFormat.allCases)
    func emptyResultsAreValidInEveryFormat(format: OutputFormat) {
        let text = rows([]).render(format, width: 200)
        switch format {
        case .json: #expect(text == "[]\n")
        case .ndjson, .table: #expect(text == "")
        case .csv: #expect(text == "id,date,actors,summary,location\r\n")
        }
    }

    @Test func tableShrinksTheSummaryToFitTheWidth() {
        let text = rows(Self.objects).render(.table, width: 60)
        for line in text.split(separator: "\n") {
            #expect(TableWriter.displayWidth(String(line)) <= 60, "\(line)")
        }
        #expect(text.contains("…"))
    }

    @Test func jsonStringsEscapeQuotesControlsAndLineSeparators() {
        let text = "a\"b\\c\nd\re\tf\u{0}\u{1B}\u{7F}g\u{2028}h\u{2029}i\u{2027}é🇰🇿e\u{301}"
        #expect(
            JSONValue.string(text).serialized()
                == #""a\"b\\c\nd\re\tf\u0000\u001b"# + "\u{7F}g" + #"\u2028h\u2029i"# + "\u{2027}é🇰🇿e\u{301}\""
        )
        #expect(JSONValue.string("").serialized() == #""""#)
        #expect(JSONValue.string("\u{2028}").serialized() == #""\u2028""#)
        #expect(JSONValue.string("plain").serialized() == #""plain""#)
    }

    @Test func boundsReadAsPeopleWriteThem() {
        #expect(bounds(.int(164), .int(164)) == "164")
        #expect(bounds(.int(24), .int(99), approximate: true) == "~24–99")
        #expect(bounds(.int(164), .null) == "≥164")
        #expect(bounds(.null, .int(50)) == "≤50")
        #expect(bounds(.null, .null) == "")
    }
}
