import NewsExtraction

/// Reconciles casualty reports: one row per category and group, from every figure of that category and group.
///
/// The rules, applied to plain values so that they are tested without a database:
/// - `reports` counts the figures.
/// - The latest report is the one with the latest day (`as_of`, else the article's publication date); ties go to
///   the later publication date, then to the later-loaded figure. Figures with no day at all come before dated
///   ones.
/// - `minLow` is the smallest number any report gives and `maxHigh` the largest, where a report's number is its
///   low bound for `minLow` and its high bound for `maxHigh`, falling back to the other bound when one is open.
/// - `conflicting` is true when two reports give different bounds (low, high).
/// - Rows come in the order of `CasualtyCategory.allCases`, then `CasualtyGroup.allCases`.
enum CasualtySummary {
    static func summarize(_ figures: [FigureRecord]) -> [CasualtySummaryRow] {
        var groups: [Key: [FigureRecord]] = [:]
        for figure in figures {
            groups[Key(category: figure.category, group: figure.group), default: []].append(figure)
        }
        var rows: [CasualtySummaryRow] = []
        for category in CasualtyCategory.allCases {
            for group in CasualtyGroup.allCases {
                guard let reports = groups[Key(category: category, group: group)], let latest = latest(of: reports)
                else { continue }
                let lows = reports.compactMap { $0.low ?? $0.high }
                let highs = reports.compactMap { $0.high ?? $0.low }
                let bounds = Set(reports.map { Bounds(low: $0.low, high: $0.high) })
                rows.append(
                    CasualtySummaryRow(
                        category: category,
                        group: group,
                        reports: reports.count,
                        latestLow: latest.low,
                        latestHigh: latest.high,
                        latestApproximate: latest.approximate,
                        latestAsOf: latest.asOf,
                        latestSource: latest.attributedTo ?? latest.articleSource ?? latest.articleTitle,
                        minLow: lows.min(),
                        maxHigh: highs.max(),
                        conflicting: bounds.count > 1
                    )
                )
            }
        }
        return rows
    }

    /// The report that speaks for the latest day (see the type's rules).
    static func latest(of reports: [FigureRecord]) -> FigureRecord? {
        reports.max { isEarlier($0, $1) }
    }

    private static func isEarlier(_ a: FigureRecord, _ b: FigureRecord) -> Bool {
        if a.effectiveDay != b.effectiveDay { return isEarlier(a.effectiveDay, b.effectiveDay) }
        if a.published != b.published { return isEarlier(a.published, b.published) }
        return a.id < b.id
    }

    /// Orders optional days with nil first.
    private static func isEarlier(_ a: Day?, _ b: Day?) -> Bool {
        switch (a, b) {
        case (nil, .some): return true
        case (.some(let a), .some(let b)): return a < b
        default: return false
        }
    }

    private struct Key: Hashable {
        var category: CasualtyCategory
        var group: CasualtyGroup
    }

    private struct Bounds: Hashable {
        var low: Int?
        var high: Int?
    }
}
