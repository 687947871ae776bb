import Testing

@testable import NewsExtraction

@Suite struct WordTokenizerTests {
    /// Sentences written for these tests, one per kind of text the tokenizer's fast paths must agree on.
    static let samples: [String] = [
        "The U.S. and K.P. Sharma Oli's allies met on Jan. 5, 2022, in Nur-Sultan.",
        "Police said 1,400 people were held and 49.3% of polls closed; doctors' unions struck.",
        "George W. Bush spoke to S. Jaishankar about Shi'ite militias and d'Italie.",
        "Le président Piñera a parlé à São Paulo, Bogotá et Kraków ; Œuvre, Straße, Þór.",
        "Decomposed: Pin\u{0303}era, Bogota\u{0301}, and a lone \u{0301} mark.",
        "Токаев заявил, что ОДКБ направит войска в Алматы.",
        "北京市和上海市的抗议者说，警察逮捕了１２人。",
        "Crowds 🔥 chanted ✊🏽 \"Freedom!\" — and 👩‍👩‍👧 families fled…",
        "Tabs\tand\nnew lines\u{00A0}with no-break\u{2009}thin spaces\u{0085}and NEL.",
        "Quotes: “dozens” of ‘attackers’, Russia’s army, the doctors’ strike; O'Brien's car.",
        "Digits in other scripts: ٣٤ killed, १२ injured, and x² + ½.",
        "Hyphens: al-Burhan, Guinea‑Bissau, twenty‐one, -5, end-, --double.",
        "ALL CAPS CSTO, NATO, and UN; mIxEd CaSe iPhone; İstanbul and ǅ digraph.",
        "Edge: 's, ', ., .., U., A.B, a.b., 3.x, 1,2, ,5, 'tis, rock 'n' roll.",
        "",
        "   ",
        ".",
        "A",
    ]

    @Test(arguments: samples)
    func tokensMatchTheUnicodePropertyReference(text: String) {
        #expect(WordTokenizer.tokens(in: text) == ReferenceTokenizer.tokens(in: text))
    }

    @Test func invalidUTF8DecodesToReplacementCharactersThatArePunctuation() {
        let text = String(decoding: [0x41, 0x62, 0xFF, 0x63, 0xC3, 0x20, 0xE2, 0x82, 0x44] as [UInt8], as: UTF8.self)
        let tokens = WordTokenizer.tokens(in: text)
        #expect(tokens == ReferenceTokenizer.tokens(in: text))
        #expect(tokens.map(\.text) == ["Ab", "\u{FFFD}", "c", "\u{FFFD}", "\u{FFFD}", "D"])
        #expect(tokens.map(\.isWord) == [true, false, true, false, false, true])
    }

    @Test func everyASCIIScalarIsClassifiedAsItsUnicodeProperties() {
        for value in UInt32(0)..<0x80 {
            let scalar = Unicode.Scalar(value)!
            let properties = scalar.properties
            #expect(ScalarText.isWhitespace(scalar) == properties.isWhitespace)
            #expect(ScalarText.isAlphabetic(scalar) == properties.isAlphabetic)
            #expect(ScalarText.isUppercase(scalar) == properties.isUppercase)
            #expect(ScalarText.isDecimalDigit(scalar) == (properties.numericType == .decimal))
            #expect(
                WordTokenizer.isWordScalar(scalar)
                    == (properties.isAlphabetic || properties.numericType == .decimal
                        || properties.generalCategory == .nonspacingMark)
            )
            // White space separates tokens without becoming one; anything else that is not a word is a mark.
            let text = "a\(Character(scalar))b"
            #expect(WordTokenizer.tokens(in: text) == ReferenceTokenizer.tokens(in: text))
        }
    }

    @Test(arguments: samples)
    func scalarClassesAndStringsMatchTheStandardLibrary(text: String) {
        let scalars = Array(text.unicodeScalars)
        for scalar in scalars {
            #expect(ScalarText.isWhitespace(scalar) == scalar.properties.isWhitespace)
            #expect(ScalarText.isAlphabetic(scalar) == scalar.properties.isAlphabetic)
            #expect(ScalarText.isUppercase(scalar) == scalar.properties.isUppercase)
            #expect(ScalarText.isDecimalDigit(scalar) == (scalar.properties.numericType == .decimal))
        }
        #expect(ScalarText.string(scalars[...]) == text)
        #expect(ScalarText.lowercasedString(scalars[...]) == text.lowercased())
        if scalars.count > 4 {
            let middle = scalars[2..<(scalars.count - 2)]
            #expect(ScalarText.string(middle) == String(String.UnicodeScalarView(middle)))
            #expect(ScalarText.lowercasedString(middle) == String(String.UnicodeScalarView(middle)).lowercased())
        }
    }

    @Test func asciiWordsKeepTheirShapeAndLoseDotsInTheirKeys() {
        let tokens = WordTokenizer.tokens(in: "The U.S. envoy met CSTO chiefs in Nur-Sultan on Russia's 2,500th day.")
        #expect(
            tokens.map(\.text) == [
                "The", "U.S.", "envoy", "met", "CSTO", "chiefs", "in", "Nur", "Sultan", "on", "Russia", "2,500th",
                "day", ".",
            ]
        )
        #expect(
            tokens.map(\.key) == [
                "the", "us", "envoy", "met", "csto", "chiefs", "in", "nur", "sultan", "on", "russia", "2,500th",
                "day", ".",
            ]
        )
        let byText = Dictionary(uniqueKeysWithValues: tokens.map { ($0.text, $0) })
        #expect(byText["U.S."]?.isAllCaps == true)
        #expect(byText["CSTO"]?.isAllCaps == true)
        #expect(byText["The"]?.isCapitalized == true)
        #expect(byText["The"]?.isAllCaps == false)
        #expect(byText["Sultan"]?.isAttached == true)
        #expect(byText["Russia"]?.isPossessive == true)
        #expect(byText["Russia"]?.range.count == "Russia's".unicodeScalars.count)
        #expect(byText["2,500th"]?.isNumber == false)
        #expect(byText["envoy"]?.isCapitalized == false)
    }

    @Test func accentedLatinFoldsToTheSameKeyAsItsPlainSpelling() {
        let composed = WordTokenizer.tokens(in: "Piñera ÉLYSÉE Straße")
        #expect(composed.map(\.key) == ["pinera", "elysee", "strasse"])
        #expect(composed.map(\.isAllCaps) == [false, true, false])
        let decomposed = WordTokenizer.tokens(in: "Pin\u{0303}era")
        #expect(decomposed.map(\.text) == ["Pin\u{0303}era"])
        #expect(decomposed.map(\.key) == ["pinera"])
    }

    @Test func cyrillicAndCJKWordsAreWordsWithLowercasedKeys() {
        let cyrillic = WordTokenizer.tokens(in: "Токаев, ОДКБ")
        #expect(cyrillic.map(\.key) == ["токаев", ",", "одкб"])
        #expect(cyrillic.map(\.isCapitalized) == [true, false, true])
        #expect(cyrillic.map(\.isAllCaps) == [false, false, true])
        let cjk = WordTokenizer.tokens(in: "北京市，１２人")
        #expect(cjk.map(\.text) == ["北京市", "，", "１２人"])
        #expect(cjk.map(\.isWord) == [true, false, true])
        #expect(cjk.map(\.isCapitalized) == [false, false, false])
        #expect(cjk.map(\.isNumber) == [false, false, false])
        #expect(WordTokenizer.tokens(in: "１２").map(\.isNumber) == [true])
    }

    @Test func emojiAreMarksCountedInScalars() {
        let tokens = WordTokenizer.tokens(in: "fire 🔥 ✊🏽 go")
        #expect(tokens.map(\.text) == ["fire", "🔥", "✊", "🏽", "go"])
        #expect(tokens.map(\.isWord) == [true, false, false, false, true])
        #expect(tokens.map(\.range) == [0..<4, 5..<6, 7..<8, 8..<9, 10..<12])
    }

    @Test(arguments: [[], [""], ["", "a"], ["a", ""], ["us"], ["nur", "sultan"], ["côte", "divoire", "北京", "🔥"]])
    func phraseKeysAreTheWordsJoinedBySpaces(words: [String]) {
        #expect(PhraseIndex.key(words[...]) == words.joined(separator: " "))
        if words.count > 1 {
            #expect(PhraseIndex.key(words[1...]) == words[1...].joined(separator: " "))
        }
    }

    @Test func keysOfPhrasesAreTheWordKeys() {
        #expect(WordTokenizer.keys(of: "the U.S. Department of State") == ["the", "us", "department", "of", "state"])
        #expect(WordTokenizer.keys(of: "Côte d'Ivoire") == ["cote", "divoire"])
    }
}

/// The tokenizer as it was before its ASCII fast paths: every scalar classified through its Unicode properties
/// and every key built by `WordTokenizer.normalizedKey(_:)`. The fast tokenizer must give exactly its tokens.
private enum ReferenceTokenizer {
    static func tokens(in text: String) -> [WordToken] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [WordToken] = []
        var index = 0
        var previousEnd = -1
        var previousWasHyphen = false
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
                previousWasHyphen = false
                continue
            }
            if isWordScalar(scalar) {
                let start = index
                var end = index
                var segmentStart = index
                var hasDot = false
                while end < scalars.count {
                    let current = scalars[end]
                    if isWordScalar(current) {
                        end += 1
                    } else if isApostrophe(current), end + 1 < scalars.count, isWordScalar(scalars[end + 1]),
                        !(isLetterS(scalars[end + 1]) && (end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])))
                    {
                        end += 1
                    } else if current == ".", end - segmentStart == 1, scalars[end - 1].properties.isUppercase {
                        if end + 1 < scalars.count, isWordScalar(scalars[end + 1]) {
                            end += 1
                            segmentStart = end
                            hasDot = true
                        } else {
                            if hasDot || isInitial(scalars, dot: end, wordStart: start) { end += 1 }
                            break
                        }
                    } else if current == "," || current == ".", end > start, end + 1 < scalars.count,
                        scalars[end + 1].properties.numericType == .decimal,
                        scalars[end - 1].properties.numericType == .decimal
                    {
                        end += 1
                    } else {
                        break
                    }
                }
                let wordEnd = end
                var possessive = false
                if end < scalars.count, isApostrophe(scalars[end]) {
                    if end + 1 < scalars.count, isLetterS(scalars[end + 1]),
                        end + 2 >= scalars.count || !isWordScalar(scalars[end + 2])
                    {
                        possessive = true
                        end += 2
                    } else if end > start, isLetterS(scalars[end - 1]) {
                        end += 1
                    }
                }
                let word = String(String.UnicodeScalarView(scalars[start..<wordEnd]))
                let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
                tokens.append(
                    WordToken(
                        text: word,
                        key: WordTokenizer.normalizedKey(word),
                        range: start..<end,
                        isWord: true,
                        isCapitalized: letters.first?.properties.isUppercase ?? false,
                        isAllCaps: letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase },
                        isPossessive: possessive,
                        isAttached: previousWasHyphen && previousEnd == start - 1,
                        isNumber: letters.isEmpty
                    )
                )
                previousEnd = end
                previousWasHyphen = false
                index = end
                continue
            }
            if isHyphen(scalar), index > 0, previousEnd == index, index + 1 < scalars.count,
                isWordScalar(scalars[index + 1])
            {
                previousWasHyphen = true
                previousEnd = index
                index += 1
                continue
            }
            tokens.append(
                WordToken(
                    text: String(scalar),
                    key: String(scalar),
                    range: index..<(index + 1),
                    isWord: false,
                    isCapitalized: false,
                    isAllCaps: false,
                    isPossessive: false,
                    isAttached: false,
                    isNumber: false
                )
            )
            previousWasHyphen = false
            previousEnd = index + 1
            index += 1
        }
        return tokens
    }

    private static func isInitial(_ scalars: [Unicode.Scalar], dot: Int, wordStart: Int) -> Bool {
        guard dot - wordStart == 1, dot + 2 < scalars.count, scalars[dot + 1] == " " else { return false }
        return scalars[dot + 2].properties.isUppercase
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType == .decimal
            || properties.generalCategory == .nonspacingMark
    }

    private static func isApostrophe(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}"
    }

    private static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    private static func isLetterS(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "s" || scalar == "S"
    }
}
