import Testing

@Suite struct TimelineCommandsPlaceholderTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
