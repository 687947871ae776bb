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
        let article = extraction.article
        let hash = ContentHash.sha256(article.text)
        let name = article.title ?? article.url ?? "untitled article"
        return try translatingErrors("Cannot load '\(name)' into '\(path)'") {
            var index = PendingIndex()
            let body = {
                try self.load(
                    extraction,
                    hash: hash,
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
        let article = try database.cachedStatement(sql: "INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)")
        for row in index.articles { try article.execute(arguments: [row.id, row.title, row.body]) }
        let sentence = try database.cachedStatement(sql: "INSERT INTO event_source_fts (rowid, quote) VALUES (?, ?)")
        for row in index.sentences { try sentence.execute(arguments: [row.id, row.quote]) }
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

    /// Merges the reports of every block a deferred load left in `match_pending`, one transaction per block, and
    /// returns how many blocks it settled. The result is the same as if every article had been matched at once:
    /// matching is a function of the set of reports.
    ///
    /// - throws: A ``StoreError`` when the database refuses a write; blocks settled before stay settled.
    @discardableResult
    public func settleMatching() throws -> Int {
        try translatingErrors("Cannot merge the events of '\(path)'") {
            let pending = try database.fetchAll(sql: "SELECT id, type, year FROM match_pending ORDER BY type, year")
            for row in pending {
                guard let type = EventType(rawValue: try row[1, as: String.self]) else { continue }
                let block = MatchBlock(type: type, year: try row[2, as: Int.self])
                try database.transaction(.immediate) {
                    try regroup(block, newSources: [])
                    try database.execute(
                        sql: "DELETE FROM match_pending WHERE id = ?",
                        arguments: [try row[0, as: Int64.self]]
                    )
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
        _ extraction: Extraction,
        hash: String,
        replace: Bool,
        format: InputFormat?,
        deferMatching: Bool,
        index: inout PendingIndex
    ) throws
        -> LoadOutcome
    {
        let article = extraction.article
        let matches = try database.cachedStatement(
            sql: "SELECT id, sha256 FROM article WHERE sha256 = ? OR (? AND url = ?) ORDER BY id"
        ).fetchAll(arguments: [hash, replace, article.url])
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
            try database.cachedStatement(
                sql: """
                    INSERT INTO article (sha256, url, title, source, author, published_on, body, format)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """
            ).execute(arguments: [
                hash, article.url, article.title, article.source, article.author, article.published?.iso,
                article.text, format?.rawValue,
            ])
            articleID = database.lastInsertedRowID
            index.articles.append((articleID, article.title, article.text))
        }

        let actorIDs = try insertActors(extraction.actors)
        var newSources: Set<Int64> = []
        for event in extraction.events {
            let sourceID = try insertEvent(event, articleID: articleID, actorIDs: actorIDs)
            newSources.insert(sourceID)
            index.sentences.append((sourceID, event.quote))
            if let year = event.date?.year { blocks.insert(MatchBlock(type: event.type, year: year)) }
        }
        for block in blocks.sorted(by: { ($0.type.rawValue, $0.year) < ($1.type.rawValue, $1.year) }) {
            if deferMatching && !replace {
                try database.cachedStatement(sql: "INSERT OR IGNORE INTO match_pending (type, year) VALUES (?, ?)")
                    .execute(arguments: [block.type.rawValue, block.year])
            } else {
                try regroup(block, newSources: newSources, touchedEvents: touched)
            }
        }
        for figure in extraction.figures {
            try insertFigure(figure, articleID: articleID)
        }
        try insertRetractions(in: article.text, articleID: articleID)
        return .loaded(
            articleID: articleID,
            events: extraction.events.count,
            figures: extraction.figures.count,
            actors: Set(extraction.actors.map(\.name)).count
        )
    }

    /// Upserts the actors and returns their ids by canonical name, lowercased.
    private func insertActors(_ actors: [Actor]) throws -> [String: Int64] {
        // An existing actor keeps its kind, unless it was only known as "other". Names and aliases compare without
        // regard to case, so "The president" and "the president" are one alias; which spelling is kept must not
        // depend on which article came first (loads in any order, or from several processes at once, give the
        // same timeline), so the greater one in binary order wins: the one with more lower-case letters.
        let upsert = try database.cachedStatement(
            sql: """
                INSERT INTO actor (name, kind) VALUES (?, ?)
                ON CONFLICT (name) DO UPDATE SET
                    kind = CASE WHEN actor.kind = 'other' THEN excluded.kind ELSE actor.kind END,
                    name = CASE WHEN excluded.name COLLATE BINARY > actor.name THEN excluded.name ELSE actor.name END
                """
        )
        let lookup = try database.cachedStatement(sql: "SELECT id FROM actor WHERE name = ?")
        let insertAlias = try database.cachedStatement(
            sql: """
                INSERT INTO actor_alias (actor_id, alias) VALUES (?, ?)
                ON CONFLICT (actor_id, alias) DO UPDATE SET alias = excluded.alias
                WHERE excluded.alias COLLATE BINARY > actor_alias.alias
                """
        )
        let insertRole = try database.cachedStatement(
            sql:
                "INSERT INTO actor_role (actor_id, title, started_on, ended_on) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"
        )
        var ids: [String: Int64] = [:]
        for actor in actors {
            let name = Self.normalizedName(actor.name)
            guard !name.isEmpty else { continue }
            try upsert.execute(arguments: [name, actor.kind.rawValue])
            guard let row = try lookup.fetchOne(arguments: [name]) else { continue }
            let id = try row[0, as: Int64.self]
            ids[name.lowercased()] = id
            var aliases = actor.mentions + actor.aliases
            if let surname = ActorNames.surname(of: name, kind: actor.kind) { aliases.append(surname) }
            let folded = name.lowercased()
            for alias in aliases.map(Self.normalizedName) where !alias.isEmpty && alias.lowercased() != folded {
                try insertAlias.execute(arguments: [id, alias])
            }
            for role in actor.roles where !role.title.isEmpty {
                try insertRole.execute(arguments: [id, role.title, role.from?.iso, role.until?.iso])
            }
        }
        return ids
    }

    /// Inserts the event as a new event with one source, and returns the source's id; `regroup` then merges it.
    private func insertEvent(_ event: ExtractedEvent, articleID: Int64, actorIDs: [String: Int64]) throws -> Int64 {
        let insert = try database.cachedStatement(
            sql: """
                INSERT INTO event (
                    occurred_on, precision, occurred_until, date_from, date_to, date_basis, type, location, summary
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        var dateTo = event.dateTo
        if let date = event.date, let end = dateTo, end.lastDay < date.firstDay { dateTo = nil }
        if event.date == nil { dateTo = nil }
        try insert.execute(arguments: [
            event.date?.iso, event.date?.precision.rawValue, dateTo?.iso, event.date?.firstDay.iso,
            (dateTo ?? event.date)?.lastDay.iso, event.dateBasis?.rawValue, event.type.rawValue,
            event.location?.isEmpty == false ? event.location : nil, event.summary,
        ])
        let eventID = database.lastInsertedRowID

        let insertSource = try database.cachedStatement(
            sql: """
                INSERT INTO event_source (
                    event_id, article_id, quote, start, end, occurred_on, precision, occurred_until, date_from, date_to,
                    date_basis, type, location, summary, actor_ids, group_names
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        var named: [Int64] = []
        var groups: [String] = []
        var seenNames: Set<String> = []
        for participant in event.actors {
            let name = Self.normalizedName(participant)
            guard !name.isEmpty, seenNames.insert(name.lowercased()).inserted else { continue }
            if let actorID = actorIDs[name.lowercased()] { named.append(actorID) } else { groups.append(name) }
        }
        try insertSource.execute(arguments: [
            eventID, articleID, event.quote, event.start, event.end, event.date?.iso, event.date?.precision.rawValue,
            dateTo?.iso, event.date?.firstDay.iso, (dateTo ?? event.date)?.lastDay.iso, event.dateBasis?.rawValue,
            event.type.rawValue, event.location, event.summary, Self.jsonArray(named), Self.jsonStrings(groups),
        ])
        let sourceID = database.lastInsertedRowID

        // Named actors first, then groups, as the matcher writes an event of one report: a report nothing else
        // joins then needs no rewrite when the deferred matching settles.
        let insertParticipant = try database.cachedStatement(
            sql: "INSERT INTO event_actor (event_id, actor_id, group_name, position) VALUES (?, ?, ?, ?)"
        )
        for (position, actorID) in named.enumerated() {
            try insertParticipant.execute(arguments: [eventID, actorID, nil, position])
        }
        for (offset, group) in groups.enumerated() {
            try insertParticipant.execute(arguments: [eventID, nil, group, named.count + offset])
        }
        return sourceID
    }

    private func insertFigure(_ figure: CasualtyFigure, articleID: Int64) throws {
        let insert = try database.cachedStatement(
            sql: """
                INSERT INTO figure (
                    article_id, category, group_name, low, high, approximate, as_of, as_of_from, as_of_to,
                    attributed_to, location, quote, start, end
                ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        try insert.execute(arguments: [
            articleID, figure.category.rawValue, figure.group.rawValue, figure.low, figure.high,
            figure.isApproximate, figure.asOf?.iso, figure.asOf?.firstDay.iso, figure.asOf?.lastDay.iso,
            figure.attributedTo, figure.location, figure.quote, figure.start, figure.end,
        ])
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
