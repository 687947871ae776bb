import NewsExtraction
import TimelineSQLite

/// One actor with what the dictionary knows of it: aliases and roles.
public struct ActorDetail: Sendable, Hashable {
    public var actor: ActorRecord
    public var roles: [ActorRole]
}

/// One stored article with its counts and body.
public struct ArticleDetail: Sendable, Hashable {
    public var article: ArticleRecord
    public var author: String?
    public var format: String?
    public var loadedAt: String
    public var body: String
}

/// For one as-of day and category, the highest figure any report gave: the progression of a toll.
public struct CasualtyProgressionRow: Sendable, Hashable {
    public var day: Day
    public var category: CasualtyCategory
    /// The bounds of the highest figure of the day (by its high bound, else its low bound).
    public var low: Int?
    public var high: Int?
    public var approximate: Bool
    /// How many reports gave a figure of this category for this day.
    public var reports: Int
    /// Who gave the highest figure (its attribution, else its article's source).
    public var source: String?
    /// Whether the figure shown was retracted: only when every figure of the day was.
    public var retracted: Bool = false
}

extension TimelineStore {
    /// The actor that `name` (canonical name, alias or surname) names, with its roles; nil when none does, and the
    /// first by name when several do.
    public func actor(named name: String) throws -> ActorDetail? {
        guard let canonical = try matchingActorNames(name).first else { return nil }
        let records = try actors(ActorQuery(search: canonical, sort: .name))
        guard let record = records.first(where: { $0.name.lowercased() == canonical.lowercased() }) else {
            return nil
        }
        let roles = try translatingErrors {
            try database.fetchAll(
                sql: """
                    SELECT title, started_on, ended_on FROM actor_role WHERE actor_id = ?
                    ORDER BY started_on IS NULL, started_on, title
                    """,
                arguments: [record.id]
            ).map { row in
                ActorRole(
                    title: try row[0, as: String.self],
                    from: try row[1, as: String?.self].flatMap { Day(iso: $0) },
                    until: try row[2, as: String?.self].flatMap { Day(iso: $0) }
                )
            }
        }
        return ActorDetail(actor: record, roles: roles)
    }

    /// The figures reported in the sentences that report `event`: same article, overlapping offsets.
    public func figures(reportedWith event: EventRecord) throws -> [FigureRecord] {
        var figures: [FigureRecord] = []
        var seen: Set<Int64> = []
        for source in event.sources {
            let ids = try translatingErrors {
                try database.cachedStatement(
                    sql: "SELECT id FROM figure WHERE article_id = ? AND start < ? AND end > ? ORDER BY id"
                ).fetchValues(Int64.self, arguments: [source.articleID, source.end, source.start])
            }
            guard !ids.isEmpty else { continue }
            for figure in try self.figures(FigureQuery(articleID: source.articleID))
            where ids.contains(figure.id) && seen.insert(figure.id).inserted {
                figures.append(figure)
            }
        }
        return figures
    }

    /// One article by id, with its body; nil when there is none.
    public func article(id: Int64) throws -> ArticleDetail? {
        try translatingErrors {
            guard
                let row = try database.fetchOne(
                    sql: """
                        SELECT article.id, article.published_on, article.source, article.title, article.url,
                            (SELECT count(DISTINCT event_id) FROM event_source WHERE article_id = article.id),
                            (SELECT count(*) FROM figure WHERE article_id = article.id),
                            article.author, article.format, article.loaded_at, article.body
                        FROM article WHERE article.id = ?
                        """,
                    arguments: [id]
                )
            else { return nil }
            return ArticleDetail(
                article: ArticleRecord(
                    id: try row[0, as: Int64.self],
                    published: try row[1, as: String?.self].flatMap { Day(iso: $0) },
                    source: try row[2, as: String?.self],
                    title: try row[3, as: String?.self],
                    url: try row[4, as: String?.self],
                    events: try row[5, as: Int.self],
                    figures: try row[6, as: Int.self]
                ),
                author: try row[7, as: String?.self],
                format: try row[8, as: String?.self],
                loadedAt: try row[9, as: String.self],
                body: try row[10, as: String.self]
            )
        }
    }

    /// The toll over time: for each as-of day and category, the highest credible figure reported (`casualties --by
    /// day`); a day whose figures were all retracted shows its highest, marked retracted.
    ///
    /// A figure counts on its `effectiveDay`; figures with no day are left out.
    public func casualtyProgression(_ query: FigureQuery) throws -> [CasualtyProgressionRow] {
        CasualtyProgression.rows(from: try figures(query))
    }
}

/// Builds `casualties --by day` rows from figures; a pure function, tested without a database.
public enum CasualtyProgression {
    public static func rows(from figures: [FigureRecord]) -> [CasualtyProgressionRow] {
        struct Key: Hashable {
            var day: Day
            var category: CasualtyCategory
        }
        var best: [Key: (figure: FigureRecord, reports: Int)] = [:]
        for figure in figures {
            guard let day = figure.effectiveDay else { continue }
            let key = Key(day: day, category: figure.category)
            if let current = best[key] {
                // A credible figure always beats a retracted one; a retracted one shows only when the day has no other.
                let better =
                    current.figure.retracted != figure.retracted
                    ? current.figure.retracted : magnitude(figure) > magnitude(current.figure)
                best[key] = (better ? figure : current.figure, current.reports + 1)
            } else {
                best[key] = (figure, 1)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: CasualtyCategory.allCases.enumerated().map { ($1, $0) })
        return best.map { key, value in
            CasualtyProgressionRow(
                day: key.day,
                category: key.category,
                low: value.figure.low,
                high: value.figure.high,
                approximate: value.figure.approximate,
                reports: value.reports,
                source: value.figure.attributedTo ?? value.figure.articleSource,
                retracted: value.figure.retracted
            )
        }
        .sorted { ($0.day, order[$0.category]!) < ($1.day, order[$1.category]!) }
    }

    /// How large a figure is, for choosing the highest of a day: its high bound, else its low bound.
    private static func magnitude(_ figure: FigureRecord) -> Int {
        figure.high ?? figure.low ?? 0
    }
}
