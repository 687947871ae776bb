import NewsExtraction
import TimelineSQLite

extension TimelineStore {
    /// Stores one article's extraction in one IMMEDIATE transaction: the article, its actors (upserted by canonical
    /// name, with their mentions, aliases, surname and roles), its events with their sources and participants,
    /// and its casualty figures. A failure rolls back everything of that article.
    ///
    /// - Without `replace`, an article whose text is already stored (same SHA-256) is `.skipped` and nothing is
    ///   written. An article with a known URL but new text is stored as a new article.
    /// - With `replace`, the stored article with the same URL (or the same text) keeps its id and gets the new
    ///   content: its old sources and figures are deleted (events left with no source go with them), then the
    ///   extraction is inserted as if new. Other stored copies that match are deleted.
    ///
    /// Event participants that the extraction lists among its `actors` are named actors; any other name
    /// ("protesters", "police") is kept as a group name on the event. A range whose end precedes its start keeps
    /// only its start, and an undated event drops its range end.
    ///
    /// For example:
    /// ```swift
    /// switch try store.load(extraction) {
    /// case .loaded(let id, let events, _, _): print("article \(id): \(events) events")
    /// case .skipped(let id): print("already loaded as article \(id)")
    /// }
    /// ```
    ///
    /// - parameters:
    ///   - extraction: what the extractor found in one article.
    ///   - replace: replace a stored version of the article instead of skipping it.
    ///   - format: the input format the article was read from, when known.
    /// - throws: A ``StoreError`` naming the article when SQLite refuses a value or the database is locked.
    ///   - deferMatching: store the article's reports as events of their own and list the blocks they belong to in
    ///     `match_pending`, to be merged by ``settleMatching()``: a bulk load then costs the same per article however
    ///     large the database is, instead of regrouping a whole (type, year) block after every article. Ignored with
    ///     `replace`, which always regroups at once.
    public func load(
        _ extraction: Extraction,
        replace: Bool = false,
        format: InputFormat? = nil,
        deferMatching: Bool = false
    ) throws
        -> LoadOutcome
    {
        try load(PreparedArticle(extraction), replace: replace, format: format, deferMatching: deferMatching)
    }

    /// Stores an article prepared on another thread: ``load(_:replace:format:deferMatching:)-(Extraction,_,_,_)``
    /// without the work of ``PreparedArticle/init(_:)``.
    public func load(
        _ prepared: PreparedArticle,
        replace: Bool = false,
        format: InputFormat? = nil,
        deferMatching: Bool = false
    ) throws
        -> LoadOutcome
    {
        let article = prepared.extraction.article
        let name = article.title ?? article.url ?? "untitled article"
        return try translatingErrors("Cannot load '\(name)' into '\(path)'") {
            var index = PendingIndex()
            let body = {
                try self.load(
                    prepared,
                    replace: replace,
                    format: format,
                    deferMatching: deferMatching,
                    index: &index
                )
            }
            guard database.isInsideTransaction else {
                return try database.transaction(.immediate) {
                    let outcome = try body()
                    try writeIndex(index)
                    return outcome
                }
            }
            // Inside ``batch(_:)``, the article is a savepoint of the batch's transaction: a failure still undoes
            // this article alone. Its full-text rows wait for the end of the batch: FTS5 writes what it has pending
            // to disk at every savepoint, so indexing each article inside its own would write an index segment per
            // article instead of one per batch. A replaced article's old rows are un-indexed by triggers, which
            // need the rows indexed first.
            if replace, let pending = pendingIndex {
                try writeIndex(pending)
                pendingIndex = PendingIndex()
            }
            let outcome = try database.savepoint(named: "article", body)
            if pendingIndex != nil {
                pendingIndex?.append(index)
            } else {
                try writeIndex(index)
            }
            return outcome
        }
    }

    /// Full-text rows of stored articles and sentences that are not indexed yet.
    struct PendingIndex {
        var articles: [(id: Int64, title: String?, body: String)] = []
        var sentences: [(id: Int64, quote: String)] = []

        mutating func append(_ other: PendingIndex) {
            articles += other.articles
            sentences += other.sentences
        }
    }

    /// Indexes the rows of `index` for full-text search. No trigger indexes an inserted row (schema.sql says why);
    /// an update's or a delete's trigger re-indexes or un-indexes one.
    private func writeIndex(_ index: PendingIndex) throws {
        let statements = try loadStatements()
        for row in index.articles {
            try statements.indexArticle.execute(
                arguments: StatementArguments(values: [.int64(row.id), row.title.databaseValue, .string(row.body)])
            )
        }
        for row in index.sentences {
            try statements.indexSentence.execute(
                arguments: StatementArguments(values: [.int64(row.id), .string(row.quote)])
            )
        }
    }

    /// Runs `body`, which loads several articles, in one IMMEDIATE transaction: each ``load(_:replace:format:deferMatching:)``
    /// inside it is a savepoint, so an article that fails is undone alone, and the batch commits once.
    ///
    /// One commit per article writes every page the article touched (table, index and full-text pages) to the
    /// write-ahead log again; one per batch writes the pages that many articles share once (BENCHMARKS.md). A
    /// killed process loses the batch it had not committed, never part of an article: the next load stores it.
    ///
    /// - throws: A ``StoreError`` when the transaction cannot start or commit (then nothing of the batch is
    ///   stored), or what `body` throws (then the batch is rolled back).
    public func batch<T>(_ body: () throws -> T) throws -> T {
        try translatingErrors("Cannot load into '\(path)'") {
            try database.transaction(.immediate) {
                pendingIndex = PendingIndex()
                defer { pendingIndex = nil }
                let result = try body()
                if let pending = pendingIndex { try writeIndex(pending) }
                return result
            }
        }
    }

    /// Merges the reports of every block a deferred load left in `match_pending`, in transactions of whole blocks of
    /// about ``mergeCommitInterval`` each, and returns how many blocks it settled. The result is the same as if every
    /// article had been matched at once: matching is a function of the set of reports.
    ///
    /// - throws: A ``StoreError`` when the database refuses a write; blocks committed before stay settled.
    @discardableResult
    public func settleMatching() throws -> Int {
        try settleMatching(readingAhead: true)
    }

    /// ``settleMatching()``, where `readingAhead` says whether to read and match blocks on a thread of its own (see
    /// ``BlockReader``) when the database is a file: worth it only with a second core to run it.
    @discardableResult
    public func settleMatching(readingAhead: Bool) throws -> Int {
        try settleMatching(readingAhead: readingAhead, whileReading: {})
    }

    /// How long the merge writes before it commits (at the end of the block it is in): other writers wait at most
    /// that long, plus one block. Every commit costs the merge twice: the reader thread's connection must then drop
    /// its page cache and read again what it had, and the checkpoint after it copies the WAL into the database file
    /// and syncs it. One transaction per block (68 blocks at N = 10,000) made the merge of 10,000 articles take
    /// 12 s; one for all of it 8.5 s (BENCHMARKS.md).
    static let mergeCommitInterval = Duration.seconds(10)

    /// ``settleMatching(readingAhead:)``, committing every `commitInterval` (at the end of a block), running
    /// `whileReading` once the reader has started (tests commit from another connection there).
    func settleMatching(
        readingAhead: Bool,
        commitInterval: Duration = mergeCommitInterval,
        whileReading: () throws -> Void
    ) throws -> Int {
        try translatingErrors("Cannot merge the events of '\(path)'") {
            // Changes when another connection commits (another process loading into the same database).
            let dataVersionSQL = "PRAGMA data_version"
            let startVersion = try database.fetchValue(Int64.self, sql: dataVersionSQL)
            var pending: [(id: Int64, block: MatchBlock)] = []
            for row in try database.fetchAll(sql: "SELECT id, type, year FROM match_pending ORDER BY type, year") {
                // A type this version does not know cannot be matched; its row stays for a version that does.
                guard let type = EventType(rawValue: try row[1, as: String.self]) else { continue }
                pending.append((try row[0, as: Int64.self], MatchBlock(type: type, year: try row[2, as: Int.self])))
            }
            var reader =
                readingAhead && pending.count > 0 && path != ":memory:" && !path.isEmpty
                ? BlockReader(path: path, busyTimeout: database.busyTimeout, blocks: pending.map(\.block)) : nil
            defer { reader?.stop() }
            try whileReading()
            var next = 0
            while next < pending.count {
                let started = ContinuousClock.now
                try database.transaction(.immediate) {
                    // The reader read outside this transaction: when another process has committed since the merge
                    // began, what it read may be stale, so the writer reads the rest itself, inside its transactions.
                    // No other process can commit while this transaction lasts, so one look at its start will do.
                    if reader != nil, try database.fetchValue(Int64.self, sql: dataVersionSQL) != startVersion {
                        reader?.stop()
                        reader = nil
                    }
                    repeat {
                        let (id, block) = pending[next]
                        if let reader {
                            try regroup(block, from: reader)
                        } else {
                            try regroup(block, newSources: [])
                        }
                        try database.execute(sql: "DELETE FROM match_pending WHERE id = ?", arguments: [id])
                        next += 1
                    } while next < pending.count && ContinuousClock.now - started < commitInterval
                }
            }
            return pending.count
        }
    }

    /// How many (type, year) blocks await ``settleMatching()``.
    public func pendingMatchCount() throws -> Int {
        try translatingErrors { try database.fetchValue(Int.self, sql: "SELECT count(*) FROM match_pending") ?? 0 }
    }

    private func load(
        _ prepared: PreparedArticle,
        replace: Bool,
        format: InputFormat?,
        deferMatching: Bool,
        index: inout PendingIndex
    ) throws
        -> LoadOutcome
    {
        let extraction = prepared.extraction
        let article = extraction.article
        let hash = prepared.hash
        let statements = try loadStatements()
        let matches = try statements.findArticle.fetchAll(
            arguments: StatementArguments(values: [.string(hash), replace.databaseValue, article.url.databaseValue])
        )
        let articleID: Int64
        // The (type, year) blocks whose events the matcher regroups after this load.
        var blocks: Set<MatchBlock> = []
        var touched: Set<Int64> = []
        if !replace, let known = matches.first {
            return .skipped(articleID: try known[0, as: Int64.self])
        } else if let kept = matches.first {
            articleID = try kept[0, as: Int64.self]
            for match in matches {
                let id = try match[0, as: Int64.self]
                blocks.formUnion(try self.blocks(ofArticle: id))
                // Events that lose a source must be rewritten even when no report joins them.
                touched.formUnion(
                    try database.fetchValues(
                        Int64.self,
                        sql: "SELECT DISTINCT event_id FROM event_source WHERE article_id = ?",
                        arguments: [id]
                    )
                )
            }
            for other in matches.dropFirst() {
                try database.execute(sql: "DELETE FROM article WHERE id = ?", arguments: [try other[0, as: Int64.self]])
            }
            // Deleting the sources deletes the events they leave without a source (trigger event_source_ad).
            try database.execute(sql: "DELETE FROM event_source WHERE article_id = ?", arguments: [articleID])
            try database.execute(sql: "DELETE FROM figure WHERE article_id = ?", arguments: [articleID])
            try database.execute(
                sql: """
                    UPDATE article
                    SET sha256 = ?, url = ?, title = ?, source = ?, author = ?, published_on = ?, body = ?,
                        format = ?, loaded_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
                    WHERE id = ?
                    """,
                arguments: [
                    hash, article.url, article.title, article.source, article.author, article.published?.iso,
                    article.text, format?.rawValue, articleID,
                ]
            )
        } else {
            try statements.insertArticle.execute(
                arguments: StatementArguments(values: [
                    .string(hash), article.url.databaseValue, article.title.databaseValue,
                    article.source.databaseValue, article.author.databaseValue,
                    article.published?.iso.databaseValue ?? .null,
                    .string(article.text), format?.rawValue.databaseValue ?? .null,
                ])
            )
            articleID = database.lastInsertedRowID
            index.articles.append((articleID, article.title, article.text))
        }

        let actorIDs = try insertActors(extraction.actors, statements)
        var newSources: Set<Int64> = []
        for event in extraction.events {
            let sourceID = try insertEvent(event, articleID: articleID, actorIDs: actorIDs, statements)
            newSources.insert(sourceID)
            index.sentences.append((sourceID, event.quote))
            if let year = event.date?.year { blocks.insert(MatchBlock(type: event.type, year: year)) }
        }
        for block in blocks.sorted(by: { ($0.type.rawValue, $0.year) < ($1.type.rawValue, $1.year) }) {
            if deferMatching && !replace {
                try statements.insertPendingBlock.execute(
                    arguments: StatementArguments(values: [.string(block.type.rawValue), .int64(Int64(block.year))])
                )
            } else {
                try regroup(block, newSources: newSources, touchedEvents: touched)
            }
        }
        for figure in extraction.figures {
            try insertFigure(figure, articleID: articleID, statements)
        }
        for retraction in prepared.retractions {
            try statements.insertRetraction.execute(
                arguments: StatementArguments(values: [
                    .int64(articleID), .int64(Int64(retraction.value)), .string(retraction.quote),
                    .int64(Int64(retraction.start)), .int64(Int64(retraction.end)),
                ])
            )
        }
        return .loaded(
            articleID: articleID,
            events: extraction.events.count,
            figures: extraction.figures.count,
            actors: Set(extraction.actors.map(\.name)).count
        )
    }

    /// Upserts the actors and returns their ids by canonical name, lowercased.
    private func insertActors(_ actors: [Actor], _ statements: LoadStatements) throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for actor in actors {
            let name = Self.normalizedName(actor.name)
            guard !name.isEmpty else { continue }
            try statements.upsertActor.execute(
                arguments: StatementArguments(values: [.string(name), .string(actor.kind.rawValue)])
            )
            guard let row = try statements.findActor.fetchOne(arguments: StatementArguments(values: [.string(name)]))
            else { continue }
            let id = try row[0, as: Int64.self]
            ids[name.lowercased()] = id
            var aliases = actor.mentions + actor.aliases
            if let surname = ActorNames.surname(of: name, kind: actor.kind) { aliases.append(surname) }
            let folded = name.lowercased()
            for alias in aliases.map(Self.normalizedName) where !alias.isEmpty && alias.lowercased() != folded {
                try statements.insertAlias.execute(arguments: StatementArguments(values: [.int64(id), .string(alias)]))
            }
            for role in actor.roles where !role.title.isEmpty {
                try statements.insertRole.execute(
                    arguments: StatementArguments(values: [
                        .int64(id), .string(role.title), role.from?.iso.databaseValue ?? .null,
                        role.until?.iso.databaseValue ?? .null,
                    ])
                )
            }
        }
        return ids
    }

    /// Inserts the event as a new event with one source, and returns the source's id; `regroup` then merges it.
    private func insertEvent(
        _ event: ExtractedEvent,
        articleID: Int64,
        actorIDs: [String: Int64],
        _ statements: LoadStatements
    ) throws -> Int64 {
        var dateTo = event.dateTo
        if let date = event.date, let end = dateTo, end.lastDay < date.firstDay { dateTo = nil }
        if event.date == nil { dateTo = nil }
        let occurredOn = event.date?.iso.databaseValue ?? .null
        let precision = event.date?.precision.rawValue.databaseValue ?? .null
        let occurredUntil = dateTo?.iso.databaseValue ?? .null
        let dateFrom = event.date?.firstDay.iso.databaseValue ?? .null
        let dateToDay = (dateTo ?? event.date)?.lastDay.iso.databaseValue ?? .null
        let dateBasis = event.dateBasis?.rawValue.databaseValue ?? .null
        let type = DatabaseValue.string(event.type.rawValue)
        let summary = DatabaseValue.string(event.summary)
        try statements.insertEvent.execute(
            arguments: StatementArguments(values: [
                occurredOn, precision, occurredUntil, dateFrom, dateToDay, dateBasis, type,
                event.location?.isEmpty == false ? event.location.databaseValue : .null, summary,
            ])
        )
        let eventID = database.lastInsertedRowID

        var named: [Int64] = []
        var groups: [String] = []
        var seenNames: Set<String> = []
        for participant in event.actors {
            let name = Self.normalizedName(participant)
            guard !name.isEmpty, seenNames.insert(name.lowercased()).inserted else { continue }
            if let actorID = actorIDs[name.lowercased()] { named.append(actorID) } else { groups.append(name) }
        }
        try statements.insertSource.execute(
            arguments: StatementArguments(values: [
                .int64(eventID), .int64(articleID), .string(event.quote), .int64(Int64(event.start)),
                .int64(Int64(event.end)), occurredOn, precision, occurredUntil, dateFrom, dateToDay, dateBasis, type,
                event.location.databaseValue, summary, .string(Self.jsonArray(named)),
                .string(Self.jsonStrings(groups)),
            ])
        )
        let sourceID = database.lastInsertedRowID

        // Named actors first, then groups, as the matcher writes an event of one report: a report nothing else
        // joins then needs no rewrite when the deferred matching settles.
        for (position, actorID) in named.enumerated() {
            try statements.insertParticipant.execute(
                arguments: StatementArguments(values: [
                    .int64(eventID), .int64(actorID), .null, .int64(Int64(position)),
                ])
            )
        }
        for (offset, group) in groups.enumerated() {
            try statements.insertParticipant.execute(
                arguments: StatementArguments(values: [
                    .int64(eventID), .null, .string(group), .int64(Int64(named.count + offset)),
                ])
            )
        }
        return sourceID
    }

    private func insertFigure(_ figure: CasualtyFigure, articleID: Int64, _ statements: LoadStatements) throws {
        try statements.insertFigure.execute(
            arguments: StatementArguments(values: [
                .int64(articleID), .string(figure.category.rawValue), .string(figure.group.rawValue),
                figure.low.databaseValue, figure.high.databaseValue, figure.isApproximate.databaseValue,
                figure.asOf?.iso.databaseValue ?? .null, figure.asOf?.firstDay.iso.databaseValue ?? .null,
                figure.asOf?.lastDay.iso.databaseValue ?? .null, figure.attributedTo.databaseValue,
                figure.location.databaseValue, .string(figure.quote), .int64(Int64(figure.start)),
                .int64(Int64(figure.end)),
            ])
        )
    }

    /// The statements of a load, compiled once per store and kept: looking each up in the connection's cache by
    /// its SQL text, and wrapping it anew, cost as much as binding its values.
    func loadStatements() throws -> LoadStatements {
        if let statements = preparedLoadStatements { return statements }
        let statements = try LoadStatements(database)
        preparedLoadStatements = statements
        return statements
    }

    /// A name with its surrounding whitespace removed and inner runs of whitespace made one space.
    static func normalizedName(_ name: String) -> String {
        // Most names are already normal: ASCII words separated by single spaces. Checking the bytes is far cheaper
        // than splitting into Characters, and every actor query starts here.
        var previous: UInt8 = 0x20
        var isNormal = true
        for byte in name.utf8 {
            if byte >= 0x80 || (0x09...0x0D).contains(byte) || (byte == 0x20 && previous == 0x20) {
                isNormal = false
                break
            }
            previous = byte
        }
        if isNormal && previous != 0x20 { return name }
        return name.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}

/// An extraction with what storing it computes from the article's text: the SHA-256 that identifies the article and
/// the sentences that withdraw a number (``RetractionFinder``). Preparing reads no database, so `timeline load`
/// prepares articles on its extraction threads and its one writer only writes.
///
/// For example:
/// ```swift
/// let prepared = PreparedArticle(extractor.extract(document)) // on any thread
/// try store.load(prepared)
/// ```
public struct PreparedArticle: Sendable {
    public let extraction: Extraction
    /// The SHA-256 of the article's text, in lower-case hexadecimal.
    public let hash: String
    /// The numbers the article withdraws, with their sentences.
    public let retractions: [RetractionSentence]

    public init(_ extraction: Extraction) {
        self.extraction = extraction
        hash = ContentHash.sha256(extraction.article.text)
        retractions = RetractionFinder.retractions(in: extraction.article.text)
    }
}

/// The compiled statements ``TimelineStore/load(_:replace:format:deferMatching:)-(PreparedArticle,_,_,_)`` runs for
/// every article.
final class LoadStatements {
    let findArticle: Statement
    let insertArticle: Statement
    let upsertActor: Statement
    let findActor: Statement
    let insertAlias: Statement
    let insertRole: Statement
    let insertEvent: Statement
    let insertSource: Statement
    let insertParticipant: Statement
    let insertPendingBlock: Statement
    let insertFigure: Statement
    let insertRetraction: Statement
    let indexArticle: Statement
    let indexSentence: Statement

    init(_ database: Database) throws {
        findArticle = try database.cachedStatement(
            sql: "SELECT id, sha256 FROM article WHERE sha256 = ? OR (? AND url = ?) ORDER BY id"
        )
        insertArticle = try database.cachedStatement(
            sql: """
                INSERT INTO article (sha256, url, title, source, author, published_on, body, format)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        // An existing actor keeps its kind, unless it was only known as "other". Names and aliases compare without
        // regard to case, so "The president" and "the president" are one alias; which spelling is kept must not
        // depend on which article came first (loads in any order, or from several processes at once, give the
        // same timeline), so the greater one in binary order wins: the one with more lower-case letters.
        upsertActor = try database.cachedStatement(
            sql: """
                INSERT INTO actor (name, kind) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET
                    kind = CASE WHEN actor.kind = 'other' THEN excluded.kind ELSE actor.kind END,
                    name = CASE WHEN excluded.name COLLATE BINARY > actor.name THEN excluded.name ELSE actor.name END
                """
        )
        findActor = try database.cachedStatement(sql: "SELECT id FROM actor WHERE name = ?")
        insertAlias = try database.cachedStatement(
            sql: """
                INSERT INTO actor_alias (actor_id, alias) VALUES (?, ?)
                ON CONFLICT (actor_id, alias) DO UPDATE SET alias = excluded.alias
                WHERE excluded.alias COLLATE BINARY > actor_alias.alias
                """
        )
        insertRole = try database.cachedStatement(
            sql:
                "INSERT INTO actor_role (actor_id, title, started_on, ended_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
        )
        insertEvent = try database.cachedStatement(
            sql: """
                INSERT INTO event (
                    occurred_on, precision, occurred_until, date_from, date_to, date_basis, type, location, summary
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        insertSource = try database.cachedStatement(
            sql: """
                INSERT INTO event_source (
                    event_id, article_id, quote, start, end, occurred_on, precision, occurred_until, date_from, date_to,
                    date_basis, type, location, summary, actor_ids, group_names
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        insertParticipant = try database.cachedStatement(
            sql: "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (?, ?, ?, ?)"
        )
        insertPendingBlock = try database.cachedStatement(
            sql: "INSERT OR IGNORE INTO match_pending (type, year) VALUES (?, ?)"
        )
        insertFigure = try database.cachedStatement(
            sql: """
                INSERT INTO figure (
                    article_id, category, group_name, low, high, approximate, as_of, as_of_from, as_of_to,
                    attributed_to, location, quote, start, end
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        insertRetraction = try database.cachedStatement(
            sql: "INSERT INTO retraction (article_id, value, quote, start, end) VALUES (?, ?, ?, ?, ?)"
        )
        indexArticle = try database.cachedStatement(
            sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)"
        )
        indexSentence = try database.cachedStatement(sql: "INSERT INTO event_source_fts (rowid, quote) VALUES (?, ?)")
    }
}
