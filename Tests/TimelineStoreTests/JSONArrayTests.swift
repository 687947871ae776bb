import Foundation
import Testing

@testable import TimelineStore

/// `event_source.actor_ids` and `group_names` are JSON arrays that the merge reads once per report; the store reads
/// the plain ones from their bytes and hands anything else to Foundation. Both paths must agree with Foundation.
@Suite struct JSONArrayTests {
    @Test(arguments: ["[]", "[7]", "[1,22,333]", "[123456789012]", "[ 1, 2 ]", "[-4]", "[1.0]"])
    func idsReadAsFoundationReadsThem(_ json: String) {
        let foundation =
            ((try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [NSNumber] ?? []).map(\.int64Value)
        #expect(TimelineStore.decodeIDs(json) == foundation)
    }

    @Test func idsRoundTrip() {
        for ids in [[], [1], [3, 1, 2], [Int64.max / 1000, 0, 42]] as [[Int64]] {
            #expect(TimelineStore.decodeIDs(TimelineStore.jsonArray(ids)) == ids)
        }
    }

    @Test(arguments: [
        [], ["protesters"], ["riot police", "protesters"], ["Kazakh troops", "Ünion", "引号"],
        ["a \"quoted\" group", "back\\slash"], ["", "x"], ["line\nbreak"],
    ])
    func stringsRoundTrip(_ strings: [String]) {
        #expect(TimelineStore.decodeStrings(TimelineStore.jsonStrings(strings)) == strings)
    }

    /// The hand-written encoder writes JSON that Foundation reads back to the same strings, control characters
    /// and all.
    @Test(arguments: [
        [], ["protesters"], ["a \"quoted\" group", "back\\slash", "slash/ed"], ["tab\there", "\u{1}\u{1F}", "\r\n"],
        ["Ünion", "引号", "👍🏽"],
    ])
    func stringsAreJSONThatFoundationReads(_ strings: [String]) throws {
        let json = TimelineStore.jsonStrings(strings)
        let read = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(read == strings)
    }

    @Test(arguments: ["[\"a\" ]", "[\"a\",]", "[\"a\"", "not json", "[\"\\u00e9\"]"])
    func otherTextGoesThroughFoundation(_ json: String) {
        let foundation = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String] ?? []
        #expect(TimelineStore.decodeStrings(json) == foundation)
    }
}
