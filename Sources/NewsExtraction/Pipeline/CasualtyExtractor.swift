/// What the figure extractor knows about a sentence besides its words.
struct FigureContext: Sendable {
    /// The date counts in the sentence are as of, unless the sentence ties them to another date:
    /// the passage's anchor (post date, entry timestamp), else the dateline day, else the publication date.
    var anchor: Day?
    var times: [TimeMention]
    var actors: [ActorMention]
    var places: [PlaceMention]
    /// The article's main place, used when the sentence names none.
    var defaultLocation: String?
    /// The author of the embedded post the sentence sits in, if any.
    var passageAuthor: String?
    /// The category of the last figure found earlier in the same passage, if any. It lets a sentence that only
    /// restates a count ("By Monday the ministry put the figure at 7,939.") say what the count is of.
    var previousCategory: CasualtyCategory? = nil
    /// The source of the last figure found earlier in the same passage, if any, for a sentence whose speaker is
    /// a pronoun ("It said on Saturday that more than 4,400 people had been detained.").
    var previousSource: String? = nil
    /// The sentence's Unicode scalars, when the caller has read them already.
    var scalars: [Unicode.Scalar]? = nil
}

/// Finds casualty figures (killed, injured, hospitalized, detained, troops) in a sentence.
///
/// For example:
/// ```swift
/// // "The interior ministry said 95 police officers had been injured and more than 200 people detained."
/// CasualtyExtractor().figures(in: sentence, context: context)
/// // injured, security forces, 95...95; detained, unspecified, 200...nil
/// ```
///
/// A figure is a quantity (see `QuantityTagger`) that counts people and is tied to a casualty word by one of a
/// few shapes, tried in order:
/// 1. a verb before it takes it as object: "killing at least 14 people", "sent in some 2,500 troops";
/// 2. a casualty word follows its noun, past auxiliaries: "12 people were killed", "164 dead", "were among
///    those held", "were in hospital", "had been brought in with injuries";
/// 3. "of the dead"/"of the injured" partitives: "40 of the dead were bodies";
/// 4. it joins an earlier figure of the sentence: "including 19 police officers", "103 of them in Almaty",
///    "and two in Itahari", "up from 7,939";
/// 5. it counts troops and the sentence speaks of deploying them: "the mission numbered 2,030 troops";
/// 6. it is what a death toll or a figure stands at: "put the death toll at 46", "the figure at 7,939".
/// A single person killed or injured ("a 26-year-old man died") is a figure of one.
///
/// Numbers that do not count people are never figures: dates, years, ages, prices, percentages, and counts
/// of things ("26 social media platforms", "1,677 criminal cases"). Crowd sizes and people released carry
/// no casualty word, so they are left out too.
struct CasualtyExtractor: Sendable {
    func figures(in sentence: Sentence, context: FigureContext) -> [CasualtyFigure] {
        var finder = FigureFinder(sentence: sentence, context: context)
        return finder.run()
    }

    /// The figures of an article's sentences, given in text order, de-duplicated.
    ///
    /// Unlike calling `figures(in:context:)` per sentence, this lets a sentence that only restates a count
    /// ("By Monday the ministry put the figure at 7,939.") take the category of the last figure found before it
    /// in the same passage (unless its context already sets `previousCategory`).
    func figures(in sentences: [(sentence: Sentence, context: FigureContext)]) -> [CasualtyFigure] {
        var all: [CasualtyFigure] = []
        var previous: (passage: Int, category: CasualtyCategory, source: String?)?
        for (sentence, context) in sentences {
            var context = context
            if let previous, previous.passage == sentence.passage {
                context.previousCategory = context.previousCategory ?? previous.category
                context.previousSource = context.previousSource ?? previous.source
            }
            let found = figures(in: sentence, context: context)
            if let last = found.last { previous = (sentence.passage, last.category, last.attributedTo) }
            all += found
        }
        return deduplicated(all)
    }

    /// Drops figures repeated with the same meaning in one article, keeping the first (or, when the first names
    /// no source, the first restatement that does).
    ///
    /// Two figures mean the same when they count the same category and group with the same bounds and
    /// approximation, and either are as of the same date for the same place or source, or only one of them
    /// names a source and they share a place (a headline or lead restating a sourced count). The same number
    /// from another source for another date is kept.
    func deduplicated(_ figures: [CasualtyFigure]) -> [CasualtyFigure] {
        var kept = DistinctFigures()
        for figure in figures { kept.add(figure) }
        return kept.figures
    }
}

/// The figures of an article without repeats (see `CasualtyExtractor.deduplicated(_:)`), added one at a time in
/// text order, so that a long article keeps only its distinct figures.
struct DistinctFigures: Sendable {
    private struct Key: Hashable {
        var category: CasualtyCategory
        var group: CasualtyGroup
        var low: Int?
        var high: Int?
        var isApproximate: Bool
    }

    private(set) var figures: [CasualtyFigure] = []
    private var indicesByKey: [Key: [Int]] = [:]

    mutating func add(_ figure: CasualtyFigure) {
        let key = Key(
            category: figure.category,
            group: figure.group,
            low: figure.low,
            high: figure.high,
            isApproximate: figure.isApproximate
        )
        let match = indicesByKey[key, default: []].first { index in
            let other = figures[index]
            if other.asOf == figure.asOf {
                return other.location == figure.location
                    || (other.attributedTo != nil && other.attributedTo == figure.attributedTo)
            }
            // A headline or lead restating a sourced count names no source of its own.
            return (other.attributedTo == nil) != (figure.attributedTo == nil) && other.location == figure.location
        }
        if let match {
            // The sourced report says more: it takes the unsourced one's place in the list.
            if figures[match].attributedTo == nil, figure.attributedTo != nil { figures[match] = figure }
        } else {
            indicesByKey[key, default: []].append(figures.count)
            figures.append(figure)
        }
    }
}

/// The work of `CasualtyExtractor` on one sentence.
private struct FigureFinder {
    let sentence: Sentence
    let context: FigureContext
    let tokens: [CountToken]
    let quantities: [Quantity]

    /// A quantity that counts people, and what the extractor learnt about it.
    private struct Candidate {
        var quantity: Quantity
        /// First token after the counted noun phrase (or after the number when there is none).
        var phraseEnd: Int
        /// The counted noun phrase, lowercased ("police", "officers").
        var phraseWords: [String]
        var hasNoun: Bool
        var isPronounPartitive: Bool
        var partitiveCategory: CasualtyCategory?
        var category: CasualtyCategory?
        var group: CasualtyGroup?
        /// Whether the category came from the words after the phrase (so a coordinated count may share it).
        var categoryFollows = false
        var rejected = false
    }

    let scalars: [Unicode.Scalar]
    /// For each token, whether a quantity covers it.
    let inQuantity: [Bool]
    /// For each token, the index of the next ";" or "." (or the token count).
    let clauseEnds: [Int]
    /// Tokens of speech verbs ("said", "reported"), in order.
    let speechVerbs: [Int]
    /// Facts about the whole sentence, read once so that the work stays linear in its length.
    let hasProtestCue: Bool
    let hasDeploymentCue: Bool
    let mentionsTroops: Bool
    let hasForceNoun: Bool
    var victimsOfForce = false
    var accordingTo: String?

    /// What a word says about its sentence: a protest or deployment cue (`CasualtyLexicon`), troops, a force noun,
    /// a speech verb.
    private struct Cues: OptionSet {
        let rawValue: UInt8
        static let protest = Cues(rawValue: 1)
        static let deployment = Cues(rawValue: 2)
        static let troops = Cues(rawValue: 4)
        static let forceNoun = Cues(rawValue: 8)
        static let speech = Cues(rawValue: 16)
    }

    /// `Cues` by lowercased word, looked up once per token: building a set of the sentence's words and testing it
    /// against each word list was a fifth of finding figures.
    private static let cuesByWord: [String: Cues] = {
        var cues: [String: Cues] = [:]
        let lists: [(Set<String>, Cues)] = [
            (CasualtyLexicon.protestCues, .protest), (CasualtyLexicon.deploymentCues, .deployment),
            (["troops", "force", "forces", "soldiers", "contingent"], .troops),
            (["force", "forces", "troops", "contingent", "mission"], .forceNoun),
            (CasualtyLexicon.speechVerbs, .speech),
        ]
        for (words, cue) in lists {
            for word in words { cues[word, default: []].insert(cue) }
        }
        return cues
    }()

    /// Whether the speech word at `index` is a verb. "concerned about reports of torture": a speech word after a
    /// determiner or preposition is a noun.
    private static func isSpeechVerb(at index: Int, in tokens: [CountToken]) -> Bool {
        let lower = tokens[index].lower
        guard lower != "according" else { return false }
        guard index > 0 else { return true }
        let previous = tokens[index - 1].lower
        if ["the", "a", "an", "about", "of", "these", "those", "such", "in", "by", "to"].contains(previous) {
            return false
        }
        return !(lower == "reports" && ["media", "news"].contains(previous))
    }

    init(sentence: Sentence, context: FigureContext) {
        self.sentence = sentence
        self.context = context
        scalars = context.scalars ?? Array(sentence.text.unicodeScalars)
        let tokens = CountTokenizer.tokens(in: scalars)
        self.tokens = tokens
        quantities = QuantityTagger().quantities(in: tokens)
        var inQuantity = Array(repeating: false, count: tokens.count)
        for quantity in quantities {
            for index in quantity.tokens { inQuantity[index] = true }
        }
        self.inQuantity = inQuantity
        var clauseEnds = Array(repeating: tokens.count, count: tokens.count)
        var next = tokens.count
        for index in tokens.indices.reversed() {
            if tokens[index].lower == ";" || tokens[index].lower == "." { next = index }
            clauseEnds[index] = next
        }
        self.clauseEnds = clauseEnds
        var cues: Cues = []
        var speechVerbs: [Int] = []
        for index in tokens.indices {
            guard let found = Self.cuesByWord[tokens[index].lower] else { continue }
            cues.formUnion(found)
            if found.contains(.speech), Self.isSpeechVerb(at: index, in: tokens) { speechVerbs.append(index) }
        }
        self.speechVerbs = speechVerbs
        hasProtestCue = cues.contains(.protest)
        hasDeploymentCue = cues.contains(.deployment)
        mentionsTroops = cues.contains(.troops)
        hasForceNoun = cues.contains(.forceNoun)
        victimsOfForce = findVictimsOfForce()
        accordingTo = findAccordingTo()
    }

    mutating func run() -> [CasualtyFigure] {
        var candidates: [Candidate] = []
        for quantity in quantities {
            guard var candidate = makeCandidate(quantity) else { continue }
            let previous = candidates.last { $0.category != nil && !$0.rejected }
            classify(&candidate, previous: previous)
            // "26 armed criminals have been killed and 18 wounded": a bare count coordinated with an earlier
            // one counts the same people.
            if candidate.group == nil, let previous, !candidate.hasNoun || candidate.phraseWords.last == "others",
                CasualtyLexicon.connectors.contains(word(quantity.tokens.lowerBound - 1))
                    || CasualtyLexicon.objectVerbs[word(quantity.tokens.lowerBound - 1)] != nil
            {
                candidate.group = previous.group
            }
            candidates.append(candidate)
        }
        // "eight protesters and two police officers were killed": a count with no casualty word of its own
        // shares the one that follows the next count it is coordinated with.
        if candidates.count > 1 {
            for index in stride(from: candidates.count - 2, through: 0, by: -1) {
                let next = candidates[index + 1]
                guard candidates[index].category == nil, !candidates[index].rejected, next.categoryFollows,
                    let category = next.category, candidates[index].phraseEnd < tokens.count,
                    ["and", "or"].contains(tokens[candidates[index].phraseEnd].lower),
                    candidates[index].phraseEnd + 1 == next.quantity.tokens.lowerBound
                else { continue }
                if category == .troops && !isTroopPhrase(candidates[index]) { continue }
                candidates[index].category = category
                candidates[index].categoryFollows = true
                if candidates[index].group == nil && category == .troops { candidates[index].group = .securityForces }
            }
        }
        let accepted = candidates.filter { !$0.rejected && $0.category != nil }
        var figures: [CasualtyFigure] = []
        var lastDate: DateValue?
        for (index, candidate) in accepted.enumerated() {
            guard let category = candidate.category else { continue }
            // A place after the count belongs to it only up to the next count ("164 ..., 103 of them in Almaty").
            // A place or date after the count belongs to it only up to the next count ("164 ..., 103 of them in
            // Almaty"); a date before it only back to the previous count.
            let limit =
                index + 1 < accepted.count
                ? tokens[accepted[index + 1].quantity.tokens.lowerBound].range.lowerBound : Int.max
            let floor = index > 0 ? tokens[accepted[index - 1].quantity.tokens.upperBound - 1].range.upperBound : 0
            var found = figure(candidate, category: category, placeLimit: limit, dateFloor: floor)
            // Coordinated counts share the date of the clause ("eight protesters and two police officers were
            // killed", dated once before the first).
            if !hasOwnDate(from: floor, to: limit), index > 0, let lastDate,
                CasualtyLexicon.connectors.contains(word(candidate.quantity.tokens.lowerBound - 1))
                    || ["and", "or"].contains(word(candidate.quantity.tokens.lowerBound - 1))
            {
                found.asOf = lastDate
            }
            lastDate = found.asOf
            figures.append(found)
        }
        figures.append(contentsOf: singlePersonFigures())
        return figures
    }

    // MARK: Candidates

    private func word(_ index: Int) -> String {
        index >= 0 && index < tokens.count ? tokens[index].lower : ""
    }

    /// Reads the noun phrase a quantity counts, or returns nil when the number is not a count of people.
    private func makeCandidate(_ quantity: Quantity) -> Candidate? {
        let start = quantity.tokens.lowerBound
        let end = quantity.tokens.upperBound
        let before = word(start - 1)
        let after = word(end)
        if CasualtyLexicon.currencySymbols.contains(before) || CasualtyLexicon.currencySymbols.contains(after) {
            return nil
        }
        if CasualtyLexicon.percentWords.contains(after) { return nil }
        if quantity.high == 0 || quantity.low == 0 { return nil }
        if !quantity.isVague
            && (isMonth(end) || isMonth(quantity.coreStart - 1)
                || (word(quantity.coreStart - 1) == "." && isMonth(quantity.coreStart - 2)))
        {
            return nil
        }
        if quantity.couldBeYear && CasualtyLexicon.yearPrepositions.contains(before) { return nil }
        if isAge(quantity) { return nil }

        var candidate = Candidate(
            quantity: quantity,
            phraseEnd: end,
            phraseWords: [],
            hasNoun: false,
            isPronounPartitive: false
        )
        var index = end
        if word(index) == "of" {
            let next = word(index + 1)
            if ["them", "whom", "those", "these"].contains(next) {
                candidate.isPronounPartitive = true
                index += 2
            } else if next == "the", let category = CasualtyLexicon.triggers[word(index + 2)],
                category != .troops
            {
                candidate.partitiveCategory = category
                index += 3
            } else if quantity.isVague || CasualtyLexicon.determiners.contains(next) {
                index += 1
                if CasualtyLexicon.determiners.contains(word(index)) { index += 1 }
            }
        }
        // The head noun: a people noun within the next three words ("2500 Russian-led troops",
        // "14 striking oil workers"), or none when the number stands alone ("and 18 wounded").
        var head: Int?
        var scan = index
        while scan < min(tokens.count, index + 3) {
            let token = tokens[scan]
            if token.kind != .word { break }
            if CasualtyLexicon.people[token.lower] != nil {
                head = scan
                break
            }
            if scan == index
                && (CasualtyLexicon.functionWords.contains(token.lower) || CasualtyLexicon.triggers[token.lower] != nil)
            {
                break
            }
            if CasualtyLexicon.triggers[token.lower] != nil || CasualtyLexicon.functionWords.contains(token.lower) {
                break
            }
            scan += 1
        }
        if word(end) == "-", word(end + 1) == "strong",
            ["force", "contingent", "army", "police", "troops", "unit", "battalion", "brigade", "mission"]
                .contains(word(end + 2))
        {
            // "a 2,500-strong force".
            candidate.hasNoun = true
            candidate.phraseWords = ["troops"]
            candidate.phraseEnd = end + 3
            candidate.group = .securityForces
            return candidate
        }
        if let head {
            var phraseEnd = head + 1
            // "police officers", "police officers and gendarmes", "members of the security forces".
            while phraseEnd < tokens.count {
                if CasualtyLexicon.people[word(phraseEnd)] != nil {
                    phraseEnd += 1
                } else if ["and", "or"].contains(word(phraseEnd)), CasualtyLexicon.people[word(phraseEnd + 1)] != nil {
                    phraseEnd += 2
                } else if ["and", "or"].contains(word(phraseEnd)), tokens.indices.contains(phraseEnd + 2),
                    tokens[phraseEnd + 1].kind == .word, CasualtyLexicon.people[word(phraseEnd + 2)] != nil,
                    !CasualtyLexicon.functionWords.contains(word(phraseEnd + 1)),
                    !inQuantity[phraseEnd + 1]
                {
                    phraseEnd += 3
                } else if word(phraseEnd) == "of", let extent = groupExtension(from: phraseEnd + 1) {
                    phraseEnd = extent
                } else {
                    break
                }
            }
            candidate.hasNoun = true
            candidate.phraseWords = tokens[end..<phraseEnd].map(\.lower)
            candidate.phraseEnd = phraseEnd
        } else if index < tokens.count, tokens[index].kind == .word,
            !CasualtyLexicon.functionWords.contains(tokens[index].lower),
            CasualtyLexicon.triggers[tokens[index].lower] == nil,
            !CasualtyLexicon.speechVerbs.contains(tokens[index].lower)
        {
            // A count of something else: "26 social media platforms", "nine votes", "two days".
            return nil
        } else {
            candidate.phraseEnd = index
        }
        if quantity.couldBeYear && !candidate.hasNoun && CasualtyLexicon.triggers[word(index)] == nil {
            return nil
        }
        if candidate.hasNoun && quantity.isVague == false && quantity.low == 1 && quantity.high == 1
            && word(start) == "one" && candidate.phraseWords.first.map({ CasualtyLexicon.people[$0] == nil }) ?? false
        {
            return nil
        }
        if candidate.partitiveCategory != nil && quantity.low == 1 && quantity.high == 1 {
            // "one of the dead was a police officer" counts one of that group; "one of the injured died"
            // restates a count already made.
            let copula = word(candidate.phraseEnd)
            let article = word(candidate.phraseEnd + 1)
            guard ["was", "is"].contains(copula), ["a", "an"].contains(article) else { return nil }
            var scan = candidate.phraseEnd + 2
            while scan < min(tokens.count, candidate.phraseEnd + 6) {
                if let group = CasualtyLexicon.people[word(scan)] {
                    candidate.group = group
                    candidate.phraseEnd = scan + 1
                    return candidate
                }
                scan += 1
            }
            return nil
        }
        candidate.group = group(of: candidate.phraseWords)
        return candidate
    }

    /// The end of "of the security forces" after a people noun, when it names a group.
    private func groupExtension(from start: Int) -> Int? {
        var index = start
        if CasualtyLexicon.determiners.contains(word(index)) { index += 1 }
        var scan = index
        while scan < min(tokens.count, index + 3) {
            if let group = CasualtyLexicon.people[word(scan)], group != nil { return scan + 1 }
            if tokens[scan].kind != .word { return nil }
            scan += 1
        }
        return nil
    }

    private func isMonth(_ index: Int) -> Bool {
        guard index >= 0, index < tokens.count else { return false }
        let lower = tokens[index].lower
        return CasualtyLexicon.months.contains(lower) || (lower == "may" && tokens[index].isCapitalized)
    }

    /// "Masimov, 56, a close ally", "(56)", "aged 22".
    private func isAge(_ quantity: Quantity) -> Bool {
        let start = quantity.tokens.lowerBound
        let end = quantity.tokens.upperBound
        guard !quantity.isVague, quantity.tokens.count == 1 else { return false }
        if ["aged", "age"].contains(word(start - 1)) { return true }
        if word(start - 1) == ",", start >= 2, tokens[start - 2].isCapitalized, tokens[start - 2].kind == .word,
            end == tokens.count || [",", ")", ";", "."].contains(word(end))
        {
            return true
        }
        return word(start - 1) == "(" && word(end) == ")" && start >= 2 && tokens[start - 2].isCapitalized
    }

    private func group(of words: [String]) -> CasualtyGroup? {
        if words.contains("striking") || words.contains("strikers") { return .protesters }
        var found: [CasualtyGroup] = []
        for word in words {
            if let group = CasualtyLexicon.people[word], let group { found.append(group) }
        }
        if found.contains(.securityForces) { return .securityForces }
        if found.contains(.civilians) { return .civilians }
        if found.contains(.protesters) { return .protesters }
        if words.contains("members"), words.contains("their") || words.contains("its"),
            let source = attribution(near: 0), isSecurityBody(source)
        {
            return .securityForces
        }
        return nil
    }

    private func isSecurityBody(_ name: String) -> Bool {
        let lower = name.lowercased()
        return ["police", "security", "army", "military", "guard", "gendarmerie", "defence", "defense"].contains {
            lower.contains($0)
        }
    }

    // MARK: Categories

    private func classify(_ candidate: inout Candidate, previous: Candidate?) {
        let quantity = candidate.quantity
        if let category = objectVerbCategory(before: quantity.tokens.lowerBound) {
            if category != .troops || isTroopPhrase(candidate) {
                candidate.category = category
                if category == .troops { candidate.group = .securityForces }
                // "police shot dead at least 13 people": people the forces of order kill or wound are
                // protesters, as the annotation guidelines count them.
                if candidate.group == nil, category == .killed || category == .injured,
                    forcesActBefore(quantity.tokens.lowerBound)
                {
                    candidate.group = .protesters
                }
                return
            }
        }
        if let category = followingCategory(from: candidate.phraseEnd) {
            if category != .troops || isTroopPhrase(candidate) {
                candidate.category = category
                candidate.categoryFollows = true
                if category == .troops { candidate.group = .securityForces }
                return
            }
        }
        if let category = candidate.partitiveCategory {
            candidate.category = category
            return
        }
        let connector = word(quantity.tokens.lowerBound - 1)
        let follows = followsInheritance(candidate.phraseEnd)
        if let previous, follows, candidate.isPronounPartitive || connector == "including" {
            inherit(&candidate, from: previous)
            return
        }
        if candidate.hasNoun, isTroopPhrase(candidate), hasDeploymentCue {
            candidate.category = .troops
            candidate.group = .securityForces
            return
        }
        if !candidate.hasNoun || candidate.phraseWords == ["people"] {
            if let toll = tollCategory(before: quantity.tokens.lowerBound, previous: previous) {
                candidate.category = toll.category
                if candidate.group == nil { candidate.group = toll.group }
                if toll.isFloor, candidate.quantity.high == candidate.quantity.low { candidate.quantity.high = nil }
                return
            }
        }
        // "and two in Itahari", "up from 7,939": a bare count continues the one before. A count with a noun of
        // its own ("clashes between 500 protesters and 300 police") is another group, not more of the same.
        let fromBefore = connector != "from" || ["up", "down"].contains(word(quantity.tokens.lowerBound - 2))
        if let previous, follows, fromBefore, CasualtyLexicon.connectors.contains(connector),
            !candidate.hasNoun || candidate.phraseWords.last == "others"
        {
            inherit(&candidate, from: previous)
        }
    }

    private func inherit(_ candidate: inout Candidate, from previous: Candidate) {
        candidate.category = previous.category
        if candidate.group == nil { candidate.group = previous.group }
    }

    /// Whether the police, soldiers or security forces are the subject of the verb just before `start`.
    private func forcesActBefore(_ start: Int) -> Bool {
        var index = start - 1
        while index >= 0, index >= start - 7 {
            if tokens[index].kind == .punctuation { return false }
            if ["police", "soldiers", "troops", "forces", "army", "policemen", "officers"].contains(word(index)) {
                return true
            }
            index -= 1
        }
        return false
    }

    /// Whether the count names troops, or names nothing in a sentence about troops.
    private func isTroopPhrase(_ candidate: Candidate) -> Bool {
        if candidate.hasNoun {
            return candidate.phraseWords.contains { CasualtyLexicon.troopNouns.contains($0) }
        }
        return mentionsTroops
    }

    /// "killing at least 14", "sent in some 2,500", "the deaths of 12", "among those detained are several".
    private func objectVerbCategory(before start: Int) -> CasualtyCategory? {
        var index = start - 1
        // "killing all 176", "arrested another 40", "detained a further 30".
        while ["all", "another", "further", "additional", "a", "an"].contains(word(index)), index >= start - 2 {
            index -= 1
        }
        if ["in", "off", "out", "up"].contains(word(index)),
            let category = CasualtyLexicon.objectVerbs[word(index - 1)], category == .troops
        {
            return category
        }
        if word(index) == "up", word(index - 1) == "rounded" { return .detained }
        if word(index) == "dead", word(index - 1) == "shot" { return .killed }
        if let category = CasualtyLexicon.objectVerbs[word(index)] { return category }
        if word(index) == "of", let category = CasualtyLexicon.ofNouns[word(index - 1)] { return category }
        if ["are", "were", "is", "was", "include", "included", "includes"].contains(word(index)) {
            index -= 1
            if let category = CasualtyLexicon.triggers[word(index)] ?? heldCategory(word(index)),
                ["those", "the"].contains(word(index - 1))
            {
                return category
            }
        }
        return nil
    }

    private func heldCategory(_ word: String) -> CasualtyCategory? {
        word == "held" ? .detained : nil
    }

    /// The casualty word that follows a counted phrase: "were killed", "had been detained", "were among those
    /// held", "were in hospital", "were treated for injuries", "lost their lives". A comma may set off an
    /// aside first ("dozens of people, several of them police officers, needed hospital treatment").
    private func followingCategory(from start: Int) -> CasualtyCategory? {
        if let category = directCategory(from: start) { return category }
        guard word(start) == "," else { return nil }
        if let category = directCategory(from: start + 1) { return category }
        var index = start + 1
        while index < min(tokens.count, start + 10) {
            if word(index) == "," { return directCategory(from: index + 1) }
            if [".", ";"].contains(word(index)) { return nil }
            index += 1
        }
        return nil
    }

    private func directCategory(from start: Int) -> CasualtyCategory? {
        var index = start
        var sawBeing = false
        var sawAuxiliary = false
        while index < min(tokens.count, start + 7) {
            let lower = word(index)
            if let category = phraseCategory(at: index, beingTreated: sawBeing, afterAuxiliary: sawAuxiliary) {
                return category
            }
            if CasualtyLexicon.auxiliaries.contains(lower) || (lower.hasSuffix("ly") && lower.count > 4) {
                if lower == "being" { sawBeing = true }
                sawAuxiliary = true
                index += 1
                continue
            }
            return nil
        }
        return nil
    }

    private func phraseCategory(at index: Int, beingTreated: Bool, afterAuxiliary: Bool) -> CasualtyCategory? {
        let lower = word(index)
        let next = word(index + 1)
        switch lower {
        case "shot":
            return ["dead", "and"].contains(next) ? .killed : .injured
        case "lost":
            return ["their", "his", "her"].contains(next) && word(index + 2) == "lives" ? .killed : nil
        case "held":
            return afterAuxiliary ? .detained : nil
        case "treated":
            return beingTreated ? .hospitalized : .injured
        case "in":
            if ["hospital", "hospitals"].contains(next) { return .hospitalized }
            if next == "intensive" { return .hospitalized }
            // "in critical condition", "in a serious condition".
            if (1...3).contains(where: { ["critical", "serious"].contains(word(index + $0)) }) { return .hospitalized }
            if ["custody", "detention", "jail", "prison"].contains(next) { return .detained }
            return nil
        case "behind":
            return next == "bars" ? .detained : nil
        case "taken":
            if next == "into" && word(index + 2) == "custody" { return .detained }
            if next == "to" && ["hospital", "hospitals"].contains(word(index + 2)) { return .hospitalized }
            return nil
        case "brought", "rushed", "needed", "required", "received", "suffered", "sustained", "admitted":
            for offset in 1...4 {
                switch word(index + offset) {
                case "injuries", "wounds", "injured", "wounded", "burns": return .injured
                case "hospital", "treatment": return .hospitalized
                default: continue
                }
            }
            return lower == "admitted" ? .hospitalized : nil
        default:
            return CasualtyLexicon.triggers[lower]
        }
    }

    /// Whether what follows a count lets it borrow an earlier count's category.
    private func followsInheritance(_ index: Int) -> Bool {
        guard index < tokens.count else { return true }
        if tokens[index].kind == .punctuation { return true }
        return CasualtyLexicon.inheritanceFollowers.contains(tokens[index].lower)
    }

    /// "put the death toll at 46", "the toll rose to 15", "the number of dead at 41", "the figure at 7,939",
    /// "the total force would number about 2,500". Also says whether the count is a floor ("the toll passed
    /// 300") and the group the words before it name ("the number of injured police at 440").
    private func tollCategory(
        before start: Int,
        previous: Candidate?
    ) -> (category: CasualtyCategory, isFloor: Bool, group: CasualtyGroup?)? {
        var index = start - 1
        var window: [String] = []
        while index >= 0, index >= start - 14 {
            let token = tokens[index]
            if token.kind == .punctuation && [".", ";", ",", ":"].contains(token.lower) { break }
            if let previous, previous.quantity.tokens.contains(index) { break }
            window.append(token.lower)
            index -= 1
        }
        if window.contains(where: { ["number", "numbered", "numbering"].contains($0) }),
            hasForceNoun,
            !window.contains("of")
        {
            return (.troops, false, .securityForces)
        }
        let isFloor = ["passed", "passes", "exceeded", "exceeds", "topped", "tops", "surpassed", "surpasses"]
            .contains(word(start - 1))
        let group = self.group(of: window.filter { $0 != "people" })
        if window.contains("toll") {
            for word in window {
                if let category = CasualtyLexicon.triggers[word], category != .killed, category != .troops {
                    return (category, isFloor, group)
                }
            }
            return (.killed, isFloor, group)
        }
        guard window.contains(where: { ["number", "figure", "total", "tally", "count"].contains($0) }) else {
            return nil
        }
        for word in window {
            if let category = CasualtyLexicon.triggers[word], category != .troops { return (category, isFloor, group) }
        }
        guard let category = previous?.category ?? context.previousCategory else { return nil }
        return (category, isFloor, group)
    }

    // MARK: Single people

    /// "a 26-year-old man died", "A second man, Alexander Vikhor, died in custody", "Alexander Taraikovsky was
    /// killed", "A young woman suffered a broken jaw": one person killed or injured.
    private func singlePersonFigures() -> [CasualtyFigure] {
        var figures: [CasualtyFigure] = []
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard let (category, subjectEnd, isViolent) = singleVerb(at: index) else { continue }
            guard let (group, start) = singleSubject(endingAt: subjectEnd, violent: isViolent, verb: index) else {
                continue
            }
            let quantity = Quantity(
                low: 1,
                high: 1,
                isApproximate: false,
                tokens: start..<(index + 1),
                coreStart: start,
                isVague: false,
                couldBeYear: false
            )
            let candidate = Candidate(
                quantity: quantity,
                phraseEnd: index + 1,
                phraseWords: [],
                hasNoun: true,
                isPronounPartitive: false,
                category: category,
                group: group ?? (hasProtestCue ? .protesters : .unspecified)
            )
            figures.append(figure(candidate, category: category, placeLimit: Int.max, dateFloor: 0))
        }
        return figures
    }

    /// The verb of a single casualty at `index`, the last token of its subject, and whether it names violence.
    private func singleVerb(at index: Int) -> (CasualtyCategory, Int, Bool)? {
        let lower = word(index)
        if lower == "died" {
            let violent = ["custody", "injuries", "wounds"].contains(word(index + 2)) || word(index + 1) == "after"
            return (.killed, index - 1, violent)
        }
        if ["suffered", "sustained"].contains(lower) {
            for offset in 1...3
            where ["broken", "fractured", "injuries", "wounds", "wound", "burns", "gunshot", "concussion"]
                .contains(word(index + offset))
            {
                return (.injured, index - 1, true)
            }
            return nil
        }
        guard word(index - 1) == "was" || (word(index - 1) == "been" && ["has", "had"].contains(word(index - 2)))
        else { return nil }
        let subjectEnd = word(index - 1) == "was" ? index - 2 : index - 3
        switch lower {
        case "killed", "murdered", "executed", "slain":
            return (.killed, subjectEnd, true)
        case "shot", "beaten", "stabbed":
            if word(index + 1) == "dead" || (word(index + 1) == "to" && word(index + 2) == "death")
                || (word(index + 1) == "and" && word(index + 2) == "killed")
            {
                return (.killed, subjectEnd, true)
            }
            return lower == "shot" ? nil : nil
        case "injured", "wounded", "hurt":
            return (.injured, subjectEnd, true)
        default:
            return nil
        }
    }

    /// The subject of a single casualty ending at `end`: "a 26-year-old man", "A second man, Alexander
    /// Vikhor,", or a capitalised name when the verb names violence. Returns its group and first token.
    private func singleSubject(endingAt end: Int, violent: Bool, verb: Int) -> (CasualtyGroup?, Int)? {
        guard end >= 0 else { return nil }
        if inQuantity[end] { return nil }
        var last = end
        var appositive: Range<Int>?
        if word(last) == "," {
            // Skip an aside set off by commas: ", Marcelo Agredo,".
            var index = last - 1
            while index >= 0, index >= last - 7, word(index) != "," { index -= 1 }
            guard index >= 0, word(index) == "," else { return nil }
            appositive = (index + 1)..<last
            last = index - 1
        }
        // "a 17-year-old", "a special forces officer", "A young woman".
        var index = last
        var sawNoun: CasualtyGroup??
        while index >= 0, index >= last - 5 {
            let lower = word(index)
            if index == last {
                if CasualtyLexicon.singularPeople.contains(lower) {
                    sawNoun = .some(CasualtyLexicon.people[lower] ?? nil)
                } else if lower.hasSuffix("-year-old") {
                    sawNoun = .some(nil)
                } else {
                    break
                }
            } else if ["a", "an"].contains(lower) {
                guard let sawNoun else { break }
                var group = sawNoun
                for word in tokens[index...last].map(\.lower) {
                    if let found = CasualtyLexicon.people[word], let found, found == .securityForces { group = found }
                }
                return (group, index)
            } else if tokens[index].kind != .word || CasualtyLexicon.functionWords.contains(lower) {
                break
            }
            index -= 1
        }
        // A name: two or more capitalised words right before the verb or inside the aside.
        guard violent else { return nil }
        let nameRange = appositive ?? ((max(0, end - 3))..<(end + 1))
        var names = 0
        var first = nameRange.upperBound
        for index in nameRange.reversed() {
            let token = tokens[index]
            guard token.kind == .word, token.isCapitalized, !CasualtyLexicon.functionWords.contains(token.lower)
            else { break }
            names += 1
            first = index
        }
        guard names >= 2, !tokens[first..<nameRange.upperBound].contains(where: { isPlace($0) }) else { return nil }
        return (nil, first)
    }

    private func isPlace(_ token: CountToken) -> Bool {
        context.places.contains { $0.range.contains(token.range.lowerBound) }
    }

    // MARK: Figures

    private func figure(
        _ candidate: Candidate,
        category: CasualtyCategory,
        placeLimit: Int,
        dateFloor: Int
    ) -> CasualtyFigure {
        let quantity = candidate.quantity
        let startToken = quantity.tokens.lowerBound
        let position = tokens[startToken].range.lowerBound
        var group = candidate.group ?? .unspecified
        if group == .unspecified, category != .troops, victimsOfForce { group = .protesters }
        if category == .troops { group = .securityForces }
        return CasualtyFigure(
            category: category,
            group: group,
            low: quantity.low,
            high: quantity.high,
            isApproximate: quantity.isApproximate,
            location: location(near: position, within: dateFloor..<placeLimit, isTroops: category == .troops),
            asOf: asOf(near: startToken, after: dateFloor, phraseEnd: candidate.phraseEnd),
            attributedTo: attribution(near: startToken) ?? context.passageAuthor,
            quote: sentence.text,
            start: sentence.start,
            end: sentence.end
        )
    }

    /// Whether the sentence says the forces of order did the killing ("killed by the security forces",
    /// "police opened fire on striking oil workers"), which makes an unnamed group of victims protesters.
    private func findVictimsOfForce() -> Bool {
        for index in tokens.indices {
            let lower = tokens[index].lower
            if lower == "by" {
                var scan = index + 1
                if word(scan) == "the" { scan += 1 }
                if ["police", "security", "soldiers", "troops", "army", "riot"].contains(word(scan)) { return true }
            }
            if lower == "fire" || lower == "fired", word(index + 1) == "on" {
                for offset in 2...5 {
                    let target = word(index + offset)
                    if target == "striking" { return true }
                    if let group = CasualtyLexicon.people[target], group == .protesters { return true }
                }
            }
        }
        return false
    }

    /// Where a count was made: the first place named after it in its clause ("killed in Minsk"), else the last
    /// one before it since the previous count, else the article's main place. An outlet's home ("the
    /// Oslo-based group") and where people or troops come from ("pulled from the Nile", "troops from Russia")
    /// are not where the count was made.
    private func location(near position: Int, within span: Range<Int>, isTroops: Bool) -> String? {
        let usable = context.places.filter { place in
            guard span.contains(place.range.lowerBound) || place.range.lowerBound < position else { return false }
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].range.upperBound <= place.range.lowerBound { low = middle + 1 } else { high = middle }
            }
            guard low < tokens.count, tokens[low].range.lowerBound == place.range.lowerBound,
                !tokens[low].lower.contains("-") || tokens[low].range.upperBound == place.range.upperBound
            else { return false }
            return word(low - 1) != "from" && !(word(low - 1) == "the" && word(low - 2) == "from")
        }
        if let after = usable.filter({ $0.range.lowerBound >= position && $0.range.lowerBound < span.upperBound })
            .min(by: { $0.range.lowerBound < $1.range.lowerBound })
        {
            return after.name
        }
        // The place before a troop count is the country that sends them ("Russia sent in 2,500 troops").
        if isTroops { return context.defaultLocation }
        let before = usable.filter { $0.range.lowerBound < position && $0.range.lowerBound >= span.lowerBound }.max {
            $0.range.lowerBound < $1.range.lowerBound
        }
        return before?.name ?? context.defaultLocation
    }

    /// Whether a date stands between the previous count and the next one, so the count is dated on its own
    /// rather than by the count it is coordinated with.
    private func hasOwnDate(from floor: Int, to limit: Int) -> Bool {
        context.times.contains { $0.range.lowerBound >= floor && $0.range.lowerBound < limit }
    }

    /// The day a count is as of: the date of the statement that gives it ("said on Friday that ..."), else the
    /// date written nearest to it in its own clause ("killed in Minsk on August 10", the end of "between
    /// August 9 and August 12"), else the anchor. Dates that only start a period ("since Friday", "clashes
    /// that began on Monday") do not date a count.
    private func asOf(near tokenIndex: Int, after floor: Int, phraseEnd: Int) -> DateValue? {
        let times = context.times.sorted { $0.range.lowerBound < $1.range.lowerBound }
        func token(at position: Int) -> Int? {
            var low = 0
            var high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].range.upperBound <= position { low = middle + 1 } else { high = middle }
            }
            return low < tokens.count ? low : nil
        }
        func value(of index: Int) -> DateValue {
            let mention = times[index]
            if mention.to == nil, let first = token(at: mention.range.lowerBound),
                ["between", "from"].contains(word(first - 1)), index + 1 < times.count,
                let last = token(at: mention.range.upperBound - 1),
                let next = token(at: times[index + 1].range.lowerBound),
                next - last <= 2, ["and", "to", "until"].contains(word(last + 1))
            {
                return times[index + 1].to ?? times[index + 1].value
            }
            return mention.to ?? mention.value
        }
        // "up from 7,939 a day earlier": a date right after the count is its own.
        for (index, mention) in times.enumerated() {
            if let first = token(at: mention.range.lowerBound), first == phraseEnd, first > tokenIndex {
                return value(of: index)
            }
        }
        // "the toll now stands at 227": the count is as of the day it is told.
        if (max(0, tokenIndex - 4)..<tokenIndex).contains(where: { ["now", "currently"].contains(word($0)) }) {
            return context.anchor.map { DateValue($0) }
        }
        if let verb = speechVerbs.last(where: { $0 < tokenIndex }) {
            for (index, mention) in times.enumerated() {
                guard let first = token(at: mention.range.lowerBound) else { continue }
                if first == verb + 1 || first == verb + 2 { return value(of: index) }
            }
        }
        let position = tokens[tokenIndex].range.lowerBound
        var best: (index: Int, distance: Int)?
        for (index, mention) in times.enumerated() {
            guard mention.range.lowerBound >= floor || mention.range.contains(position) else { continue }
            if mention.surface.lowercased().hasPrefix("since") { continue }
            if let first = token(at: mention.range.lowerBound),
                ["since", "began", "begun", "started", "erupted", "until", "till"].contains(word(first - 1))
                    || ["since", "began", "begun", "started", "erupted"].contains(word(first - 2))
            {
                continue
            }
            let gap = distance(mention.range, position)
            if best == nil || gap < best!.distance { best = (index, gap) }
        }
        if let best { return value(of: best.index) }
        return context.anchor.map { DateValue($0) }
    }

    private func distance(_ range: Range<Int>, _ position: Int) -> Int {
        if range.contains(position) { return 0 }
        return range.lowerBound > position ? range.lowerBound - position : position - range.upperBound
    }

    // MARK: Attribution

    /// The source of counts near `tokenIndex`: "according to X", or the speaker of the nearest "said".
    func attribution(near tokenIndex: Int) -> String? {
        if let agent = agent(after: tokenIndex) { return agent }
        if let accordingTo { return accordingTo }
        // The nearest speech verbs before the count, then after it in the same clause; a few of each are enough.
        var low = 0
        var high = speechVerbs.count
        while low < high {
            let middle = (low + high) / 2
            if speechVerbs[middle] < tokenIndex { low = middle + 1 } else { high = middle }
        }
        let before = speechVerbs[max(0, low - 3)..<low].reversed()
        let boundary = clauseEnds[tokenIndex]
        let after = speechVerbs[low..<min(speechVerbs.count, low + 3)].filter { $0 < boundary }
        for verb in Array(before) + after {
            if let name = subject(of: verb) { return name }
        }
        return nil
    }

    /// "the figure of 164 deaths reported yesterday by state media": the agent of a passive report after the count.
    private func agent(after tokenIndex: Int) -> String? {
        var index = tokenIndex + 1
        while index < min(tokens.count, tokenIndex + 8) {
            if tokens[index].kind == .punctuation { return nil }
            if ["reported", "published", "announced", "released", "given", "provided", "compiled"]
                .contains(word(index))
            {
                for offset in 1...3 where word(index + offset) == "by" {
                    var end = index + offset + 1
                    while end < min(tokens.count, index + offset + 6), tokens[end].kind != .punctuation,
                        !["in", "on", "at", "was", "were", "is", "as", "and", "that"].contains(word(end))
                    {
                        end += 1
                    }
                    return name(in: (index + offset + 1)..<end)
                }
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The speaker of the speech verb at `verb`: the noun phrase before it ("The interior ministry said"), the
    /// name in an aside ("A police spokeswoman, Saltanat Azirbek, told"), the phrase before an aside
    /// ("Khabar-24, citing the city's emergency command, said"), or the name after it ("said Galym Orazbayev").
    private func subject(of verb: Int) -> String? {
        if word(verb - 1) == ",", let name = nameAfter(verb) { return name }
        var end = verb
        while ["has", "had", "have", "also", "reportedly", "later", "then", "last"].contains(word(end - 1)) {
            end -= 1
        }
        if word(end - 1) == "," {
            var comma = end - 2
            while comma >= 0, comma >= end - 12, word(comma) != "," { comma -= 1 }
            guard comma >= 0, word(comma) == "," else { return nil }
            let aside = (comma + 1)..<(end - 1)
            if aside.count >= 2, aside.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) {
                return name(in: aside)
            }
            end = comma
        }
        var start = end
        while start > 0 {
            let previous = tokens[start - 1]
            if previous.lower == ")" {
                // "The National Human Rights Institute (INDH)".
                var open = start - 2
                while open >= 0, open >= start - 6, word(open) != "(" { open -= 1 }
                guard open >= 0, word(open) == "(" else { break }
                start = open
                continue
            }
            if previous.kind == .punctuation { break }
            if [
                "that", "and", "but", "while", "when", "which", "who", "as", "after", "if", "because", "had", "has",
                "have", "was", "were", "is", "are", "will", "would", "also",
            ]
            .contains(previous.lower) || CasualtyLexicon.speechVerbs.contains(previous.lower) {
                break
            }
            if end - start >= 8 { break }
            start -= 1
        }
        if end - start == 1, ["it", "they"].contains(word(start)) { return context.previousSource }
        if start == end { return nameAfter(verb) }
        return name(in: start..<end)
    }

    /// "... ,\" said Galym Orazbayev": a capitalised name right after the verb.
    private func nameAfter(_ verb: Int) -> String? {
        guard verb + 1 < tokens.count, tokens[verb + 1].kind == .word, tokens[verb + 1].isCapitalized,
            !["The", "A", "An", "On", "In", "It", "He", "She", "They"].contains(tokens[verb + 1].text)
        else { return nil }
        var last = verb + 1
        while last + 1 < min(tokens.count, verb + 5), tokens[last + 1].kind == .word, tokens[last + 1].isCapitalized {
            last += 1
        }
        return name(in: (verb + 1)..<(last + 1))
    }

    private func findAccordingTo() -> String? {
        // "New figures from the interior ministry: 26 ... killed".
        if let colon = tokens.indices.first(where: { word($0) == ":" }), colon < 12,
            let from = (0..<colon).first(where: {
                word($0) == "from" && ["figures", "figure", "data", "numbers", "statistics"].contains(word($0 - 1))
            }),
            let name = name(in: (from + 1)..<colon)
        {
            return name
        }
        for index in tokens.indices where word(index) == "according" && word(index + 1) == "to" {
            var end = index + 2
            while end < tokens.count, end < index + 12, tokens[end].kind == .word || tokens[end].lower == "-" {
                end += 1
            }
            if let name = name(in: (index + 2)..<end) { return ["reports", "sources"].contains(name) ? nil : name }
        }
        return nil
    }

    /// The source named by a run of tokens: a known actor inside it, else the words without a leading article.
    private func name(in range: Range<Int>) -> String? {
        guard !range.isEmpty else { return nil }
        let lowerBound = tokens[range.lowerBound].range.lowerBound
        let upperBound = tokens[range.upperBound - 1].range.upperBound
        if let actor = context.actors.last(where: {
            $0.range.lowerBound >= lowerBound && $0.range.upperBound <= upperBound
        }) {
            return actor.name
        }
        var words = tokens[range].filter { $0.kind != .punctuation || ["-", ")"].contains($0.lower) }
        while let first = words.first,
            ["the", "a", "an", "one", "its", "their", "his", "her", "some", "two", "several"].contains(first.lower)
                || first.kind == .number
        {
            words.removeFirst()
        }
        guard let first = words.first,
            !["he", "she", "it", "they", "we", "i", "you", "this", "that"].contains(first.lower)
                || words.count > 1
        else { return nil }
        guard let last = words.last else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[first.range.lowerBound..<last.range.upperBound])
        return String(view)
    }
}
