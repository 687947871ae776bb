import Testing
import TimelineSQLite

@Suite struct StatementArgumentsTests {
    @Test func arrayLiteralHoldsPositionalValues() {
        let arguments: StatementArguments = ["2022-01-07", 42, nil, 1.5, true]
        #expect(arguments.values == ["2022-01-07", 42, .null, 1.5, 1])
        #expect(arguments.namedValues.isEmpty)
    }

    @Test func dictionaryLiteralDropsParameterPrefixes() {
        let arguments: StatementArguments = [":name": "Tokayev", "@kind": "person", "$id": 1, "note": nil]
        #expect(arguments.namedValues == ["name": "Tokayev", "kind": "person", "id": 1, "note": .null])
    }

    @Test func buildsFromASequenceOfOneType() {
        let ids: [Int64] = [3, 1, 2]
        #expect(StatementArguments(ids).values == [3, 1, 2])
    }

    @Test func appendsArguments() {
        var arguments: StatementArguments = []
        #expect(arguments.isEmpty)
        arguments += [1]
        arguments += ["kind": "person"]
        arguments += [2]
        #expect(arguments == [1, 2] + ["kind": "person"])
        #expect(arguments.description == #"[1, 2] + [kind: "person"]"#)
    }

    @Test func isSendable() async {
        let arguments: StatementArguments = ["Tokayev"]
        let description = await Task { arguments.description }.value
        #expect(description == #"["Tokayev"]"#)
    }
}
