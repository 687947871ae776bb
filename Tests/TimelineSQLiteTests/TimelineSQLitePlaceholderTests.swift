import Testing

@Suite struct TimelineSQLitePlaceholderTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
