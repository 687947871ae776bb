import NewsExtraction

/// Reconciles casualty reports: one row per series (category, group and location; see ``FigureReconciler``).
///
/// The rules, applied to plain values so that they are tested without a database:
/// - `reports` counts the figures of the series, retracted ones included; `retracted` counts those.
/// - The latest report is ``FigureReconciler/latest(of:)``: the credible figure with the latest day (`as_of`, else
///   the article's publication date); ties go to the later publication date, then to the later-loaded figure.
/// - The best estimate is ``FigureReconciler/best(of:)``.
/// - `minLow` is the smallest number any credible report gives and `maxHigh` the largest, where a report's number is
///   its low bound for `minLow` and its high bound for `maxHigh`, falling back to the other bound when one is open.
/// - `conflicting` is true when two credible reports give different bounds (low, high).
/// - Rows come in the order of `CasualtyCategory.allCases`, then `CasualtyGroup.allCases`, then location (none
///   first, then by name).
enum CasualtySummary {
    static func summarize(_ figures: [FigureRecord]) -> [CasualtySummaryRow] {
        var series: [FigureReconciler.SeriesKey: [FigureRecord]] = [:]
        for figure in figures {
            series[FigureReconciler.seriesKey(figure), default: []].append(figure)
        }
        var rows: [CasualtySummaryRow] = []
        for category in CasualtyCategory.allCases {
            for group in CasualtyGroup.allCases {
                let keys = series.keys.filter { $0.category == category && $0.group == group }.sorted {
                    ($0.location ?? "") < ($1.location ?? "")
                }
                for key in keys {
                    guard let reports = series[key] else { continue }
                    let credible = reports.filter { !$0.retracted }
                    let latest = FigureReconciler.latest(of: reports)
                    let best = FigureReconciler.best(of: reports)
                    let lows = credible.compactMap { $0.low ?? $0.high }
                    let highs = credible.compactMap { $0.high ?? $0.low }
                    let bounds = Set(credible.map { Bounds(low: $0.low, high: $0.high) })
                    rows.append(
                        CasualtySummaryRow(
                            category: category,
                            group: group,
                            reports: reports.count,
                            latestLow: latest?.low,
                            latestHigh: latest?.high,
                            latestApproximate: latest?.approximate ?? false,
                            latestAsOf: latest?.asOf,
                            latestSource: latest.flatMap(source),
                            minLow: lows.min(),
                            maxHigh: highs.max(),
                            conflicting: bounds.count > 1,
                            location: reports.first { $0.location != nil }?.location,
                            bestLow: best?.low,
                            bestHigh: best?.high,
                            bestAsOf: best?.asOf,
                            bestSource: best.flatMap(source),
                            retracted: reports.count - credible.count
                        )
                    )
                }
            }
        }
        return rows
    }

    /// Who gave a figure: its attribution, else the article's outlet, else its title.
    static func source(_ figure: FigureRecord) -> String? {
        figure.attributedTo ?? figure.articleSource ?? figure.articleTitle
    }

    /// The credible report that speaks for the latest day (see the type's rules).
    static func latest(of reports: [FigureRecord]) -> FigureRecord? {
        FigureReconciler.latest(of: reports)
    }

    private struct Bounds: Hashable {
        var low: Int?
        var high: Int?
    }
}
