import Testing

@testable import NewsExtraction

@Suite struct HTMLReaderTests {
    static let page = """
        <!DOCTYPE html>
        <html><head>
        <title>Troops land in Kazakhstan &#8216;today&#8217; | The Northbridge Times</title>
        <meta name="author" content="Marta Keller">
        <meta property="og:site_name" content="The Northbridge Times">
        <meta property="og:url" content="https://www.northbridge.example/2022/01/06/troops">
        <meta property="article:published_time" content="2022-01-06T18:45:00Z">
        <link rel="canonical" href="https://www.northbridge.example/canonical">
        </head><body>
        <header><nav><a href="/">World</a> &middot; <a href="/subscribe">Subscribe</a></nav></header>
        <div class="ad-slot">Advertisement</div>
        <article class="story">
          <h1>Troops land in Kazakhstan</h1>
          <p class="byline">By Marta Keller | <time datetime="2022-01-06T18:45:00Z">January 6, 2022</time></p>
          <p>MOSCOW/ALMATY, Jan 6 (Northbridge) &#8211; The first troops arrived on&nbsp;Thursday.</p>
          <figure><img src="a.jpg"><figcaption>Troops at the airport. Photo: Agency</figcaption></figure>
          <div class="share-bar"><a href="#">Share on X</a></div>
          <p>Residents said &#8220;dozens&#8221; were killed &amp; hundreds hurt.</p>
          <blockquote class="twitter-tweet" data-lang="en"><p lang="en" dir="ltr">Heavy gunfire this morning.
          <a href="https://t.co/Qm3v">pic.twitter.com/Qm3v</a></p>&mdash; Timur A (@takhmetov_kz)
          <a href="https://twitter.com/takhmetov_kz/status/1">January 5, 2022</a></blockquote>
          <script>var tracking = "do not read me";</script>
          <ul><li>First point.</li><li>Second point.</li></ul>
        </article>
        <aside class="related"><a href="/b">Related story</a></aside>
        <footer><p>&copy; 2022 The Northbridge Times</p></footer>
        </body></html>
        """

    @Test func metadataComesFromMetaTags() throws {
        let document = try ReaderTestSupport.read(Self.page, fileName: "a.html")
        #expect(document.format == .html)
        // og:title is absent, so the page's own heading wins over the <title> tag.
        #expect(document.metadata.title == "Troops land in Kazakhstan")
        #expect(document.metadata.url == "https://www.northbridge.example/2022/01/06/troops")
        #expect(document.metadata.source == "The Northbridge Times")
        #expect(document.metadata.author == "Marta Keller")
        #expect(document.metadata.published == Day(iso: "2022-01-06"))
    }

    @Test func theTextIsTheArticleWithoutPageFurniture() throws {
        let document = try ReaderTestSupport.read(Self.page, fileName: "a.html")
        #expect(
            ReaderTestSupport.texts(of: document) == [
                "MOSCOW/ALMATY, Jan 6 (Northbridge) \u{2013} The first troops arrived on Thursday.",
                "Residents said \u{201C}dozens\u{201D} were killed & hundreds hurt.",
                "Heavy gunfire this morning. pic.twitter.com/Qm3v",
                "First point.",
                "Second point.",
            ]
        )
        #expect(document.dateline?.place == "MOSCOW/ALMATY")
        #expect(document.dateline?.day == Day(iso: "2022-01-06"))
    }

    @Test func anEmbeddedTweetIsAPostDatedBySignature() throws {
        let document = try ReaderTestSupport.read(Self.page, fileName: "a.html")
        let post = try #require(ReaderTestSupport.passages(.embeddedPost, of: document).first)
        #expect(post.passage.anchor == Day(iso: "2022-01-05"))
        #expect(post.passage.author == "Timur A")
        #expect(post.passage.handle == "takhmetov_kz")
        #expect(!document.text.contains("@takhmetov_kz"))
    }

    @Test func withoutOpenGraphTheTitleComesFromTheHeadingOrTheTitleTag() throws {
        let withHeading = try ReaderTestSupport.read(
            "<html><head><title>Live: unrest \u{2013} live updates | Frontier Post</title></head>"
                + "<body><article><h1>Unrest: live updates</h1><p>Text here.</p></article></body></html>"
        )
        #expect(withHeading.metadata.title == "Unrest: live updates")
        #expect(withHeading.metadata.source == "Frontier Post")
        let withoutHeading = try ReaderTestSupport.read(
            "<html><head><title>Karki sworn in \u{2013} Himalayan Ledger</title></head><body><p>Text.</p></body></html>"
        )
        #expect(withoutHeading.metadata.title == "Karki sworn in")
        #expect(withoutHeading.metadata.source == "Himalayan Ledger")
    }

    @Test func jsonLinkedDataFillsWhatMetaTagsLack() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
             {"@type": "NewsArticle", "headline": "Headline from JSON-LD", "datePublished": "2025-09-12T17:45:00+05:45",
              "author": [{"@type": "Person", "name": "Anjali S"}, {"@type": "Person", "name": "Tom W"}],
              "url": "https://ledger.example/a", "publisher": {"@type": "Organization", "name": "Ledger"}}]}
            </script></head><body><article><p>Body text.</p></article></body></html>
            """
        )
        #expect(document.metadata.title == "Headline from JSON-LD")
        #expect(document.metadata.published == Day(iso: "2025-09-12"))
        #expect(document.metadata.author == "Anjali S and Tom W")
        #expect(document.metadata.url == "https://ledger.example/a")
        #expect(document.metadata.source == "Ledger")
    }

    @Test func liveBlogEntriesAreAnchoredAtTheirTimestamps() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><head><meta property="article:published_time" content="2022-01-05T07:00:00Z"></head><body>
            <article class="liveblog"><h1>Live</h1><p class="standfirst">All times GMT.</p>
            <div class="entry"><p class="stamp"><time datetime="2022-01-07T16:10:00Z">Fri 7 Jan 16.10</time></p>
              <p>Tokayev spoke this morning.</p>
              <blockquote class="twitter-tweet"><p>Shooting all night.</p>&mdash; M Y (@madina_yes)
              <a href="https://twitter.com/x">January 6, 2022</a></blockquote></div>
            <div class="entry"><p><time datetime="2022-01-05T07:00:00Z">Wed 5 Jan 07.00</time></p>
              <ul><li>Protests began on Sunday.</li></ul></div>
            </article></body></html>
            """
        )
        #expect(document.metadata.published == Day(iso: "2022-01-05"))
        #expect(document.passages.map(\.kind) == [.body, .liveEntry, .embeddedPost, .liveEntry])
        #expect(
            document.passages.map(\.anchor)
                == [nil, "2022-01-07", "2022-01-06", "2022-01-05"].map { $0.flatMap(Day.init(iso:)) }
        )
        #expect(!document.text.contains("16.10"))
    }

    @Test func aPageWithoutTextIsRefused() {
        for page in ["<html><head><title>x</title></head><body><nav>Home</nav></body></html>", "<html></html>"] {
            #expect {
                try ReaderTestSupport.read(page, fileName: "a.html")
            } throws: { error in
                (error as? ArticleReadError)?.message.contains("no article text") == true
            }
        }
    }

    @Test func deeplyNestedMarkupDoesNotCrash() throws {
        // libxml2 stops descending at its default depth limit (256) and keeps what it parsed so far.
        let depth = 10_000
        let page =
            "<html><body><p>Before the nesting.</p>" + String(repeating: "<div>", count: depth) + "<p>Deep text.</p>"
            + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try ReaderTestSupport.read(page, fileName: "deep.html")
        #expect(document.text.hasPrefix("Before the nesting."))
    }
}

extension HTMLReaderTests {
    @Test func anInstagramEmbedKeepsItsCaptionAuthorAndDate() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><body><article><p>Officials spoke.</p>
            <blockquote class="instagram-media"><div><a href="https://instagram.com/p/x">View this post on Instagram</a>
            <p>Crowds at the square tonight.</p>
            <p><a href="https://instagram.com/p/x">A post shared by Ana B (@ana.b)</a> on
            <time datetime="2022-01-06T10:00:00+00:00">Jan 6, 2022 at 2:00am PST</time></p></div></blockquote>
            </article></body></html>
            """
        )
        let post = try #require(ReaderTestSupport.passages(.embeddedPost, of: document).first)
        #expect(post.text == "Crowds at the square tonight.")
        #expect(post.passage.author == "Ana B")
        #expect(post.passage.handle == "ana.b")
        #expect(post.passage.anchor == Day(iso: "2022-01-06"))
    }
}

extension HTMLReaderTests {
    @Test func aPageDeclaringWindows1252IsReadInThatCharset() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Len".utf8)
        bytes += [0xED]  // í
        bytes += Array("n Moreno said ".utf8) + [0x93] + Array("no".utf8) + [0x94] + Array(".</p></body></html>".utf8)
        let document = try ArticleReader.read(bytes, fileName: "a.html")
        #expect(document.text == "Len\u{ED}n Moreno said \u{201C}no\u{201D}.")
    }
}

extension HTMLReaderTests {
    @Test func hiddenTextAndLinkBoxesAreDropped() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><body><article><p>Police fired tear gas.</p>
            <span class="sr-only">Share this article</span><div aria-hidden="true">Icons</div>
            <p>Read more: <a href="/x">Ten things to know</a></p><p hidden>Secret</p>
            <p>Updated: <time datetime="2022-01-06T10:00Z">6 January 2022, 10:00</time></p>
            <p>Crowds dispersed.</p></article></body></html>
            """
        )
        #expect(ReaderTestSupport.texts(of: document) == ["Police fired tear gas.", "Crowds dispersed."])
    }

    @Test func siblingArticlesWithTimestampsAreLiveEntries() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><body><main><h1>Live</h1>
            <article><time>Thu 6 Jan 2022 12.05 GMT</time><p>Troops landed.</p></article>
            <article><time datetime="2022-01-05T17:30:00Z">17.30</time><p>Tokayev asked for help.</p></article>
            </main></body></html>
            """
        )
        #expect(document.passages.map(\.kind) == [.liveEntry, .liveEntry])
        #expect(document.passages.map(\.anchor) == [Day(iso: "2022-01-06"), Day(iso: "2022-01-05")])
        #expect(document.metadata.published == Day(iso: "2022-01-05"))
    }
}

extension HTMLReaderTests {
    @Test func aBlogStylePageReadsWithItsBylineAndWithoutItsWidgets() throws {
        let document = try ReaderTestSupport.read(
            """
            <html><head><title>Protests spread - Daily Example</title></head><body>
            <main><article class="post type-post">
            <header class="entry-header"><h1 class="entry-title">Protests spread</h1>
            <div class="entry-meta">Posted on <time class="entry-date" datetime="2021-05-05T09:00:00+00:00">May 5</time>
            <span class="byline">by <a href="/author/x">Ana Ruiz</a></span></div></header>
            <div class="entry-content"><p><strong>BOGOT\u{C1}</strong> \u{2014} Thousands marched on Wednesday.</p>
            <div class="sharedaddy"><h3>Share this:</h3></div>
            <div id="jp-relatedposts" class="jp-relatedposts"><h3>Related</h3></div></div>
            </article></main></body></html>
            """
        )
        #expect(document.metadata.title == "Protests spread")
        #expect(document.metadata.source == "Daily Example")
        #expect(document.metadata.author == "Ana Ruiz")
        #expect(document.metadata.published == Day(iso: "2021-05-05"))
        #expect(document.text == "BOGOT\u{C1} \u{2014} Thousands marched on Wednesday.")
        #expect(document.dateline?.place == "BOGOT\u{C1}")
    }
}

extension HTMLReaderTests {
    @Test func teaserArticlesDoNotHideTheStory() throws {
        let story = String(
            repeating: "<p>Police said the march through the capital went ahead peacefully.</p>",
            count: 10
        )
        let document = try ReaderTestSupport.read(
            "<html><body><div class=\"story-body\">\(story)</div>"
                + "<div class=\"more\"><article><p>Another story teaser.</p></article></div></body></html>"
        )
        #expect(document.passages.count == 11)
        #expect(document.text.hasPrefix("Police said the march"))
    }
}
