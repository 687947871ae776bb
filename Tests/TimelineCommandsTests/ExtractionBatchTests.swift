import Foundation
import NewsExtraction
import Testing

@testable import TimelineCommands

@Suite struct ExtractionBatchTests {
    func articles(_ count: Int) throws -> [PendingArticle] {
        try (0..<count).map { index in
            let text = """
                Published: 2022-01-0\(index % 9 + 1)

                Police detained \(index + 10) protesters in Almaty on Tuesday, the interior ministry said.
                """
            let document = try ArticleReader.read(Array(text.utf8), fileName: "a\(index).txt")
            return PendingArticle(label: "a\(index).txt", document: .success(document))
        }
    }

    /// Workers extract every article into its own slot, in input order, as the writer's thread would.
    @Test func aConcurrentBatchExtractsEveryArticleInOrder() throws {
        let pending = try articles(12)
        let extractor = NewsExtractor()
        let finished = ExtractionBatch(pending, extractor: extractor, workers: 2).finished()
        #expect(finished.map(\.label) == pending.map(\.label))
        for (article, input) in zip(finished, pending) {
            guard case .success(let document) = input.document else { continue }
            #expect(article.prepared?.extraction == extractor.extract(document))
        }
    }

    /// A file's bytes go to the workers unread: each worker reads (parses) its article before extracting it, and the
    /// finished batch holds the document, or the error, that reading on the writer's thread gives.
    @Test func workersReadTheFilesTheyExtract() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let files: [(String, String)] = [
            ("a.txt", "Published: 2022-01-05\n\nPolice detained 40 protesters in Almaty on Tuesday."),
            (
                "b.html",
                "<html><head><title>T</title></head><body><p>Troops arrived in Almaty on 6 January.</p></body></html>"
            ),
            ("empty.txt", ""),
            ("c.md", "---\ntitle: C\npublished: 2022-01-07\n---\nTwo people were killed in Taraz yesterday."),
        ]
        var paths: [String] = []
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let source = DocumentSource(format: nil, published: nil)
        var pending: [PendingArticle] = []
        for path in paths {
            source.forEachPendingDocument(in: .file(path)) { label, document in
                pending.append(PendingArticle(label: label, pending: document))
            }
        }
        #expect(pending.count == files.count)
        #expect(pending.allSatisfy { if case .unread = $0.pending { true } else { false } })
        let extractor = NewsExtractor()
        let finished = ExtractionBatch(pending, extractor: extractor, workers: 2).finished()
        for (article, path) in zip(finished, paths) {
            var expected: Result<Document, InputError>?
            source.forEachDocument(in: .file(path)) { _, result in expected = result }
            guard case .read(let result) = article.pending else {
                Issue.record("'\(path)' was not read by the batch")
                continue
            }
            switch (result, expected) {
            case (.success(let document), .success(let reference)?):
                #expect(document == reference)
                #expect(article.prepared?.extraction == extractor.extract(reference))
            case (.failure(let error), .failure(let reference)?):
                #expect(error.message == reference.message)
                #expect(article.prepared == nil)
            default:
                Issue.record("'\(path)': \(result) against \(String(describing: expected))")
            }
        }
    }

    /// Worker threads give way to the writer (a higher nice value); the thread that writes keeps its priority,
    /// whether it hands the batch to workers or, with one core, extracts it itself.
    @Test func onlyWorkerThreadsLowerTheirPriority() throws {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        let before = getpriority(which, 0)
        _ = ExtractionBatch(try articles(8), extractor: NewsExtractor(), workers: 2).finished()
        _ = ExtractionBatch(try articles(2), extractor: NewsExtractor(), workers: 1).finished()
        #expect(getpriority(which, 0) == before)
        // A worker's own value is lowered: read on a thread of its own, which then ends.
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var lowered: Int32 = 0
        let worker = Thread {
            ExtractionBatch.yieldToTheWriter()
            lowered = getpriority(which, 0)
            done.signal()
        }
        worker.start()
        done.wait()
        #expect(lowered >= 10)
        #endif
    }
}
