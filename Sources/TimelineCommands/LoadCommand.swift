import ArgumentParser
import Dispatch
import Foundation
import NewsExtraction
import TimelineStore

extension TimelineCommand {
    /// `timeline load`: reads articles, extracts them and stores them, each whole or not at all.
    package struct Load: ParsableCommand {
        package static let configuration = CommandConfiguration(
            commandName: "load",
            abstract: "Load articles into the timeline database.",
            discussion: """
                Reads plain text (with a byline or YAML front matter), HTML pages, trafilatura JSON and NDJSON, \
                from files, folders (recursively) or standard input. Each article is stored whole or not at all \
                (a savepoint in a transaction of --batch-size articles); an article already loaded (same text) is \
                skipped. A file that fails is named on standard error and the others still load; the exit status \
                is then 1.

                Example: timeline load articles/ --db kazakhstan.db
                """
        )

        /// The articles to load.
        @Argument(help: "Article files or folders, or '-' for standard input.")
        var paths: [String] = []

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var extraction: ExtractionOptions

        /// Re-extract articles already loaded from the same address.
        @Flag(help: "Re-extract articles already loaded whose text changed (matched by URL).")
        var replace = false

        /// Articles per transaction; nil for the default of 128 per core.
        @Option(
            help: ArgumentHelp(
                "Articles stored per transaction (default: 128 for each core).",
                discussion: """
                    Larger batches load faster; a killed load loses at most its last, uncommitted batch. A batch \
                    also ends at 32 MiB of article text, so that memory holds little more than that.
                    """,
                valueName: "n"
            )
        )
        var batchSize: Int?

        package init() {}

        package func validate() throws {
            if paths.isEmpty {
                throw ValidationError("Please provide at least one article file or folder, or '-' for standard input.")
            }
            if let batchSize, batchSize < 1 {
                throw ValidationError("'--batch-size' must be 1 or more; got \(batchSize).")
            }
        }

        package func run() throws {
            var loader = Loader(
                databasePath: database.path,
                busyTimeout: database.busyTimeout,
                replace: replace,
                showsProgress: Console.isErrorTerminal,
                batchSize: batchSize
            )
            let summary = try loader.load(
                PathArguments.expand(paths),
                extractor: try extraction.makeExtractor(),
                source: extraction.source
            )
            Console.line(summary.line)
            if summary.failed > 0 { throw ExitCode.failure }
        }
    }
}

/// What a `load` did.
package struct LoadSummary: Hashable, Sendable {
    package var loaded = 0
    package var skipped = 0
    package var failed = 0
    package var events = 0
    package var figures = 0

    /// The one-line summary printed on standard error.
    package var line: String {
        func count(_ value: Int, _ noun: String) -> String { "\(value) \(noun)\(value == 1 ? "" : "s")" }
        var text = "Loaded \(count(loaded, "article")) (\(count(events, "event")), \(count(figures, "figure")))"
        text += "; \(skipped) skipped as already loaded; \(failed) failed."
        return text
    }
}

/// Runs a load: expands the inputs, reads and extracts each article, stores it, and reports progress.
///
/// The database is opened only when the first article is ready to store, so that a load whose inputs all fail
/// leaves no new database behind.
package struct Loader {
    package var databasePath: String
    package var replace: Bool
    package var showsProgress: Bool
    /// Seconds to wait for another process's write lock (`--busy-timeout`).
    package var busyTimeout: Double
    /// Articles per transaction (`--batch-size`); nil for 128 per core.
    package var batchSize: Int?
    private var store: TimelineStore?

    package init(
        databasePath: String,
        busyTimeout: Double,
        replace: Bool,
        showsProgress: Bool,
        batchSize: Int? = nil
    ) {
        self.databasePath = databasePath
        self.busyTimeout = busyTimeout
        self.replace = replace
        self.showsProgress = showsProgress
        self.batchSize = batchSize
    }

    /// Loads every article under `paths`; throws only when the database itself cannot be used.
    ///
    /// Articles are read in order on this thread and extracted in batches on every core the process may use, while
    /// this thread stores the previous batch in one transaction: extraction dominates a load, and SQLite has one
    /// writer anyway. Each article is still stored whole or not at all (a savepoint), in input order, and every
    /// message comes in the order a one-core load prints it.
    package mutating func load(
        _ paths: [String],
        extractor: NewsExtractor,
        source: DocumentSource
    ) throws -> LoadSummary {
        var summary = LoadSummary()
        let (inputs, problems) = ArticleInputs.expand(paths)
        for problem in problems {
            Console.error(problem)
            summary.failed += 1
        }
        var progress = Progress(total: inputs.count, isShown: showsProgress)
        let workers = Self.availableCores
        // Large enough that a batch takes far longer than handing it over and that its one commit is shared by many
        // articles: a commit writes every page the batch changed to the WAL, and the index pages are the same from
        // one batch to the next (128 rather than 32 per core: a two-core load 10% faster, BENCHMARKS.md). Bounded
        // by text as well, so that a batch of long articles holds little memory.
        let batchSize = self.batchSize ?? 128 * workers
        var collecting: [PendingArticle] = []
        var collectedBytes = 0
        var inFlight: ExtractionBatch?
        func dispatch() throws {
            guard !collecting.isEmpty || inFlight != nil else { return }
            let next = collecting.isEmpty ? nil : ExtractionBatch(collecting, extractor: extractor, workers: workers)
            collecting = []
            collectedBytes = 0
            // The finished batch is released before its articles are stored: it still holds the inputs' bytes.
            let finished = inFlight?.finished()
            inFlight = next
            if let finished { try store(finished, into: &summary, progress: &progress) }
        }
        for input in inputs {
            // A batch goes out as soon as it is full, even in the middle of an NDJSON file, so that memory holds a
            // batch or two of articles however many lines the file has.
            // A file is read (parsed) by the extraction threads, not here: this thread stores.
            try source.forEachPendingDocument(in: input) { label, document in
                collecting.append(PendingArticle(label: label, pending: document))
                collectedBytes += document.byteCount
                if collecting.count >= batchSize || collectedBytes >= Self.batchTextLimit { try dispatch() }
            }
            if collecting.isEmpty {
                progress.advance()
            } else {
                collecting[collecting.count - 1].completedInputs += 1
            }
        }
        try dispatch()
        try dispatch()
        progress.clear()
        // Articles were stored without cross-article matching (see `TimelineStore.load(deferMatching:)`); merge
        // the blocks they touched now, once each, along with any an interrupted load left behind.
        if let store {
            if showsProgress { Console.status("merging reports of the same events…") }
            // Reading and matching blocks ahead of the writer needs a second core; on one it only adds switching.
            try store.settleMatching(readingAhead: workers > 1)
            progress.clear()
        }
        return summary
    }

    /// Stores extracted articles in order, counting and reporting each outcome.
    private mutating func store(
        _ articles: [PendingArticle],
        into summary: inout LoadSummary,
        progress: inout Progress
    ) throws {
        // The articles are stored in one transaction, each in a savepoint of it (`TimelineStore.batch`), and are
        // counted once it commits.
        var stored = summary
        let opened = articles.contains { $0.prepared != nil } ? try openStore() : nil
        func storeAll() throws {
            for article in articles { try self.store(article, in: opened, into: &stored, progress: &progress) }
        }
        if let opened { try opened.batch(storeAll) } else { try storeAll() }
        summary = stored
    }

    /// Stores one extracted article, counting and reporting its outcome.
    private func store(
        _ article: PendingArticle,
        in store: TimelineStore?,
        into summary: inout LoadSummary,
        progress: inout Progress
    ) throws {
        defer { for _ in 0..<article.completedInputs { progress.advance() } }
        let label = article.label
        switch article.document {
        case .failure(let error):
            progress.clear()
            Console.error(error.message)
            summary.failed += 1
        case .success(let document):
            if document.metadata.published == nil {
                progress.clear()
                Console.warning(
                    "'\(label)' gives no publication date; loading it without one "
                        + "(use --published YYYY-MM-DD to set it)."
                )
            }
            guard let prepared = article.prepared, let store else { return }
            do {
                switch try store.load(
                    prepared,
                    replace: replace,
                    format: document.format,
                    deferMatching: true
                ) {
                case .loaded(_, let events, let figures, _):
                    summary.loaded += 1
                    summary.events += events
                    summary.figures += figures
                case .skipped(let articleID):
                    progress.clear()
                    Console.line("Note: '\(label)' is already loaded (article \(articleID)); skipped.")
                    summary.skipped += 1
                }
            } catch let error as StoreError where !error.isDatabaseFailure {
                progress.clear()
                Console.error("'\(label)': \(error.message)")
                summary.failed += 1
            } catch let error as StoreError {
                // The database itself failed (a full disk, an I/O error, a lock held too long): every article
                // after this one would fail the same way, so stop with one line. The batch is rolled back; the
                // batches committed before stay, each article whole, and a later load of the same files skips them.
                progress.clear()
                throw error
            }
        }
    }

    /// The article text, in UTF-8 bytes, after which a batch goes out whatever its count.
    static let batchTextLimit = 32 << 20

    /// The cores this process may run on (its CPU affinity, so that `taskset -c 0` means one), at least 1.
    static var availableCores: Int {
        // Linux: the affinity mask of /proc/self/status ("Cpus_allowed:\tff,ffffffff"), as hexadecimal digits.
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") })
        {
            let count = line.dropFirst("Cpus_allowed:".count).reduce(0) { total, digit in
                total + (digit.hexDigitValue?.nonzeroBitCount ?? 0)
            }
            if count > 0 { return min(count, max(1, ProcessInfo.processInfo.activeProcessorCount)) }
        }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }

    private mutating func openStore() throws -> TimelineStore {
        if let store { return store }
        let opened = try TimelineStore(path: databasePath, mode: .readWrite, busyTimeout: busyTimeout)
        store = opened
        return opened
    }
}

/// An article from an input, waiting for its reading and extraction and then its transaction.
struct PendingArticle: Sendable {
    var label: String
    /// The document, or until an extraction thread reads it (``ExtractionBatch``), the input's bytes.
    var pending: PendingDocument
    /// The extraction, with what storing it computes from the text, made on an extraction thread.
    var prepared: PreparedArticle?
    /// How many inputs are complete once this article is stored (for progress, which counts inputs).
    var completedInputs = 0

    init(label: String, pending: PendingDocument) {
        self.label = label
        self.pending = pending
    }

    init(label: String, document: Result<Document, InputError>) {
        self.init(label: label, pending: .read(document))
    }

    /// The document, once its ``ExtractionBatch`` has read it: reading it here again would parse the file twice.
    var document: Result<Document, InputError> {
        guard case .read(let result) = pending else { preconditionFailure("'\(label)' read before its batch") }
        return result
    }
}

/// A batch of articles read, extracted (and prepared for storing) on background threads; `finished()` waits for it.
///
/// Each worker writes only its own slot of `slots`, and the group's wait orders those writes before `finished()`
/// reads them, so the unchecked `Sendable` is sound.
final class ExtractionBatch: @unchecked Sendable {
    /// One article's document, read on a worker, and its extraction.
    private struct Slot {
        var document: Result<Document, InputError>?
        var prepared: PreparedArticle?
    }

    private let articles: [PendingArticle]
    private let slots: UnsafeMutablePointer<Slot>
    private let group = DispatchGroup()

    init(_ articles: [PendingArticle], extractor: NewsExtractor, workers: Int) {
        self.articles = articles
        slots = .allocate(capacity: articles.count)
        slots.initialize(repeating: Slot(), count: articles.count)
        guard workers > 1 else {
            for index in articles.indices { extract(index, extractor) }
            return
        }
        DispatchQueue.global().async(group: group) {
            DispatchQueue.concurrentPerform(iterations: articles.count) { index in
                Self.yieldToTheWriter()
                self.extract(index, extractor)
            }
        }
    }

    deinit {
        group.wait()
        slots.deinitialize(count: articles.count)
        slots.deallocate()
    }

    private func extract(_ index: Int, _ extractor: NewsExtractor) {
        let document = articles[index].pending.read()
        slots[index].document = document
        if case .success(let document) = document {
            slots[index].prepared = PreparedArticle(extractor.extract(document))
        }
    }

    /// Lowers the calling worker thread's priority (nice 10), so that the writer, which stores the batch before while
    /// this one is extracted, gets its core whenever it can run: with a thread per core extracting, the one writer
    /// shared a core with them and the two-core load waited on it. Extraction still takes every cycle the writer
    /// leaves. On Linux the nice value is per thread (the calling thread for `who` 0); only the worker threads of a
    /// concurrent batch call this, never the main thread, which writes (and extracts too when there is one core).
    /// Elsewhere it does nothing.
    static func yieldToTheWriter() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 10)
        #endif
    }

    func finished() -> [PendingArticle] {
        group.wait()
        var finished = articles
        for index in finished.indices {
            if let document = slots[index].document { finished[index].pending = .read(document) }
            finished[index].prepared = slots[index].prepared
        }
        return finished
    }
}

/// Progress on standard error while loading: files done of total, articles per second, time left.
struct Progress {
    var total: Int
    var isShown: Bool
    var done = 0
    let started = Date()
    var lastShown = Date.distantPast

    init(total: Int, isShown: Bool) {
        self.total = total
        self.isShown = isShown
    }

    mutating func advance() {
        done += 1
        guard isShown else { return }
        let now = Date()
        guard now.timeIntervalSince(lastShown) > 0.2 || done == total else { return }
        lastShown = now
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        Console.status(
            "\(done)/\(total) files, \(String(format: "%.1f", rate)) files/s, \(Int(left.rounded()))s left"
        )
    }

    func clear() {
        if isShown { Console.clearStatus() }
    }
}
