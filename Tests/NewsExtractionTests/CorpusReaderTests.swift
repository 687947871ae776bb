import Foundation
import Testing

@testable import NewsExtraction

/// Every development article reads with the publication date and address its gold annotation gives
/// (`../shared/corpus`, skipped when the corpus is not beside the package).
@Suite(.enabled(if: ReaderTestSupport.hasCorpus))
struct CorpusReaderTests {
    struct Gold: Decodable {
        var url: String?
        var published: String?
    }

    @Test func everyCorpusArticleReadsWithTheGoldDateAndAddress() throws {
        let articles = ReaderTestSupport.corpusArticles()
        #expect(articles.count >= 24)
        for article in articles {
            let slug = article.deletingPathExtension().lastPathComponent
            let goldURL = ReaderTestSupport.corpus.appendingPathComponent("gold/\(slug).json")
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldURL))
            let document = try ReaderTestSupport.read(article)
            #expect(document.metadata.published?.iso == gold.published, "\(slug)")
            #expect(document.metadata.url == gold.url, "\(slug)")
            #expect(document.metadata.title != nil || gold.url == nil, "\(slug)")
            #expect(document.passages.filter { $0.kind != .embeddedPost }.count >= 5, "\(slug)")
            #expect(!document.text.contains("<"), "\(slug)")
            #expect(!document.text.contains("\n\n\n"), "\(slug)")
        }
    }

    @Test func corpusPostsAreFoundInEveryFormat() throws {
        let expected = [
            "balticline-2020-08-17-belarus-strikes.txt": ["2020-08-16", "2020-08-17"],
            "eurasialedger-2022-01-05-government-resigns.txt": ["2022-01-05", "2022-01-05"],
            "eastwind-2022-10-03-iran-protests.md": ["2022-09-17", "2022-10-02"],
            "northbridgetimes-2022-01-06-csto-troops.html": ["2022-01-06"],
            "frontierpost-2022-01-05-kazakhstan-live.html": ["2022-01-06"],
        ]
        for (name, days) in expected {
            let document = try ReaderTestSupport.read(ReaderTestSupport.corpus.appendingPathComponent(name))
            let posts = ReaderTestSupport.passages(.embeddedPost, of: document)
            #expect(posts.map { $0.passage.anchor?.iso } == days, "\(name)")
            #expect(posts.allSatisfy { $0.passage.handle != nil && !$0.text.isEmpty }, "\(name)")
        }
    }

    @Test func theLiveBlogHasEntriesOnFourDays() throws {
        let document = try ReaderTestSupport.read(
            ReaderTestSupport.corpus.appendingPathComponent("frontierpost-2022-01-05-kazakhstan-live.html")
        )
        let days = Set(ReaderTestSupport.passages(.liveEntry, of: document).compactMap { $0.passage.anchor?.iso })
        #expect(days == ["2022-01-05", "2022-01-06", "2022-01-07", "2022-01-10"])
        #expect(document.metadata.title == "Kazakhstan unrest: live updates")
        #expect(!document.text.contains("Most read"))
        #expect(!document.text.contains("Frontier Post Media"))
    }
}
