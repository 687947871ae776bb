import Testing

@Suite struct TimelineStorePlaceholderTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
