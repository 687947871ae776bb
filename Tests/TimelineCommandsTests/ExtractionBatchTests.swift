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
