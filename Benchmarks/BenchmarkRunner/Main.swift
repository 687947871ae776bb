import Foundation
import NewsExtraction
import TimelineSQLite
import TimelineStore

/// `make bench`: generates the corpus, measures timeline against its baselines, and prints one table row per
/// figure with the ratio (see BENCHMARKS.md). Ratios are measured in the same run, because the machines are
/// shared and noisy; absolute numbers are context only.
@main
enum BenchmarkRunner {
    static func main() {
        do {
            let options = try Options(CommandLine.arguments.dropFirst())
            var suite = Suite(options: options)
            try suite.run()
        } catch {
            FileHandle.standardError.write(Data("BenchmarkRunner: \(error)\n".utf8))
            exit(1)
        }
    }
}

/// The command line: `BenchmarkRunner [--articles N] [--queries N] [--large-article-mb N] [--work DIR]
/// [--timeline PATH] [--baseline PATH] [--schema PATH] [--repeat N] [--figures 1,2,3,4,5,6]`.
///
/// `--figures` runs some figures only, to measure one change without the whole suite. Figures 4 and 5 then query
/// the database of figure 2's storage pass when figure 2 runs, else one `timeline load` of the corpus.
struct Options {
    var articles = 1_000
    var queries = 1_000
    var largeArticleMegabytes = 50
    var repetitions = 3
    var work = ".build/bench"
    var timeline = ".build/release/timeline"
    var baseline = ".build/bench/timeline-baseline"
    var schema = "schema.sql"
    var figures: Set<Int> = [1, 2, 3, 4, 5, 6]

    init(_ arguments: ArraySlice<String>) throws {
        var arguments = arguments
        while let name = arguments.popFirst() {
            guard let value = arguments.popFirst() else { throw BenchmarkError("'\(name)' needs a value") }
            func number() throws -> Int {
                guard let number = Int(value.replacingOccurrences(of: "_", with: "")), number >= 0 else {
                    throw BenchmarkError("'\(name)' needs a whole number, not '\(value)'")
                }
                return number
            }
            switch name {
            case "--articles": articles = max(1, try number())
            case "--queries": queries = try number()
            case "--large-article-mb": largeArticleMegabytes = try number()
            case "--repeat": repetitions = max(1, try number())
            case "--work": work = value
            case "--timeline": timeline = value
            case "--baseline": baseline = value
            case "--schema": schema = value
            case "--figures":
                let chosen = value.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard !chosen.isEmpty, chosen.allSatisfy({ $0.map { (1...6).contains($0) } ?? false }) else {
                    throw BenchmarkError("'--figures' needs figure numbers from 1 to 6, as in 3,4; not '\(value)'")
                }
                figures = Set(chosen.compactMap { $0 })
            default: throw BenchmarkError("unknown option '\(name)'")
            }
        }
    }
}

/// One run of the suite.
struct Suite {
    var options: Options
    var table = Table()

    init(options: Options) {
        self.options = options
    }

    private var work: URL { URL(fileURLWithPath: options.work) }

    mutating func run() throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let corpus = try generateCorpus(count: options.articles)
        let figures = options.figures
        var staged: Staged?
        if figures.contains(2) || figures.contains(1) {
            log("figure 2: reading, extracting and storing \(options.articles) articles in separate passes")
            staged = try measureStages(corpus: corpus)
        }
        if figures.contains(1), let staged {
            log("figure 1: TimelineStore and the C baseline on the same rows")
            try measureStore(staged)
        }
        if figures.contains(3) {
            log("figure 3: timeline load on one core and on every core")
            try measureLoad(corpus: corpus)
        }
        if figures.contains(4) || figures.contains(5) {
            let queried = try staged.map(QueriedDatabase.init) ?? loadedDatabase(corpus: corpus)
            if figures.contains(4) {
                log("figure 4: queries through TimelineStore and the C baseline")
                try measureQueries(database: queried.path, first: queried.firstDay, last: queried.lastDay)
            }
            if figures.contains(5) {
                log("figure 5: timeline events against the sqlite3 shell")
                try measureWholeProcess(database: queried.path, day: queried.busiestDay)
            }
        }
        if figures.contains(6) {
            log("figure 6: peak memory of load")
            try measureMemory()
        }
        print(table.render(title: "timeline benchmarks, \(options.articles) articles"))
    }

    // MARK: Corpus

    /// Generates the corpus of `count` articles once; a marker file records that it is complete.
    private func generateCorpus(count: Int) throws -> URL {
        let folder = work.appendingPathComponent("corpus-\(count)")
        let marker = folder.appendingPathComponent(".complete")
        if FileManager.default.fileExists(atPath: marker.path) { return folder }
        try? FileManager.default.removeItem(at: folder)
        var generator = CorpusGenerator()
        let bytes = try generator.write(count: count, to: folder)
        try "\(count) articles, \(bytes) bytes\n".write(to: marker, atomically: true, encoding: .utf8)
        log("generated \(count) articles (\(bytes / 1000) KB) in \(folder.path)")
        return folder
    }

    // MARK: Figure 1 and 2

    struct Staged {
        var articles: [(PreparedArticle, InputFormat?)]
        var database: String
        var firstDay: Day
        var lastDay: Day
        var busiestDay: String
    }

    /// Reads, extracts and stores the corpus in three separate passes on one core, timing each: figure 2.
    private mutating func measureStages(corpus: URL) throws -> Staged {
        let files = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { !$0.hasPrefix(".") }
            .sorted()
        let inputs = try files.map { ($0, Array(try Data(contentsOf: corpus.appendingPathComponent($0)))) }
        let inputBytes = inputs.reduce(0) { $0 + $1.1.count }

        var documents: [Document] = []
        let parseSeconds = try Measurement.seconds {
            for (name, bytes) in inputs {
                if name.hasSuffix(".ndjson") {
                    ArticleReader.readLines(bytes, fileName: name) { _, result in
                        if case .success(let document) = result { documents.append(document) }
                    }
                } else {
                    documents.append(try ArticleReader.read(bytes, fileName: name))
                }
            }
        }
        let textBytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let extractor = NewsExtractor()
        var articles: [(PreparedArticle, InputFormat?)] = []
        articles.reserveCapacity(documents.count)
        // One warm-up article, so that loading the built-in knowledge is not counted against the first one.
        if let first = documents.first { _ = extractor.extract(first) }
        // Extraction includes preparing each article for the store (its hash, its retractions), which `timeline
        // load` does on the extraction threads.
        let extractSeconds = Measurement.seconds {
            for document in documents {
                articles.append((PreparedArticle(extractor.extract(document)), document.format))
            }
        }
        let database = work.appendingPathComponent("swift-\(options.articles).db").path
        let storeSeconds = try storeAll(articles, into: database).total

        let total = parseSeconds + extractSeconds + storeSeconds
        let megabyte = 1_000_000.0
        table.add(
            "2 extraction",
            "article text MB/s, 1 core (\(documents.count) articles, \(textBytes / 1000) KB text)",
            value: Double(textBytes) / megabyte / extractSeconds,
            unit: "MB/s",
            target: ">= 20 MB/s"
        )
        table.add(
            "2 extraction",
            "read+extract MB/s of input files, 1 core (\(inputBytes / 1000) KB)",
            value: Double(inputBytes) / megabyte / (parseSeconds + extractSeconds),
            unit: "MB/s"
        )
        table.add("2 load share", "reading (parsing formats)", value: 100 * parseSeconds / total, unit: "%")
        table.add("2 load share", "extraction", value: 100 * extractSeconds / total, unit: "%")
        table.add("2 load share", "storage", value: 100 * storeSeconds / total, unit: "%")

        let days = articles.compactMap { $0.0.extraction.article.published }.sorted()
        var perDay: [String: Int] = [:]
        for (prepared, _) in articles {
            for event in prepared.extraction.events {
                if let date = event.date, date.precision == .day { perDay[date.iso, default: 0] += 1 }
            }
        }
        let busiest = perDay.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
        return Staged(
            articles: articles,
            database: database,
            firstDay: days.first ?? Day(year: 2022, month: 1, day: 1)!,
            lastDay: days.last ?? Day(year: 2022, month: 12, day: 31)!,
            busiestDay: busiest ?? "2022-01-05"
        )
    }

    /// The database figures 4 and 5 query, with the days they draw dates from.
    struct QueriedDatabase {
        var path: String
        var firstDay: Day
        var lastDay: Day
        var busiestDay: String

        init(_ staged: Staged) {
            path = staged.database
            firstDay = staged.firstDay
            lastDay = staged.lastDay
            busiestDay = staged.busiestDay
        }

        init(path: String, firstDay: Day, lastDay: Day, busiestDay: String) {
            self.path = path
            self.firstDay = firstDay
            self.lastDay = lastDay
            self.busiestDay = busiestDay
        }
    }

    /// Without figure 2: the corpus loaded by `timeline load` (figure 3's database when it ran), its publication
    /// days, and the day with the most day-precision events (merged events here, reports in figure 2).
    private func loadedDatabase(corpus: URL) throws -> QueriedDatabase {
        let path = work.appendingPathComponent("load-\(options.articles).db").path
        if !options.figures.contains(3) {
            log("loading the corpus for figures 4 and 5")
            _ = try load(corpus: corpus, database: path, extraArguments: [])
        }
        let days = try Database(path: path, mode: .readOnly).fetchOne(
            sql: "SELECT min(published_on), max(published_on), "
                + "(SELECT date_from FROM event WHERE precision = 'day' GROUP BY date_from "
                + "ORDER BY count(*) DESC, date_from LIMIT 1) FROM article"
        )
        guard let days, let first = try days[0, as: String?.self].flatMap(Day.init(iso:)),
            let last = try days[1, as: String?.self].flatMap(Day.init(iso:))
        else {
            throw BenchmarkError("\(path) has no dated articles to draw queries from")
        }
        return QueriedDatabase(
            path: path,
            firstDay: first,
            lastDay: last,
            busiestDay: try days[2, as: String?.self] ?? first.iso
        )
    }

    /// The seconds ``storeAll(_:into:)`` took: writing each article's rows, then merging the reports of one
    /// happening across articles into one event.
    struct StoreTimes {
        var writing: Double
        var merging: Double
        var total: Double { writing + merging }
    }

    /// Stores `articles` into a new database at `path` and returns the seconds taken.
    private func storeAll(_ articles: [(PreparedArticle, InputFormat?)], into path: String) throws -> StoreTimes {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let store = try TimelineStore(path: path)
        // As `timeline load` stores a run on two cores: 256 articles per transaction, each in a savepoint, without
        // cross-article matching, then one merge of the blocks the run touched (`settleMatching`). The C baseline
        // commits the same batches and does not merge.
        let batch = 256
        let writing = try Measurement.seconds {
            for start in stride(from: 0, to: articles.count, by: batch) {
                try store.batch {
                    for (prepared, format) in articles[start..<min(start + batch, articles.count)] {
                        _ = try store.load(prepared, format: format, deferMatching: true)
                    }
                }
            }
        }
        let merging = try Measurement.seconds { try store.settleMatching() }
        return StoreTimes(writing: writing, merging: merging)
    }

    /// TimelineStore against the C baseline on the same rows, alternating runs: figure 1.
    private mutating func measureStore(_ staged: Staged) throws {
        let (rows, rowCount) = RowFile.render(staged.articles)
        let rowsPath = work.appendingPathComponent("rows-\(options.articles).tsv").path
        try rows.write(toFile: rowsPath, atomically: false, encoding: .utf8)
        var swiftTimes: [StoreTimes] = []
        var cTimes: [Double] = []
        let scratch = work.appendingPathComponent("store-scratch.db").path
        let cDatabase = work.appendingPathComponent("c-\(options.articles).db").path
        for _ in 0..<options.repetitions {
            swiftTimes.append(try storeAll(staged.articles, into: scratch))
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: cDatabase + suffix) }
            let output = work.appendingPathComponent("c-insert.out").path
            let child = try Measurement.run(
                [options.baseline, "insert", options.schema, cDatabase, rowsPath],
                stdout: output,
                stderr: work.appendingPathComponent("c-insert.err").path
            )
            guard child.status == 0 else { throw BenchmarkError("the C baseline failed; see \(output)") }
            let values = keyValues(try String(contentsOfFile: output, encoding: .utf8))
            guard let seconds = values["seconds"].flatMap(Double.init), Int(values["rows"] ?? "") == rowCount else {
                throw BenchmarkError("the C baseline stored \(values["rows"] ?? "?") rows, not \(rowCount)")
            }
            cTimes.append(seconds)
        }
        try checkSameRows(scratch, cDatabase)
        let cRate = Double(rowCount) / Measurement.median(cTimes)
        // The C baseline writes the rows and does not merge, so the first row is the like-for-like comparison;
        // the second adds the merge, which `timeline load` always pays.
        table.add(
            "1 store",
            "pre-extracted rows/s, writing (\(rowCount) rows, median of \(options.repetitions))",
            value: Double(rowCount) / Measurement.median(swiftTimes.map(\.writing)),
            baseline: cRate,
            unit: "rows/s",
            target: ">= 0.8x of C"
        )
        table.add(
            "1 store",
            "pre-extracted rows/s, writing and merging",
            value: Double(rowCount) / Measurement.median(swiftTimes.map(\.total)),
            baseline: cRate,
            unit: "rows/s"
        )
    }

    /// Fails when the store and the C baseline did not write the same rows, so that the comparison cannot drift
    /// from `TimelineStore.load` unnoticed (the row file mirrors its logic).
    ///
    /// `event` and `event_actor` are left out: the store merges the reports of one happening across articles into
    /// one event (issue 5), which the C baseline does not attempt — it writes one event per report (figure 1's
    /// second row adds the store's merge to its writing).
    private func checkSameRows(_ swiftDatabase: String, _ cDatabase: String) throws {
        guard Measurement.isInstalled("sqlite3") else { return }
        let tables = ["article", "actor", "actor_alias", "actor_role", "event_source", "figure", "retraction"]
        let sql =
            "SELECT " + tables.map { "(SELECT count(*) FROM \($0))" }.joined(separator: ", ")
            + ", (SELECT group_concat(sha256) FROM article)"
        var counts: [String] = []
        for database in [swiftDatabase, cDatabase] {
            let output = work.appendingPathComponent("counts.out").path
            _ = try Measurement.run(["sqlite3", "-readonly", database, sql], stdout: output)
            counts.append(try String(contentsOfFile: output, encoding: .utf8))
        }
        guard counts[0] == counts[1], !counts[0].isEmpty else {
            throw BenchmarkError(
                "TimelineStore and the C baseline stored different rows (\(tables.joined(separator: "|"))): "
                    + "\(counts[0].prefix(80)) against \(counts[1].prefix(80)); update RowFile.swift"
            )
        }
    }

    // MARK: Figure 3

    /// `timeline load` of the whole corpus as a child process, on one core (`taskset -c 0`: the loader sizes its
    /// extraction workers by the process's CPU affinity) and on every core: figure 3.
    private mutating func measureLoad(corpus: URL) throws {
        let database = work.appendingPathComponent("load-\(options.articles).db").path
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard Measurement.isInstalled("taskset"), cores > 1 else {
            let run = try load(corpus: corpus, database: database, extraArguments: [])
            table.add(
                "3 load",
                "timeline load, articles/s",
                value: Double(options.articles) / run.seconds,
                unit: "art/s"
            )
            table.note("3 load", "speed-up not measured: needs taskset (util-linux) and more than one core")
            return
        }
        var oneCore: [Double] = []
        var allCores: [Double] = []
        for _ in 0..<options.repetitions {
            oneCore.append(try load(corpus: corpus, database: database, extraArguments: [], pinned: true).seconds)
            allCores.append(try load(corpus: corpus, database: database, extraArguments: []).seconds)
        }
        let one = Double(options.articles) / Measurement.median(oneCore)
        table.add("3 load", "timeline load, articles/s, 1 core (taskset -c 0)", value: one, unit: "art/s")
        table.add(
            "3 load",
            "timeline load, articles/s, \(cores) cores, vs 1 core (median of \(options.repetitions))",
            value: Double(options.articles) / Measurement.median(allCores),
            baseline: one,
            unit: "art/s",
            target: ">= 1.7x on 2 cores"
        )
    }

    private func load(
        corpus: URL,
        database: String,
        extraArguments: [String],
        pinned: Bool = false
    ) throws -> Measurement.ChildRun {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database + suffix) }
        let errors = work.appendingPathComponent("load.err").path
        let child = try Measurement.runMeasuringMemory(
            (pinned ? ["taskset", "-c", "0"] : []) + [options.timeline, "load", corpus.path, "--db", database]
                + extraArguments,
            stderr: errors
        )
        guard child.status == 0 else {
            throw BenchmarkError("timeline load failed (\(child.status)); see \(errors)")
        }
        return child
    }

    // MARK: Figure 4

    private mutating func measureQueries(database: String, first: Day, last: Day) throws {
        let store = try TimelineStore(path: database, mode: .readOnly)
        let queries = try QuerySet(
            store: store,
            first: first,
            last: last,
            count: options.queries,
            casualtyCount: max(5, options.queries / 50)
        )
        let queryPath = work.appendingPathComponent("queries-\(options.articles).tsv").path
        try queries.text.write(toFile: queryPath, atomically: false, encoding: .utf8)
        // Warm both sides' page caches and statement caches the same way: one full pass each, then the timed pass.
        _ = try queries.run(on: store)
        let swift = try queries.run(on: store)
        let output = work.appendingPathComponent("c-query.out").path
        _ = try Measurement.run([options.baseline, "query", database, queryPath], stdout: output)
        let child = try Measurement.run([options.baseline, "query", database, queryPath], stdout: output)
        guard child.status == 0 else { throw BenchmarkError("the C baseline's queries failed") }
        let c = keyValues(try String(contentsOfFile: output, encoding: .utf8))
        for kind in QuerySet.kinds {
            guard let times = swift[kind]?.times, !times.isEmpty else { continue }
            let cMedian = Double(c["\(kind).median"] ?? "") ?? .nan
            let cP99 = Double(c["\(kind).p99"] ?? "") ?? .nan
            if let rows = swift[kind]?.rows, let cRows = Int(c["\(kind).rows"] ?? ""), kind != "casualties",
                rows != cRows
            {
                table.note("4 query", "\(kind): timeline returned \(rows) events, C \(cRows) rows: check the SQL")
            }
            let target = kind == "search" || kind == "casualties" ? "<= 1.2x of C" : "<= 1.2x, median < 1 ms"
            table.add(
                "4 query",
                "\(kind) median (\(times.count) queries)",
                value: Measurement.median(times) * 1000,
                baseline: cMedian * 1000,
                unit: "ms",
                target: target
            )
            table.add(
                "4 query",
                "\(kind) p99",
                value: Measurement.percentile(times, 0.99) * 1000,
                baseline: cP99 * 1000,
                unit: "ms",
                target: "<= 1.2x of C"
            )
        }
    }

    // MARK: Figure 5

    /// `timeline events --on D --format json` against the `sqlite3` shell running the same statements.
    private mutating func measureWholeProcess(database: String, day: String) throws {
        let columns =
            "event.id, event.occurred_on, event.occurred_until, event.date_basis, event.type, event.location, "
            + "event.summary"
        let filter = "event.date_from >= '\(day)' AND event.date_from <= '\(day)' AND event.date_to <= '\(day)'"
        let ids = "SELECT event.id FROM event WHERE \(filter)"
        let sql = """
            SELECT \(columns) FROM event WHERE \(filter) ORDER BY event.date_from, event.date_to, event.id;
            SELECT event_actor.event_id, coalesce(actor.name, event_actor.group_name) FROM event_actor \
            LEFT JOIN actor ON actor.id = event_actor.actor_id WHERE event_actor.event_id IN (\(ids)) \
            ORDER BY event_actor.event_id, event_actor.position;
            SELECT event_source.event_id, article.id, article.title, article.url, article.source, \
            article.published_on, event_source.quote, event_source.start, event_source.end, \
            event_source.occurred_on, event_source.date_basis FROM event_source JOIN article \
            ON article.id = event_source.article_id WHERE event_source.event_id IN (\(ids)) \
            ORDER BY event_source.event_id, event_source.id;
            """
        let timeline = [options.timeline, "events", "--db", database, "--on", day, "--format", "json"]
        let shell = ["sqlite3", "-readonly", "-json", database, sql]
        guard Measurement.isInstalled("sqlite3") else {
            table.note("5 process", "not measured: the sqlite3 shell is not installed")
            return
        }
        let runs = 30
        var timelineTimes: [Double] = []
        var shellTimes: [Double] = []
        for index in 0..<(runs + 3) {
            let a = try Measurement.run(timeline)
            let b = try Measurement.run(shell)
            guard a.status == 0, b.status == 0 else { throw BenchmarkError("'timeline events' or sqlite3 failed") }
            if index >= 3 {
                timelineTimes.append(a.seconds)
                shellTimes.append(b.seconds)
            }
        }
        table.add(
            "5 process",
            "events --on \(day) --format json vs sqlite3 -json (median of \(runs) runs)",
            value: Measurement.median(timelineTimes) * 1000,
            baseline: Measurement.median(shellTimes) * 1000,
            unit: "ms",
            target: "<= 1.5x"
        )
    }

    // MARK: Figure 6

    /// Peak RSS of `load` for a tenth of the corpus and the whole corpus, and for one large article.
    private mutating func measureMemory() throws {
        let small = max(1, options.articles / 10)
        let smallCorpus = try generateCorpus(count: small)
        let smallRun = try load(
            corpus: smallCorpus,
            database: work.appendingPathComponent("memory-\(small).db").path,
            extraArguments: []
        )
        let bigRun = try load(
            corpus: work.appendingPathComponent("corpus-\(options.articles)"),
            database: work.appendingPathComponent("memory-\(options.articles).db").path,
            extraArguments: []
        )
        table.add(
            "6 memory",
            "load peak RSS, \(options.articles) vs \(small) articles",
            value: Double(bigRun.maxRSS) / 1024,
            baseline: Double(smallRun.maxRSS) / 1024,
            unit: "MiB",
            target: "flat (<= SQLite cache)"
        )
        guard options.largeArticleMegabytes > 0 else { return }
        let article = work.appendingPathComponent("large-\(options.largeArticleMegabytes)mb.txt")
        if !FileManager.default.fileExists(atPath: article.path) {
            var generator = CorpusGenerator()
            try generator.writeLargeArticle(megabytes: options.largeArticleMegabytes, to: article)
        }
        let run = try load(
            corpus: article,
            database: work.appendingPathComponent("large.db").path,
            extraArguments: []
        )
        table.add(
            "6 memory",
            "load of one \(options.largeArticleMegabytes) MB article: peak RSS (\(String(format: "%.1f", run.seconds)) s)",
            value: Double(run.maxRSS) / 1024,
            unit: "MiB"
        )
    }

    private func log(_ message: String) {
        FileHandle.standardError.write(Data("bench: \(message)\n".utf8))
    }
}
