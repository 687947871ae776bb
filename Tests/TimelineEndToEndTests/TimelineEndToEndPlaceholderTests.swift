import Testing

@Suite struct TimelineEndToEndPlaceholderTests {
    @Test func packageBuilds() {
        #expect(Bool(true))
    }
}
