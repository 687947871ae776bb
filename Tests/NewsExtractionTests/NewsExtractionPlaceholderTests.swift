import Testing

@Suite struct NewsExtractionPlaceholderTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
