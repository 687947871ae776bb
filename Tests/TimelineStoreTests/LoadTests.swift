import NewsExtraction
import Testing
import TimelineSQLite

@testable import TimelineStore

@Suite struct LoadTests {
    @Test func handBuiltExtractionLoads() throws {
        let store = try makeStore()
        let outcome = try store.load(Fixtures.kazakhstan, format: .text)
        #expect(outcome == .loaded(articleID: 1, events: 6, figures: 2, actors: 3))
        #expect(try store.count("article") == 1)
        #expect(try store.count("event") == 6)
        #expect(try store.count("event_source") == 6)
        #expect(try store.count("figure") == 2)
        #expect(try store.count("actor") == 3)
        let row = try #require(
            try store.database.fetchOne(sql: "SELECT sha256, published_on, format, title, body FROM article")
        )
        #expect(try row["sha256", as: String.self] == ContentHash.sha256(Fixtures.kazakhstanText))
        #expect(try row["published_on", as: String.self] == "2022-01-07")
        #expect(try row["format", as: String.self] == "text")
        #expect(try row["body", as: String.self] == Fixtures.kazakhstanText)
    }

    /// `timeline load` prepares articles on its extraction threads; the writer stores them as `load(Extraction)`
    /// does, with the hash and the retractions computed there.
    @Test func aPreparedArticleStoresItsHashAndRetractions() throws {
        var extraction = Fixtures.kazakhstan
        extraction.article.text += " The ministry later withdrew the figure of 164 deaths, posted by mistake."
        let prepared = PreparedArticle(extraction)
        #expect(prepared.hash == ContentHash.sha256(extraction.article.text))
        #expect(prepared.retractions.map(\.value) == [164])
        let store = try makeStore()
        #expect(try store.load(prepared) == .loaded(articleID: 1, events: 6, figures: 2, actors: 3))
        #expect(try store.database.fetchValue(String.self, sql: "SELECT sha256 FROM article") == prepared.hash)
        #expect(try store.database.fetchValues(Int.self, sql: "SELECT value FROM retraction") == [164])
        #expect(try store.load(extraction) == .skipped(articleID: 1))
    }

    @Test func contentHashIsTheSHA256OfTheUTF8Text() {
        #expect(ContentHash.sha256("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentHash.sha256("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func loadingTheSameTextTwiceIsSkipped() throws {
        let store = try makeStore()
        guard case .loaded(let id, _, _, _) = try store.load(Fixtures.kazakhstan) else {
            Issue.record("first load was not loaded")
            return
        }
        var again = Fixtures.kazakhstan
        again.article.title = "Another title, same text"
        again.events.removeAll()
        #expect(try store.load(again) == .skipped(articleID: id))
        #expect(try store.count("article") == 1)
        #expect(try store.count("event") == 6)
        #expect(try store.count("figure") == 2)
        #expect(try store.count("actor_alias") > 0)
    }

    @Test func storedQuotesAreTheTextAtTheirOffsets() throws {
        let store = try makeLoadedStore()
        let scalars = Array(Fixtures.kazakhstanText.unicodeScalars)
        for event in try store.events(EventQuery(includeUndated: true)) {
            for source in event.sources where source.articleID == 1 {
                #expect(String(String.UnicodeScalarView(scalars[source.start..<source.end])) == source.quote)
            }
        }
    }

    @Test func failedLoadLeavesNothingBehind() throws {
        let store = try makeStore()
        var broken = Fixtures.kazakhstan
        // The last thing written is a figure whose bounds are out of order: the CHECK fails at the very end.
        broken.figures.append(
            CasualtyFigure(
                category: .injured,
                group: .civilians,
                low: 10,
                high: 5,
                isApproximate: false,
                quote: "",
                start: 0,
                end: 0
            )
        )
        let error = try #require(throws: StoreError.self) { try store.load(broken) }
        #expect(error.message.hasPrefix("Cannot load 'Kazakhstan declares emergency' into '\(store.path)': "))
        #expect(error.message.contains("CHECK constraint failed"))
        for table in [
            "article", "event", "event_source", "event_actor", "figure", "actor", "actor_alias", "actor_role",
        ] {
            #expect(try store.count(table) == 0, "\(table) is not empty")
        }
        #expect(!store.database.isInsideTransaction)
        // The same article loads once fixed.
        #expect(try store.load(Fixtures.kazakhstan) == .loaded(articleID: 1, events: 6, figures: 2, actors: 3))
    }

    @Test func loadIsOneImmediateTransaction() throws {
        let store = try makeStore()
        var statements: [String] = []
        store.database.trace { statements.append($0) }
        defer { store.database.trace(nil) }
        _ = try store.load(Fixtures.kazakhstan)
        #expect(statements.first == "BEGIN IMMEDIATE TRANSACTION")
        #expect(statements.last == "COMMIT TRANSACTION")
        #expect(statements.filter { $0.hasPrefix("BEGIN") }.count == 1)

        statements.removeAll()
        var broken = Fixtures.sriLanka
        broken.figures[0].start = -1
        #expect(throws: StoreError.self) { try store.load(broken) }
        #expect(statements.first == "BEGIN IMMEDIATE TRANSACTION")
        #expect(statements.last == "ROLLBACK TRANSACTION")
    }

    /// Makes every insert of a `statement` event fail, as a constraint the store did not foresee would.
    static func refuseStatements(in store: TimelineStore) throws {
        try store.database.execute(
            sql: """
                CREATE TEMP TRIGGER refuse_statements BEFORE INSERT ON event WHEN new.type = 'statement'
                BEGIN SELECT RAISE(ABORT, 'statements are refused'); END
                """
        )
    }

    @Test func failureRaisedByATriggerRollsBackTheArticle() throws {
        let store = try makeLoadedStore()
        try Self.refuseStatements(in: store)
        var article = Fixtures.kazakhstan
        article.article.text += "\n\nA new paragraph."
        let error = try #require(throws: StoreError.self) { try store.load(article) }
        #expect(error.message.contains("statements are refused"))
        #expect(try store.count("article") == 2)
        #expect(try store.count("event") == 8)
    }

    /// In a batch (one transaction for several articles), an article that fails is undone alone: its savepoint
    /// rolls back, and the articles before and after it commit with the batch.
    @Test func aFailingArticleInABatchIsUndoneAlone() throws {
        let store = try makeStore()
        try Self.refuseStatements(in: store)
        var failures = 0
        try store.batch {
            for extraction in [Fixtures.sriLanka, Fixtures.kazakhstan] {
                do {
                    _ = try store.load(extraction, deferMatching: true)
                } catch is StoreError {
                    failures += 1
                }
            }
        }
        #expect(failures == 1)
        #expect(try store.count("article") == 1)
        #expect(try store.count("event_source") == Fixtures.sriLanka.events.count)
        #expect(!store.database.isInsideTransaction)
    }

    /// The full-text rows of a batch are written when it commits, for the articles that stored: the index holds
    /// every stored article and sentence and nothing of the article that failed.
    @Test func aBatchIndexesTheArticlesItStored() throws {
        let store = try makeStore()
        try Self.refuseStatements(in: store)
        try store.batch {
            for extraction in [Fixtures.sriLanka, Fixtures.kazakhstan] {
                _ = try? store.load(extraction, deferMatching: true)
            }
        }
        #expect(try store.count("article_fts_docsize") == 1)
        #expect(try store.count("event_source_fts_docsize") == Fixtures.sriLanka.events.count)
        #expect(try store.check().filter { $0.name.hasPrefix("full-text") && !$0.passed }.map(\.name) == [])
        let hits = try store.articleHits("Tokayev")
        #expect(hits.isEmpty)
    }

    /// An article replaced later in the batch that first stored it: its old text is indexed before the update's
    /// trigger takes it out of the index again.
    @Test func replacingAnArticleOfTheSameBatchKeepsTheIndexWhole() throws {
        let store = try makeStore()
        var updated = Fixtures.kazakhstan
        updated.article.text += "\n\nUpdate: the state of emergency was extended."
        try store.batch {
            _ = try store.load(Fixtures.kazakhstan, deferMatching: true)
            _ = try store.load(updated, replace: true, deferMatching: true)
        }
        #expect(try store.check().filter { $0.name.hasPrefix("full-text") && !$0.passed }.map(\.name) == [])
        let hits = try store.articleHits("extended")
        #expect(hits == [1])
    }

    /// A batch that fails as a whole leaves nothing in the index, and the next batch indexes only its own rows.
    @Test func aRolledBackBatchIndexesNothing() throws {
        let store = try makeStore()
        struct Stop: Error {}
        #expect(throws: (any Error).self) {
            try store.batch {
                _ = try store.load(Fixtures.kazakhstan, deferMatching: true)
                throw Stop()
            }
        }
        try store.batch { _ = try store.load(Fixtures.sriLanka, deferMatching: true) }
        #expect(try store.count("article_fts_docsize") == 1)
        #expect(try store.check().filter { $0.name.hasPrefix("full-text") && !$0.passed }.map(\.name) == [])
    }

    @Test func replaceKeepsTheArticleIdAndReplacesItsRows() throws {
        let store = try makeLoadedStore()
        var revised = Fixtures.kazakhstan
        revised.events = Array(revised.events.prefix(2))
        revised.figures = []
        let outcome = try store.load(revised, replace: true)
        #expect(outcome == .loaded(articleID: 1, events: 2, figures: 0, actors: 3))
        #expect(try store.count("article") == 2)
        #expect(try store.count("event") == 2 + Fixtures.sriLanka.events.count)
        #expect(try store.count("event_source") == 2 + Fixtures.sriLanka.events.count)
        #expect(try store.count("figure") == Fixtures.sriLanka.figures.count)
        #expect(try store.count("event_actor WHERE event_id NOT IN (SELECT id FROM event)") == 0)
    }

    @Test func replaceFindsTheArticleByURLWhenTheTextChanged() throws {
        let store = try makeLoadedStore()
        var updated = Fixtures.kazakhstan
        updated.article.text += "\n\nUpdate: the state of emergency was extended."
        updated.article.title = "Kazakhstan extends emergency"
        #expect(try store.load(updated, replace: true) == .loaded(articleID: 1, events: 6, figures: 2, actors: 3))
        #expect(try store.count("article") == 2)
        let title = try store.database.fetchValue(String.self, sql: "SELECT title FROM article WHERE id = 1")
        #expect(title == "Kazakhstan extends emergency")
        // The full-text index follows the update.
        let hits = try store.articleHits("extended")
        #expect(hits == [1])
    }

    @Test func newTextAtAKnownURLWithoutReplaceIsANewArticle() throws {
        let store = try makeStore()
        _ = try store.load(Fixtures.kazakhstan)
        var updated = Fixtures.kazakhstan
        updated.article.text += "\n\nUpdate."
        #expect(try store.load(updated) == .loaded(articleID: 2, events: 6, figures: 2, actors: 3))
    }

    @Test func genericGroupsAreKeptOnTheEventNotAsActors() throws {
        let store = try makeStore()
        _ = try store.load(Fixtures.kazakhstan)
        let names = try store.database.fetchValues(String.self, sql: "SELECT name FROM actor ORDER BY name")
        #expect(names == ["Kassym-Jomart Tokayev", "Kazakhstan Interior Ministry", "Khabar 24"])
        let groups = try store.database.fetchValues(
            String.self,
            sql: "SELECT DISTINCT group_name FROM event_actor WHERE group_name IS NOT NULL"
        )
        #expect(groups == ["protesters"])
        let arrest = try #require(try store.events(EventQuery(types: [.arrest])).first)
        #expect(arrest.actors == ["Kazakhstan Interior Ministry", "protesters"])
    }

    @Test func actorsAreSharedAcrossArticlesAndGainAliases() throws {
        let store = try makeStore()
        _ = try store.load(Fixtures.kazakhstan)
        let text = "Tokayev met Vladimir Putin in Moscow."
        let second = Extraction(
            article: Article(title: "Meeting", published: Fixtures.day("2022-01-20"), text: text),
            actors: [
                Actor(name: "Kassym-Jomart Tokayev", kind: .other, mentions: ["Kazakh leader"]),
                Actor(name: "Vladimir Putin", kind: .person),
            ],
            events: [
                Fixtures.event(
                    text,
                    in: text,
                    date: "2022-01-20",
                    type: .other,
                    actors: ["Kassym-Jomart Tokayev", "Vladimir Putin"],
                    summary: "Tokayev meets Putin"
                )
            ],
            figures: []
        )
        _ = try store.load(second)
        #expect(try store.count("actor") == 4)
        let tokayev = try #require(try store.actors(ActorQuery(search: "Tokayev")).first)
        #expect(tokayev.kind == .person)  // "other" never overrides a known kind
        #expect(tokayev.events == 3)
        #expect(
            tokayev.aliases == [
                "Kazakh leader", "President Kassym-Jomart Tokayev", "the president", "Tokaev", "Tokayev",
            ]
        )
        let roles = try store.database.fetchValues(String.self, sql: "SELECT title FROM actor_role")
        #expect(roles == ["President of Kazakhstan"])
    }

    @Test func rangeEndingBeforeItStartsKeepsItsStart() throws {
        let store = try makeStore()
        let text = "Strikes ran from 11 to 2 January."
        let extraction = Extraction(
            article: Article(text: text),
            actors: [],
            events: [
                Fixtures.event(
                    text,
                    in: text,
                    date: "2022-01-11",
                    to: "2022-01-02",
                    type: .protest,
                    actors: [],
                    summary: ""
                )
            ],
            figures: []
        )
        _ = try store.load(extraction)
        let event = try #require(try store.events(EventQuery()).first)
        #expect(event.date == Fixtures.date("2022-01-11"))
        #expect(event.dateTo == nil)
    }
}

/// Actor names and aliases compare without regard to case; the spelling kept must not depend on which article was
/// loaded first, so that loads in any order, or from several processes at once, give the same timeline (issue 7).
@Suite struct ActorSpellingOrderTests {
    static func article(_ number: Int, name: String, mention: String) -> Extraction {
        Extraction(
            article: Article(
                title: "Report \(number)",
                published: Fixtures.day("2021-03-0\(number)"),
                text: "Text \(number)."
            ),
            actors: [Actor(name: name, kind: .person, mentions: [mention])],
            events: [],
            figures: []
        )
    }

    static func spellings(_ order: [Extraction]) throws -> [String] {
        let store = try makeStore()
        for extraction in order { _ = try store.load(extraction) }
        let names = try store.database.fetchValues(String.self, sql: "SELECT name FROM actor ORDER BY id")
        let aliases = try store.database.fetchValues(String.self, sql: "SELECT alias FROM actor_alias ORDER BY alias")
        return names + aliases
    }

    @Test func spellingDoesNotDependOnLoadOrder() throws {
        let first = Self.article(1, name: "Dana Ortiz", mention: "The minister")
        let second = Self.article(2, name: "DANA ORTIZ", mention: "the minister")
        let forward = try Self.spellings([first, second])
        let backward = try Self.spellings([second, first])
        #expect(forward == backward)
        #expect(forward.contains("the minister"))
        #expect(forward.contains("Dana Ortiz"))
    }
}

/// A failure of the database itself stops a bulk load; a failure of one article does not (issue 7).
@Suite struct DatabaseFailureTests {
    @Test func aFullDiskIsADatabaseFailure() throws {
        let store = try makeStore()
        // SQLite's own limit on the file's size stands in for a full disk.
        let pages = try store.database.fetchValue(Int.self, sql: "PRAGMA page_count") ?? 0
        try store.database.execute(sql: "PRAGMA max_page_count = \(pages + 20)")
        let large = Extraction(
            article: Article(title: "Large", text: String(repeating: "Police detained 3 people. ", count: 20_000)),
            actors: [],
            events: [],
            figures: []
        )
        #expect {
            _ = try store.load(large)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.isDatabaseFailure && error.message.contains("disk is full")
                && error.message.contains(store.path)
        }
        // Nothing of the article was written, and the database still answers.
        #expect(try store.count("article") == 0)
        #expect(try store.check().allSatisfy(\.passed))
    }

    @Test func anOrdinaryErrorIsNotADatabaseFailure() {
        #expect(!StoreError("No event 3 in 'x.db'.").isDatabaseFailure)
    }
}
