import Testing

@testable import NewsExtraction

@Suite struct KnowledgeTests {
    @Test(arguments: BuiltInKnowledge.documents.indices)
    func everyBuiltInDocumentParses(index: Int) throws {
        _ = try Knowledge(yaml: BuiltInKnowledge.documents[index])
    }

    @Test func theBuiltInKnowledgeIsLarge() {
        let knowledge = Knowledge.builtIn
        #expect(knowledge.actorCount > 300)
        #expect(knowledge.countries.count >= 193)
        #expect(knowledge.index.places.count > 500)
    }

    /// Two entries may share an alias ("Hariri") only when dated roles tell them apart.
    @Test func noTwoEntriesClaimTheSameAliasWithoutDatesToTellThemApart() {
        let knowledge = Knowledge.builtIn
        var claims: [String: [ActorEntry]] = [:]
        for actor in knowledge.actors {
            let names = Set(([actor.name] + actor.aliases).map { WordTokenizer.keys(of: $0).joined(separator: " ") })
            for name in names { claims[name, default: []].append(actor) }
        }
        for (alias, entries) in claims where entries.count > 1 {
            for (offset, first) in entries.enumerated() {
                for second in entries[(offset + 1)...] {
                    let dated =
                        !first.roles.isEmpty && !second.roles.isEmpty
                        && (first.roles + second.roles).allSatisfy { $0.from != nil }
                    let apart = first.roles.allSatisfy { role in !second.roles.contains { role.overlaps($0) } }
                    #expect(dated && apart, "\"\(alias)\" is claimed by \(first.name) and \(second.name)")
                }
            }
        }
    }

    @Test func countryNamesAndAliasesAreUnique() {
        var seen: [String: String] = [:]
        for country in Knowledge.builtIn.countries {
            for name in [country.name] + country.aliases {
                let key = WordTokenizer.keys(of: name).joined(separator: " ")
                let other = seen[key] ?? country.name
                #expect(other == country.name, "\"\(name)\" names \(other) and \(country.name)")
                seen[key] = country.name
            }
        }
    }

    @Test(
        arguments: [
            ("president", "Kazakhstan", "2018-06-01", false, "Nursultan Nazarbayev"),
            ("president", "Kazakhstan", "2022-01-05", false, "Kassym-Jomart Tokayev"),
            ("president", "Kazakhstan", "2022-01-05", true, "Nursultan Nazarbayev"),
            ("prime minister", "Kazakhstan", "2022-01-04", false, "Askar Mamin"),
            ("premier", "Kazakhstan", "2022-01-11", false, "Alikhan Smailov"),
            ("president", "United States", "2022-01-06", false, "Joe Biden"),
            ("president", "United States", "2022-01-06", true, "Donald Trump"),
            ("prime minister", "Nepal", "2025-09-12", false, "Sushila Karki"),
        ]
    )
    func rolesResolveByDate(title: String, country: String, day: String, former: Bool, expected: String) {
        let holder = Knowledge.builtIn.holder(of: title, in: country, on: Day(iso: day), former: former)
        #expect(holder?.name == expected)
    }

    @Test func aUserFileExtendsAndOverridesTheBuiltInOne() throws {
        let mine = try Knowledge(
            yaml: """
                people:
                  - name: Kassym-Jomart Tokayev
                    aliases: [KJT]
                organizations:
                  - name: Almaty Residents Council
                    aliases: [ARC]
                """
        )
        let merged = Knowledge.builtIn.merging(mine)
        let tokayev = merged.actors.filter { $0.name == "Kassym-Jomart Tokayev" }
        #expect(tokayev.count == 1)
        #expect(tokayev.first?.aliases == ["KJT"])
        #expect(merged.actors.contains { $0.name == "Almaty Residents Council" && $0.kind == .organization })
        #expect(merged.actorCount == Knowledge.builtIn.actorCount + 1)
    }

    @Test(
        arguments: [
            ("people:\n  - name: A\n  - aliases: [B]\n", "people entry 2: missing name"),
            ("people:\n  - name: A\n    roles: [{title: president, from: 2020-13-01}]\n", "is not a YYYY-MM-DD date"),
            ("people:\n  - name: A\n    kind: robot\n", "unknown kind \"robot\""),
            ("leaders:\n  - name: A\n", "unknown section \"leaders\""),
            ("people: [\n", "not valid YAML"),
        ]
    )
    func aBadEntryIsNamedInTheError(yaml: String, expected: String) {
        #expect {
            try Knowledge(yaml: yaml)
        } throws: { error in
            (error as? KnowledgeError)?.message.contains(expected) == true
        }
    }

    @Test func anEmptyFileIsAnEmptyKnowledge() throws {
        #expect(try Knowledge(yaml: "").actorCount == 0)
    }

    @Test(arguments: ["CSTO", "U.N.", "UN", "Csto", "ОДКБ", "Одкб", "北京", "ÉLYSÉE", "", "G7"])
    func capitalsAreJudgedByTheLettersAlone(name: String) {
        let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
        #expect(KnowledgeIndex.isWrittenInCapitals(name) == letters.allSatisfy { $0.properties.isUppercase })
    }
}
