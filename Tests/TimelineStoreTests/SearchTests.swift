import NewsExtraction
import Testing
import TimelineSQLite

@testable import TimelineStore

/// `--search`: full-text search over the sentences that report events, and over article text.
@Suite struct SearchTests {
    let store: TimelineStore

    init() throws {
        store = try makeLoadedStore()
    }

    func ids(_ search: String, raw: Bool = false, includeUndated: Bool = true) throws -> [Int64] {
        try store.events(
            EventQuery(search: search, rawSearch: raw, searchScope: .sentences, includeUndated: includeUndated)
        ).map(\.id)
    }

    @Test func articleScopeFindsEveryEventOfAMatchingArticle() throws {
        let sentences = try ids("emergency")
        let both = try store.events(EventQuery(search: "emergency", includeUndated: true)).map(\.id)
        let articles = try store.events(EventQuery(search: "emergency", searchScope: .articles, includeUndated: true))
            .map(\.id)
        #expect(Set(sentences).isSubset(of: Set(both)))
        #expect(Set(both) == Set(sentences).union(Set(articles)))
        #expect(!articles.isEmpty)
    }

    @Test func everyWordMustOccurInTheSentence() throws {
        #expect(try ids("emergency") == [2])
        #expect(try ids("state emergency") == [2])
        #expect(try ids("emergency Almaty") == [])
        #expect(try ids("TOKAYEV") == [2, 3])
        #expect(try ids("Tokayev", includeUndated: false) == [2])
    }

    @Test func searchCombinesWithOtherFilters() throws {
        let query = EventQuery(
            on: DateValue(iso: "2022-01"),
            actors: ["Tokayev"],
            search: "emergency",
            searchScope: .sentences
        )
        #expect(try store.events(query).map(\.id) == [2])
    }

    /// User text is never FTS5 syntax: quotes, LIKE wildcards, SQL comments and operators are words or nothing
    /// ("fire AND" finds a sentence with both words; the tokenizer drops the `*` of "fire*").
    @Test(arguments: [
        (#""terrorists""#, [Int64(3)]),
        (#"the "terrorists"#, [3]),
        (#"work of "terrorists" trained"#, [3]),
        ("100%", [6]),
        ("10_000", [6]),
        ("buses --", [6]),
        ("--", []),
        ("%", []),
        ("_", []),
        ("trams -- and", [6]),
        ("fire OR emergency", []),
        ("fire AND", [1]),
        ("NOT fire", []),
        ("fire*", [1]),
        ("quote:fire", []),
        ("NEAR(fire office)", []),
        ("(fire", [1]),
        ("^Protesters", [1]),
        ("'; DROP TABLE event; --", []),
    ])
    func userTextIsEscaped(_ search: String, _ expected: [Int64]) throws {
        #expect(try ids(search) == expected)
        #expect(try store.count("event") == 8)
    }

    @Test func emptySearchDoesNotFilter() throws {
        #expect(try ids("   ") == [4, 5, 1, 6, 2, 8, 7, 3])
    }

    @Test func rawSearchPassesFTS5Syntax() throws {
        #expect(try ids("fire OR emergency", raw: true) == [1, 2])
        #expect(try ids("Tok*", raw: true) == [2, 3])
        #expect(try ids("NEAR(state emergency, 2)", raw: true) == [2])
        #expect(try ids("Tokayev NOT terrorists", raw: true) == [2])
    }

    @Test(arguments: ["fire AND", "(fire", "\"unterminated", "nosuchcolumn:fire"])
    func badRawSearchSaysToTryWithoutRaw(_ search: String) throws {
        let error = try #require(throws: StoreError.self) { try ids(search, raw: true) }
        #expect(error.message.hasPrefix("Invalid search '\(search)': "))
        #expect(error.message.hasSuffix(" Try again without --raw."))
    }

    @Test func articleTextIsSearchableTheWayDatasetteSearches() throws {
        // Datasette's detect_fts looks for this text in the virtual table's SQL.
        let detected = try store.database.fetchValues(
            String.self,
            sql: """
                SELECT name FROM sqlite_master
                WHERE rootpage = 0 AND sql LIKE '%VIRTUAL TABLE%USING FTS%content=[article]%'
                """
        )
        #expect(detected == ["article_fts"])
        let ids = try store.database.fetchValues(
            Int64.self,
            sql: "SELECT id FROM article WHERE rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)",
            arguments: ["Maldives"]
        )
        #expect(ids == [2])
    }
}
