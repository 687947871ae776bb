import NewsExtraction
import TimelineSQLite

extension TimelineStore {
    // MARK: Events

    /// The events that match every criterion of `query`, by date then id (latest first when `descending`).
    ///
    /// Date criteria compare the days an event covers (`date_from`...`date_to`) and list an event only when all of
    /// them lie inside the criterion: `on` a month lists the month's events, including month-precision ones, and
    /// `on` a day lists that day's events but not a month-precision event. `since`/`until` are inclusive, and
    /// `on: D` is the same as `since: D.firstDay, until: D.lastDay`. Undated events are listed, last, only with
    /// `includeUndated` and no date criterion.
    ///
    /// Each name of `actors` is resolved with `matchingActorNames(_:)` first; a name that matches neither an actor
    /// nor a group throws a ``StoreError`` that suggests the closest known actors.
    ///
    /// For example:
    /// ```swift
    /// let events = try store.events(EventQuery(on: DateValue(iso: "2022-01"), actors: ["tokayev"], limit: 10))
    /// ```
    ///
    /// - throws: A ``StoreError`` for an unknown actor, an invalid raw search, or a database failure.
    public func events(_ query: EventQuery) throws -> [EventRecord] {
        let (sql, arguments) = try eventsSQL(query)
        return try translatingErrors {
            do {
                return try fetchEvents(sql: sql, arguments: arguments)
            } catch let error as DatabaseError where query.rawSearch && error.resultCode == .SQLITE_ERROR {
                throw StoreError(
                    "Invalid search '\(query.search ?? "")': \(error.message ?? "\(error)"). Try again without --raw."
                )
            }
        }
    }

    /// The query plan of `events(query)`, one line per step ("SEARCH event USING INDEX event_by_date ..."), so
    /// that tests can prove which indexes a filter uses.
    ///
    /// Related SQLite documentation: <https://www.sqlite.org/eqp.html>
    public func eventsQueryPlan(_ query: EventQuery) throws -> [String] {
        let (sql, arguments) = try eventsSQL(query)
        return try translatingErrors {
            try database.fetchAll(sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { row in
                try row["detail", as: String.self]
            }
        }
    }

    /// The statement of `events(_:)` for `query`, with its arguments.
    private func eventsSQL(_ query: EventQuery) throws -> (String, StatementArguments) {
        let filter = try eventFilter(query)
        let hasDateCriterion = query.on != nil || query.since != nil || query.until != nil
        // The index event_by_date ends with the rowid, so this order needs no sort unless undated events come too.
        let order =
            query.descending
            ? "event.date_from DESC, event.date_to DESC, event.id DESC" : "event.date_from, event.date_to, event.id"
        var conditions = filter.conditions
        if !hasDateCriterion && !query.includeUndated {
            conditions.append("event.date_from IS NOT NULL")
        }
        var arguments = filter.arguments
        arguments += [query.limit.map { max(0, $0) } ?? -1, max(0, query.offset)]
        // One string grown in place: building it by interpolation cost more than running a short query.
        var sql = "SELECT "
        sql.reserveCapacity(1_024)
        sql += Self.eventColumns
        sql += " FROM event\n"
        for (index, condition) in conditions.enumerated() {
            sql += index == 0 ? "WHERE " : " AND "
            sql += condition
        }
        sql += "\nORDER BY "
        if !hasDateCriterion && query.includeUndated {
            sql += "event.date_from IS NULL, "
        }
        sql += order
        sql += "\nLIMIT ? OFFSET ?"
        return (sql, arguments)
    }

    /// One event by id, or nil.
    public func event(id: Int64) throws -> EventRecord? {
        try translatingErrors {
            try fetchEvents(sql: "SELECT \(Self.eventColumns) FROM event WHERE event.id = ?", arguments: [id]).first
        }
    }

    private struct Filter {
        var conditions: [String] = []
        var arguments = StatementArguments()
    }

    private func eventFilter(_ query: EventQuery) throws -> Filter {
        var filter = Filter()
        if let on = query.on {
            // The redundant upper bound on date_from keeps the scan of event_by_date to the days of `on`.
            filter.conditions.append("event.date_from >= ? AND event.date_from <= ? AND event.date_to <= ?")
            filter.arguments += [on.firstDay.iso, on.lastDay.iso, on.lastDay.iso]
        }
        if let since = query.since {
            filter.conditions.append("event.date_from >= ?")
            filter.arguments += [since.iso]
        }
        if let until = query.until {
            // date_from <= date_to, so this bound on date_from is implied; it lets event_by_date stop early.
            filter.conditions.append("event.date_to <= ? AND event.date_from <= ?")
            filter.arguments += [until.iso, until.iso]
        }
        for name in query.actors {
            let matches = try translatingErrors { try matchingActors(name) }
            let isGroup = try matches.isEmpty && translatingErrors { try isGroupName(name) }
            if !matches.isEmpty {
                let ids = matches.map { $0.id }
                let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
                let frequent = try query.limit.map { limit in
                    try translatingErrors { try isFrequent(ids, limit: limit) }
                }
                if frequent == true {
                    filter.conditions.append(
                        "EXISTS (SELECT 1 FROM event_actor WHERE event_actor.event_id = event.id "
                            + "AND event_actor.actor_id IN (\(placeholders)))"
                    )
                } else {
                    filter.conditions.append(
                        "event.id IN (SELECT event_id FROM event_actor WHERE actor_id IN (\(placeholders)))"
                    )
                }
                filter.arguments += StatementArguments(ids)
            } else if isGroup {
                filter.conditions.append(
                    "event.id IN (SELECT event_id FROM event_actor WHERE group_name = ? COLLATE NOCASE)"
                )
                filter.arguments += [Self.normalizedName(name)]
            } else {
                throw try unknownActorError(name)
            }
        }
        if !query.types.isEmpty {
            let placeholders = Array(repeating: "?", count: query.types.count).joined(separator: ", ")
            filter.conditions.append("event.type IN (\(placeholders))")
            filter.arguments += StatementArguments(query.types.map { $0.rawValue })
        }
        if let location = query.location {
            filter.conditions.append("event.location LIKE ? ESCAPE '\\'")
            filter.arguments += [SearchPattern.contains(location)]
        }
        if let search = query.search, let pattern = query.rawSearch ? search : SearchPattern.fullText(search) {
            let sentences = """
                event.id IN (
                    SELECT event_source.event_id FROM event_source_fts
                    JOIN event_source ON event_source.id = event_source_fts.rowid
                    WHERE event_source_fts MATCH ?)
                """
            let articles = """
                event.id IN (
                    SELECT event_source.event_id FROM event_source
                    WHERE event_source.article_id IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?))
                """
            switch query.searchScope {
            case .sentences:
                filter.conditions.append(sentences)
                filter.arguments += [pattern]
            case .articles:
                filter.conditions.append(articles)
                filter.arguments += [pattern]
            case .both:
                filter.conditions.append("(\(sentences) OR \(articles))")
                filter.arguments += [pattern, pattern]
            }
        }
        if let source = query.source, let articleID = Int64(source) {
            filter.conditions.append("event.id IN (SELECT event_id FROM event_source WHERE article_id = ?)")
            filter.arguments += [articleID]
        } else if let source = query.source {
            filter.conditions.append(
                """
                event.id IN (
                    SELECT event_source.event_id FROM event_source
                    JOIN article ON article.id = event_source.article_id
                    WHERE article.source LIKE ? ESCAPE '\\' OR article.url LIKE ? ESCAPE '\\')
                """
            )
            filter.arguments += [SearchPattern.contains(source), SearchPattern.contains(source)]
        }
        return filter
    }

    /// Whether the actors `ids` take part in so many events that the first `limit` of them in date order are
    /// found sooner by walking the events in date order and checking each (`EXISTS`, which stops after `limit`)
    /// than by collecting all their events and sorting them (`IN`).
    ///
    /// Walking finds the first `limit` of `count` events among `total` after about `limit × total / count` steps;
    /// collecting costs `count`. So an actor is frequent when `count² > limit × total`; `count` is counted only up
    /// to that bound, so that the test stays cheap for the most frequent actors. `total` is the largest event id,
    /// read from the end of the primary key. With a 100,000-article database, `--actor` for a frequent actor went
    /// from tens of milliseconds to about one (BENCHMARKS.md).
    private func isFrequent(_ ids: [Int64], limit: Int) throws -> Bool {
        let total = try database.cachedStatement(sql: "SELECT max(id) FROM event").fetchValue(Int64.self) ?? 0
        let product = Double(max(limit, 1)) * Double(total)
        let bound = Int64(product.squareRoot().rounded(.up)) + 1
        let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ", ")
        let count =
            try database.cachedStatement(
                sql: """
                    SELECT count(*) FROM (
                        SELECT 1 FROM event_actor WHERE actor_id IN (\(placeholders)) LIMIT ?)
                    """
            ).fetchValue(Int64.self, arguments: StatementArguments(ids) + [bound]) ?? 0
        return Double(count) * Double(count) > product
    }

    private static let eventColumns = """
        event.id, event.occurred_on, event.occurred_until, event.date_basis, event.type, event.location, \
        event.summary
        """

    /// Runs an event query (selecting `eventColumns`), then reads the participants and sources of the events it
    /// returned with one statement each.
    ///
    /// Every statement comes from the connection's cache (compiled once per process and query shape), and rows are
    /// read column by column without an intermediate `Row`: figure 4 of BENCHMARKS.md.
    private func fetchEvents(sql: String, arguments: StatementArguments) throws -> [EventRecord] {
        var events: [EventRecord] = []
        var indexByID: [Int64: Int] = [:]
        try database.cachedStatement(sql: sql).forEachStatementRow(arguments: arguments) { row in
            let id = try row[0, as: Int64.self]
            indexByID[id] = events.count
            events.append(
                EventRecord(
                    id: id,
                    date: try row[1, as: String?.self].flatMap { DateValue(iso: $0) },
                    dateTo: try row[2, as: String?.self].flatMap { DateValue(iso: $0) },
                    dateBasis: try row[3, as: String?.self].flatMap { DateBasis(rawValue: $0) },
                    type: EventType(rawValue: try row[4, as: String.self]) ?? .other,
                    actors: [],
                    location: try row[5, as: String?.self],
                    summary: try row[6, as: String.self],
                    sources: []
                )
            )
        }
        guard !events.isEmpty else { return [] }
        let ids = Self.jsonArray(events.map { $0.id })
        let participants = try database.cachedStatement(
            sql: """
                SELECT event_actor.event_id, coalesce(actor.name, event_actor.group_name)
                FROM event_actor LEFT JOIN actor ON actor.id = event_actor.actor_id
                WHERE event_actor.event_id IN (SELECT value FROM json_each(?))
                ORDER BY event_actor.event_id, event_actor.position
                """
        )
        try participants.forEachStatementRow(arguments: [ids]) { row in
            guard let index = indexByID[try row[0, as: Int64.self]] else { return }
            events[index].actors.append(try row[1, as: String.self])
        }
        let sources = try database.cachedStatement(
            sql: """
                SELECT event_source.event_id, article.id, article.title, article.url, article.source,
                    article.published_on, event_source.quote, event_source.start, event_source.end,
                    event_source.occurred_on, event_source.date_basis
                FROM event_source JOIN article ON article.id = event_source.article_id
                WHERE event_source.event_id IN (SELECT value FROM json_each(?))
                ORDER BY event_source.event_id, event_source.id
                """
        )
        try sources.forEachStatementRow(arguments: [ids]) { row in
            guard let index = indexByID[try row[0, as: Int64.self]] else { return }
            events[index].sources.append(
                EventSourceRecord(
                    articleID: try row[1, as: Int64.self],
                    title: try row[2, as: String?.self],
                    url: try row[3, as: String?.self],
                    source: try row[4, as: String?.self],
                    published: try row[5, as: String?.self].flatMap { Day(iso: $0) },
                    quote: try row[6, as: String.self],
                    start: try row[7, as: Int.self],
                    end: try row[8, as: Int.self],
                    date: try row[9, as: String?.self].flatMap { DateValue(iso: $0) },
                    dateBasis: try row[10, as: String?.self].flatMap { DateBasis(rawValue: $0) }
                )
            )
        }
        return events
    }

    /// `[1,2,3]`: a list of ids as one argument, read back with `json_each`.
    static func jsonArray(_ ids: some Collection<Int64>) -> String {
        var text = "["
        text.reserveCapacity(2 + ids.count * 8)
        for (position, id) in ids.enumerated() {
            if position > 0 { text += "," }
            text += String(id)
        }
        return text + "]"
    }

    // MARK: Actors

    /// The canonical names of the actors `name` matches: by canonical name, alias or surname, ignoring case (and,
    /// when nothing matches exactly, ignoring accents).
    ///
    /// For example, "tokayev" → ["Kassym-Jomart Tokayev"]; a surname two people share gives both names.
    public func matchingActorNames(_ name: String) throws -> [String] {
        try translatingErrors { try matchingActors(name).map { $0.name } }
    }

    /// The closest known actor names to `name`, best first, for an error message ("did you mean ...?").
    public func suggestActors(for name: String, limit: Int) throws -> [String] {
        try translatingErrors {
            let rows = try database.fetchAll(
                sql: """
                    SELECT name, name FROM actor
                    UNION ALL
                    SELECT actor.name, actor_alias.alias FROM actor_alias JOIN actor ON actor.id = actor_alias.actor_id
                    """
            )
            let candidates = try rows.map { (name: try $0[0, as: String.self], alias: try $0[1, as: String.self]) }
            return ActorNames.suggestions(for: Self.normalizedName(name), among: candidates, limit: limit)
        }
    }

    /// Actors matching `name` by canonical name or alias (surnames are stored as aliases), sorted by name.
    private func matchingActors(_ name: String) throws -> [(id: Int64, name: String)] {
        let name = Self.normalizedName(name)
        guard !name.isEmpty else { return [] }
        // Both columns are COLLATE NOCASE, so these comparisons ignore ASCII case and use the indexes.
        let statement = try database.cachedStatement(
            sql: """
                SELECT id, name FROM actor WHERE name = ?1
                UNION
                SELECT actor.id, actor.name FROM actor_alias JOIN actor ON actor.id = actor_alias.actor_id
                WHERE actor_alias.alias = ?1
                ORDER BY 2
                """
        )
        var matches: [(id: Int64, name: String)] = []
        try statement.forEachStatementRow(arguments: [name]) { row in
            matches.append((id: try row[0, as: Int64.self], name: try row[1, as: String.self]))
        }
        if matches.isEmpty {
            // NOCASE folds ASCII letters only. On a miss, compare folded names here, so that "ÉLYSÉE" finds
            // "Élysée" and "Ivan Duque" finds "Iván Duque". Actors are few; this runs only for a name not found.
            let folded = ActorNames.folded(name)
            var seen: Set<Int64> = []
            try database.cachedStatement(
                sql: """
                    SELECT id, name, name FROM actor
                    UNION ALL
                    SELECT actor.id, actor.name, actor_alias.alias FROM actor_alias
                    JOIN actor ON actor.id = actor_alias.actor_id
                    """
            ).forEachStatementRow { row in
                guard ActorNames.folded(try row[2, as: String.self]) == folded else { return }
                let id = try row[0, as: Int64.self]
                if seen.insert(id).inserted { matches.append((id: id, name: try row[1, as: String.self])) }
            }
            matches.sort { $0.name < $1.name }
        }
        return matches
    }

    private func isGroupName(_ name: String) throws -> Bool {
        let row = try database.cachedStatement(
            sql: "SELECT 1 FROM event_actor WHERE group_name = ? COLLATE NOCASE LIMIT 1"
        ).fetchOne(arguments: [Self.normalizedName(name)])
        return row != nil
    }

    private func unknownActorError(_ name: String) throws -> StoreError {
        let suggestions = try suggestActors(for: name, limit: 3)
        let quoted = suggestions.map { "'\($0)'" }
        switch quoted.count {
        case 0:
            return StoreError(
                "No actor in '\(path)' matches '\(name)'; run 'timeline actors' to list the known actors."
            )
        case 1:
            return StoreError("No actor in '\(path)' matches '\(name)'; did you mean \(quoted[0])?")
        default:
            let list = quoted.dropLast().joined(separator: ", ") + " or " + quoted[quoted.count - 1]
            return StoreError("No actor in '\(path)' matches '\(name)'; did you mean \(list)?")
        }
    }

    /// The actors that match `query`, with their event counts and the dates they were first and last seen.
    public func actors(_ query: ActorQuery) throws -> [ActorRecord] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let kind = query.kind {
            conditions.append("actor.kind = ?")
            arguments += [kind.rawValue]
        }
        if let search = query.search {
            conditions.append(
                """
                (actor.name LIKE ? ESCAPE '\\' OR EXISTS (
                    SELECT 1 FROM actor_alias
                    WHERE actor_alias.actor_id = actor.id AND actor_alias.alias LIKE ? ESCAPE '\\'))
                """
            )
            arguments += [SearchPattern.contains(search), SearchPattern.contains(search)]
        }
        let order: String
        switch query.sort {
        case .events: order = "events DESC, actor.name"
        case .name: order = "actor.name"
        case .firstSeen: order = "first_day IS NULL, first_day, actor.name"
        }
        arguments += [query.limit.map { max(0, $0) } ?? -1]
        let sql = """
            SELECT actor.id, actor.name, actor.kind,
                (SELECT count(DISTINCT event_id) FROM event_actor WHERE event_actor.actor_id = actor.id) AS events,
                (SELECT event.occurred_on FROM event_actor JOIN event ON event.id = event_actor.event_id
                    WHERE event_actor.actor_id = actor.id AND event.date_from IS NOT NULL
                    ORDER BY event.date_from, event.date_to LIMIT 1) AS first_seen,
                (SELECT coalesce(event.occurred_until, event.occurred_on)
                    FROM event_actor JOIN event ON event.id = event_actor.event_id
                    WHERE event_actor.actor_id = actor.id AND event.date_from IS NOT NULL
                    ORDER BY event.date_to DESC, event.date_from DESC LIMIT 1) AS last_seen,
                (SELECT min(event.date_from) FROM event_actor JOIN event ON event.id = event_actor.event_id
                    WHERE event_actor.actor_id = actor.id) AS first_day
            FROM actor
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY \(order)
            LIMIT ?
            """
        return try translatingErrors {
            var actors: [ActorRecord] = []
            var indexByID: [Int64: Int] = [:]
            try database.cachedStatement(sql: sql).forEachStatementRow(arguments: arguments) { row in
                let id = try row[0, as: Int64.self]
                indexByID[id] = actors.count
                actors.append(
                    ActorRecord(
                        id: id,
                        name: try row[1, as: String.self],
                        kind: ActorKind(rawValue: try row[2, as: String.self]) ?? .other,
                        aliases: [],
                        events: try row[3, as: Int.self],
                        firstSeen: try row[4, as: String?.self].flatMap { DateValue(iso: $0) },
                        lastSeen: try row[5, as: String?.self].flatMap { DateValue(iso: $0) }
                    )
                )
            }
            guard !actors.isEmpty else { return [] }
            try database.cachedStatement(
                sql: """
                    SELECT actor_id, alias FROM actor_alias WHERE actor_id IN (SELECT value FROM json_each(?))
                    ORDER BY actor_id, alias
                    """
            ).forEachStatementRow(arguments: [Self.jsonArray(actors.map { $0.id })]) { row in
                guard let index = indexByID[try row[0, as: Int64.self]] else { return }
                actors[index].aliases.append(try row[1, as: String.self])
            }
            return actors
        }
    }

    // MARK: Figures

    /// Every casualty figure that matches `query`, one per report, by day (`as_of`, else publication) then id.
    public func figures(_ query: FigureQuery) throws -> [FigureRecord] {
        try figures(query, readingQuotes: true)
    }

    /// The figures of `query`; without `readingQuotes`, each figure's quote is empty and its article has no URL,
    /// which the summaries never show: they then copy neither out of the database.
    private func figures(_ query: FigureQuery, readingQuotes: Bool) throws -> [FigureRecord] {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let category = query.category {
            conditions.append("figure.category = ?")
            arguments += [category.rawValue]
        }
        if let group = query.group {
            conditions.append("figure.group_name = ?")
            arguments += [group.rawValue]
        }
        if let location = query.location {
            conditions.append("figure.location LIKE ? ESCAPE '\\'")
            arguments += [SearchPattern.contains(location)]
        }
        if let since = query.since {
            conditions.append("coalesce(figure.as_of_from, article.published_on) >= ?")
            arguments += [since.iso]
        }
        if let until = query.until {
            conditions.append("coalesce(figure.as_of_to, article.published_on) <= ?")
            arguments += [until.iso]
        }
        if let articleID = query.articleID {
            conditions.append("figure.article_id = ?")
            arguments += [articleID]
        }
        let sql = """
            SELECT figure.id, figure.category, figure.group_name, figure.low, figure.high, figure.approximate,
                figure.location, figure.as_of, figure.attributed_to, \(readingQuotes ? "figure.quote" : "''"),
                article.id, article.title, \(readingQuotes ? "article.url" : "NULL"), article.source, article.published_on
            FROM figure JOIN article ON article.id = figure.article_id
            \(conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND "))
            ORDER BY coalesce(figure.as_of_from, article.published_on) IS NULL,
                coalesce(figure.as_of_from, article.published_on), figure.id
            """
        return try translatingErrors {
            var figures: [FigureRecord] = []
            try database.cachedStatement(sql: sql).forEachStatementRow(arguments: arguments) { row in
                let figure = FigureRecord(
                    id: try row[0, as: Int64.self],
                    category: CasualtyCategory(rawValue: try row[1, as: String.self]) ?? .killed,
                    group: CasualtyGroup(rawValue: try row[2, as: String.self]) ?? .unspecified,
                    low: try row[3, as: Int?.self],
                    high: try row[4, as: Int?.self],
                    approximate: try row[5, as: Bool.self],
                    location: try row[6, as: String?.self],
                    asOf: try row[7, as: String?.self].flatMap { DateValue(iso: $0) },
                    attributedTo: try row[8, as: String?.self],
                    quote: try row[9, as: String.self],
                    articleID: try row[10, as: Int64.self],
                    articleTitle: try row[11, as: String?.self],
                    articleURL: try row[12, as: String?.self],
                    articleSource: try row[13, as: String?.self],
                    published: try row[14, as: String?.self].flatMap { Day(iso: $0) }
                )
                figures.append(figure)
            }
            return FigureReconciler.markRetracted(figures, retractions: try retractions(of: figures))
        }
    }

    /// The stored retractions of the exact numbers `figures` give.
    private func retractions(of figures: [FigureRecord]) throws -> [RetractionRecord] {
        let values = Set(figures.compactMap { $0.low == $0.high ? $0.low : nil })
        guard !values.isEmpty else { return [] }
        var retractions: [RetractionRecord] = []
        try database.cachedStatement(
            sql: """
                SELECT retraction.value, retraction.article_id, article.published_on
                FROM retraction JOIN article ON article.id = retraction.article_id
                WHERE retraction.value IN (SELECT value FROM json_each(?))
                """
        ).forEachStatementRow(arguments: [Self.jsonArray(values.sorted().map(Int64.init))]) { row in
            retractions.append(
                RetractionRecord(
                    value: try row[0, as: Int.self],
                    articleID: try row[1, as: Int64.self],
                    published: try row[2, as: String?.self].flatMap { Day(iso: $0) }
                )
            )
        }
        return retractions
    }

    /// The figures of `query` reconciled: one row per category and group (see ``CasualtySummaryRow``).
    public func casualtySummary(_ query: FigureQuery) throws -> [CasualtySummaryRow] {
        CasualtySummary.summarize(try figures(query, readingQuotes: false))
    }

    // MARK: Articles

    /// Stored articles by publication date (undated last) then id, with their event and figure counts.
    public func articles(limit: Int? = nil, offset: Int = 0) throws -> [ArticleRecord] {
        try translatingErrors {
            var articles: [ArticleRecord] = []
            try database.cachedStatement(
                sql: """
                    SELECT article.id, article.published_on, article.source, article.title, article.url,
                        (SELECT count(DISTINCT event_id) FROM event_source WHERE article_id = article.id),
                        (SELECT count(*) FROM figure WHERE article_id = article.id)
                    FROM article
                    ORDER BY article.published_on IS NULL, article.published_on, article.id
                    LIMIT ? OFFSET ?
                    """
            ).forEachStatementRow(arguments: [limit.map { max(0, $0) } ?? -1, max(0, offset)]) { row in
                let article = ArticleRecord(
                    id: try row[0, as: Int64.self],
                    published: try row[1, as: String?.self].flatMap { Day(iso: $0) },
                    source: try row[2, as: String?.self],
                    title: try row[3, as: String?.self],
                    url: try row[4, as: String?.self],
                    events: try row[5, as: Int.self],
                    figures: try row[6, as: Int.self]
                )
                articles.append(article)
            }
            return articles
        }
    }
}
