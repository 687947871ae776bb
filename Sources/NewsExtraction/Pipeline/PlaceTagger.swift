/// Finds places named in a sentence through the gazetteer: countries, regions and cities, with the country
/// each lies in.
///
/// For example:
/// ```swift
/// PlaceTagger(knowledge: .builtIn).mentions(in: "Protests reached Alma-Ata and Nur-Sultan.")
/// // Almaty (city, Kazakhstan), Astana (city, Kazakhstan)
/// ```
///
/// Matching is one pass over the words: at each capitalised word the longest gazetteer name starting there
/// wins (a hash of normalised words, so "Bogota" and "Bogotá" are the same key). Abbreviations such as "UK"
/// match only when written in capitals.
struct PlaceTagger: Sendable {
    var knowledge: Knowledge

    init(knowledge: Knowledge) {
        self.knowledge = knowledge
    }

    func mentions(in sentence: Sentence) -> [PlaceMention] {
        mentions(in: sentence.text)
    }

    /// The places named in `text`; ranges count Unicode scalars from the start of `text`.
    func mentions(in text: String) -> [PlaceMention] {
        let scalars = Array(text.unicodeScalars)
        return mentions(in: scalars, tokens: WordTokenizer.tokens(in: scalars))
    }

    /// The places named in a text given as its Unicode scalars and their `WordTokenizer` tokens, for callers that
    /// tokenize a sentence once for several taggers.
    func mentions(in scalars: [Unicode.Scalar], tokens: [WordToken]) -> [PlaceMention] {
        let keys = tokens.map { $0.key }
        let index = knowledge.index
        var result: [PlaceMention] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isWord, tokens[i].isCapitalized else {
                i += 1
                continue
            }
            let fits: (Int, [Int]) -> Bool = { length, _ in
                let key = PhraseIndex.key(keys[i..<(i + length)])
                guard index.acronyms.contains(key) else { return true }
                return (i..<(i + length)).allSatisfy { tokens[$0].isAllCaps }
            }
            let country = index.countryNames.longestMatch(in: keys, from: i, accept: fits)
            let place = index.placeNames.longestMatch(in: keys, from: i, accept: fits)
            // Names of organisations that start with a place ("Iran Human Rights") are not places.
            let actor = index.actorNames.longestMatch(in: keys, from: i, accept: fits)
            let best = max(country?.length ?? 0, place?.length ?? 0)
            if best == 0 || (actor?.length ?? 0) > best {
                i += max(1, actor?.length ?? 0)
                continue
            }
            let end = i + best
            let range = tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
            let surface = ScalarText.string(scalars[range])
            if let country, country.length == best {
                let entry = knowledge.countries[country.values[0]]
                result.append(
                    PlaceMention(name: entry.name, kind: .country, country: entry.name, surface: surface, range: range)
                )
            } else if let place {
                let entry = index.places[place.values[0]]
                result.append(
                    PlaceMention(
                        name: entry.name,
                        kind: entry.kind,
                        country: entry.country,
                        surface: surface,
                        range: range
                    )
                )
            }
            i = end
        }
        return result
    }

    /// Demonyms in `text` ("Kazakh", "Sri Lankan") with the country each points to.
    func demonyms(in text: String) -> [(country: String, range: Range<Int>)] {
        demonyms(tokens: WordTokenizer.tokens(in: text))
    }

    /// Demonyms among the `WordTokenizer` tokens of a text.
    func demonyms(tokens: [WordToken]) -> [(country: String, range: Range<Int>)] {
        let keys = tokens.map { $0.key }
        var result: [(String, Range<Int>)] = []
        var i = 0
        while i < tokens.count {
            guard tokens[i].isCapitalized,
                let match = knowledge.index.demonyms.longestMatch(in: keys, from: i)
            else {
                i += 1
                continue
            }
            let end = i + match.length
            result.append(
                (
                    knowledge.countries[match.values[0]].name,
                    tokens[i].range.lowerBound..<tokens[end - 1].range.upperBound
                )
            )
            i = end
        }
        return result
    }
}
