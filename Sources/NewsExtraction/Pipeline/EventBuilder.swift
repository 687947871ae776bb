/// Everything the event builder knows about one sentence.
struct SentenceContext: Sendable {
    let sentence: Sentence
    /// The sentence's Unicode scalars and its words, numbers and marks: read once per sentence and shared by the
    /// temporal tagger, the event builder and the figure finder, each of which read them again before.
    let scalars: [Unicode.Scalar]
    let tokens: [TimeToken]
    /// The day the sentence is written from: the passage's anchor, else the dateline day, else publication.
    var anchor: Day?
    var passageKind: PassageKind
    /// The author of the embedded post holding the sentence, if any.
    var passageAuthor: String?
    var times: [TimeMention]
    var actors: [ActorMention]
    var places: [PlaceMention]
    /// Whether the sentence before, in the same passage, opens with protests as its subject ("Strikes shut
    /// the ports on Monday."): "they" then stands for them.
    var continuesProtest = false

    init(
        sentence: Sentence,
        anchor: Day?,
        passageKind: PassageKind = .body,
        passageAuthor: String? = nil,
        times: [TimeMention] = [],
        actors: [ActorMention] = [],
        places: [PlaceMention] = [],
        scalars: [Unicode.Scalar]? = nil,
        tokens: [TimeToken]? = nil
    ) {
        self.sentence = sentence
        let scalars = scalars ?? Array(sentence.text.unicodeScalars)
        self.scalars = scalars
        self.tokens = tokens ?? TimeToken.tokenize(scalars)
        self.anchor = anchor
        self.passageKind = passageKind
        self.passageAuthor = passageAuthor
        self.times = times
        self.actors = actors
        self.places = places
    }
}

/// Turns event triggers into dated events with their actors and place.
///
/// One event is built per trigger clause (a phrase of `EventLexicon`), at most one per type and date in a
/// sentence (one per speaker for statements). Triggers inside direct quotes, negated, modal or future ("will
/// resign", "to disperse"), accusations ("suspected of looting") and nouns that only refer to an event ("the
/// terms of his resignation", "protest movement") make no event. Its date follows the corpus conventions:
///
/// - A time mention in the sentence dates the event (`date_basis: text`): the nearest one in the same clause.
///   A contrast ("but", "while") separates clauses; a relative or temporal clause ("who stepped aside in 2019",
///   "after the cap was lifted on January 1") keeps its time to itself; a possessive ("Sunday's election")
///   dates only its noun. A time attached to a speech verb ("said on Sunday that ...") dates the statement, and
///   the reported content only when that has no time of its own; counts reported that way ("said on Sunday that
///   5,800 people had been detained") are the statement, not events.
/// - Without one, the event is the day's news and takes the sentence's anchor (`date_basis: publication`),
///   unless it is background: past perfect ("had resigned") or a relative clause ("who fled"), which is
///   dropped. Events dated after the anchor are plans and are dropped too.
/// - A statement ("said", "told", "warned") is an event only for a named speaker (a person, organisation or
///   state from the actor mentions; "he" continues the person named last), never for the author of the
///   embedded post it sits in nor for a private person quoted with age and occupation.
/// - Its participants and place are those of its clause: a temporal clause ("two days after the governor
///   appealed for aid") keeps its actors and place to itself, and a state sending troops or asking for help is
///   not where the event happens. "They" after a sentence that opens with protests, and a second verb of their
///   course ("started in the port on Monday and spread to the valley on Wednesday"), are protests of their own.
struct EventBuilder: Sendable {
    var lexicon: EventLexicon = .builtIn

    /// The events of a whole document, in text order. A statement continued in the next sentence by the same
    /// speaker, an event detailed in the next sentence, and a sentence repeated word for word count once.
    func events(in contexts: [SentenceContext], defaultLocation: String?) -> [ExtractedEvent] {
        var sequence = EventSequence(builder: self, defaultLocation: defaultLocation)
        for context in contexts { sequence.add(context) }
        return sequence.events
    }

    /// The events of a document built a sentence at a time, in text order (see `events(in:defaultLocation:)`):
    /// it keeps only the sentence before, the person named last and the events so far.
    struct EventSequence: Sendable {
        let builder: EventBuilder
        let defaultLocation: String?
        private(set) var events: [ExtractedEvent] = []
        private var seen: Set<String> = []
        private var previous: SentenceContext?
        private var previousEvents: [ExtractedEvent] = []
        private var lastPerson: ActorMention?

        init(builder: EventBuilder = EventBuilder(), defaultLocation: String?) {
            self.builder = builder
            self.defaultLocation = defaultLocation
        }

        /// Adds the events of the next sentence.
        mutating func add(_ context: SentenceContext) {
            var context = context
            if previous?.sentence.passage != context.sentence.passage { previousEvents = [] }
            if let previous, previous.sentence.passage == context.sentence.passage {
                context.continuesProtest = EventBuilder.opensWithProtests(previous.tokens)
            }
            // "He said ...": a sentence that opens with a pronoun and names no person continues with the person
            // named last.
            let pronounRange =
                context.actors.contains { $0.kind == .person } ? nil : builder.pronoun(in: context.tokens)
            if let lastPerson, let pronounRange {
                context.actors.insert(
                    ActorMention(
                        name: lastPerson.name,
                        kind: .person,
                        surface: String(String.UnicodeScalarView(context.scalars[pronounRange])),
                        range: pronounRange
                    ),
                    at: 0
                )
            }
            if let person = context.actors.last(where: { $0.kind == .person }) { lastPerson = person }
            previous = context
            var current: [ExtractedEvent] = []
            for event in builder.events(in: context, defaultLocation: defaultLocation) {
                // The next sentence of a paragraph often details the same event ("The protests turned violent on
                // Friday. Several stations were set ablaze."): same type, date and place is the same event.
                if event.type != .statement, event.dateBasis == .text,
                    previousEvents.contains(where: {
                        $0.type == event.type && $0.date == event.date && $0.location == event.location
                    })
                {
                    continue
                }
                // A speaker quoted again in the next sentence, about nobody new, goes on with the same claim ("“...,”
                // he said.").
                if event.type == .statement,
                    previousEvents.contains(where: {
                        $0.type == .statement && $0.actors.first == event.actors.first && $0.date == event.date
                            && Set(event.actors).isSubset(of: $0.actors)
                    })
                {
                    current.append(event)
                    continue
                }
                current.append(event)
                let key: String
                if event.type == .statement {
                    key = "statement|\(event.actors.first ?? "")|\(event.date?.iso ?? "")|\(event.quote)"
                } else {
                    key = "\(event.type.rawValue)|\(event.date?.iso ?? "")|\(event.location ?? "")|\(event.quote)"
                }
                guard seen.insert(key).inserted else { continue }
                events.append(event)
            }
            previousEvents = current
        }
    }

    /// Where "he" or "she" first stands in a sentence, as Unicode-scalar offsets.
    func pronoun(in tokens: [TimeToken]) -> Range<Int>? {
        tokens.first { $0.lower == "he" || $0.lower == "she" }?.range
    }

    /// Plural protest nouns that "they" can stand for in the next sentence.
    static let protestSubjects: Set<String> = [
        "protests", "demonstrations", "rallies", "strikes", "marches", "walkouts",
    ]

    /// Whether a sentence has a plural protest noun among its first words, where its subject stands ("The
    /// strikes closed ...", "Rallies against the reform grew ...").
    static func opensWithProtests(_ tokens: [TimeToken]) -> Bool {
        tokens.lazy.filter { $0.kind == .word }.prefix(4).contains { protestSubjects.contains($0.lower) }
    }

    /// The events of one sentence.
    func events(in context: SentenceContext, defaultLocation: String?) -> [ExtractedEvent] {
        let scalars = context.scalars
        let tokens = context.tokens
        guard !tokens.isEmpty else { return [] }
        let clause = ClauseReader(tokens: tokens)
        let triggers = findTriggers(tokens, context: context, clause: clause)
        let timeSpans = context.times.map { clause.tokenSpan(of: $0.range) }
        // Times attached to a speech verb ("said on Sunday") and the speech verb they belong to.
        var claimed: [Int: Int] = [:]
        for trigger in triggers where trigger.type == .statement {
            for (index, span) in timeSpans.enumerated() where clause.isAttached(span, toSpeech: trigger.range) {
                claimed[index] = claimed[index] ?? trigger.range.lowerBound
            }
        }
        var events: [ExtractedEvent] = []
        var seen: Set<String> = []
        for trigger in triggers {
            var speaker: ActorMention?
            if trigger.type == .statement {
                guard let found = self.speaker(for: trigger.range, context: context, clause: clause) else { continue }
                speaker = found
            }
            // Choose the time mention.
            var candidates: [Int] = []
            if trigger.type == .statement {
                candidates = timeSpans.indices.filter { claimed[$0] == trigger.range.lowerBound }
            } else {
                candidates = timeSpans.indices.filter { index in
                    guard let owner = claimed[index] else { return true }
                    return owner > trigger.range.lowerBound
                }
                if candidates.isEmpty { candidates = Array(timeSpans.indices) }
            }
            // A contrast ("but", "while") or a semicolon starts a clause with its own time; so does a relative or
            // temporal clause ("who stepped aside in 2019", "after the cap was lifted on January 1"), whose time
            // does not date the words outside it. A possessive time ("Sunday's election") dates only its noun.
            let head = trigger.range.lowerBound..<trigger.range.lowerBound + 1
            // A phrase that reaches into a clause ("the unrest, which began") belongs to it by its last word.
            let tail = trigger.range.upperBound - 1..<trigger.range.upperBound
            let triggerClause = clause.subordinateClause(containing: tail)
            candidates = candidates.filter { index in
                let span = timeSpans[index]
                // A mention's last word places it: "a day after" belongs to the clause "after" opens.
                let last = max(span.lowerBound, span.upperBound - 1)..<max(span.lowerBound, span.upperBound - 1) + 1
                if clause.isSeparated(span, head) { return false }
                // "after the 2018 elections" is a time phrase of the main clause, not a clause of its own.
                if let subordinate = clause.subordinateClause(containing: last), !subordinate.overlaps(trigger.range),
                    !(["after", "before", "until"].contains(clause.tokens[subordinate.lowerBound].lower)
                        && span.lowerBound - subordinate.lowerBound <= 2)
                {
                    return false
                }
                // A relative or "after" clause has its own time; a "when" or "where" clause shares the sentence's
                // ("on May 9, when Rajapaksa resigned").
                if let triggerClause, !triggerClause.contains(last.lowerBound),
                    !["when", "where"].contains(clause.tokens[triggerClause.lowerBound].lower)
                {
                    return false
                }
                if isPossessive(context.times[index], in: scalars) {
                    return head.lowerBound >= span.upperBound && head.lowerBound - span.upperBound <= 2
                }
                return true
            }
            // "started in the port on March 3 and spread to the valley a week on": a time before the "and"
            // dates the first verb; the second takes its own when it has one.
            if trigger.isCoordinated,
                candidates.contains(where: { timeSpans[$0].lowerBound >= trigger.range.upperBound })
            {
                candidates = candidates.filter { timeSpans[$0].lowerBound >= trigger.range.upperBound }
            }
            let chosen = candidates.min { lhs, rhs in
                clause.distance(timeSpans[lhs], trigger.range) < clause.distance(timeSpans[rhs], trigger.range)
            }
            var date: DateValue?
            var dateTo: DateValue?
            var basis: DateBasis
            if let chosen {
                // A count reported by a speaker ("the ministry said on Sunday that 5,800 people had been detained")
                // is the speaker's statement, not an event dated by it.
                if let owner = claimed[chosen], owner < trigger.range.lowerBound,
                    [.arrest, .other, .protest, .clash, .riot, .crackdown].contains(trigger.type)
                {
                    continue
                }
                date = context.times[chosen].value
                dateTo = context.times[chosen].to
                basis = .text
                if let anchor = context.anchor, let date, date.firstDay > anchor, trigger.type != .statement {
                    continue  // A plan, not an event.
                }
            } else {
                guard let anchor = context.anchor, !clause.isBackground(before: trigger.range.lowerBound) else {
                    continue
                }
                date = DateValue(anchor)
                basis = .publication
            }
            // "The United Nations and the United States urged ...": one statement per speaker.
            let speakers: [ActorMention?] =
                speaker.map { [$0] + coordinated(with: $0, context: context, clause: clause) } ?? [nil]
            for speaker in speakers {
                let key = "\(trigger.type.rawValue)|\(date?.iso ?? "")|\(speaker?.name ?? "")"
                guard seen.insert(key).inserted else { continue }
                events.append(
                    ExtractedEvent(
                        date: date,
                        dateTo: dateTo,
                        dateBasis: basis,
                        type: trigger.type,
                        actors: actors(for: trigger, speaker: speaker, context: context, clause: clause),
                        location: location(for: trigger, context: context, clause: clause) ?? defaultLocation,
                        summary: summary(of: context.sentence.text, scalars: scalars),
                        quote: context.sentence.text,
                        start: context.sentence.start,
                        end: context.sentence.end
                    )
                )
            }
        }
        return events
    }

    /// Named actors joined to a speaker by "and" just before it ("the United Nations and the United States").
    func coordinated(with speaker: ActorMention, context: SentenceContext, clause: ClauseReader) -> [ActorMention] {
        let span = clause.tokenSpan(of: speaker.range)
        return context.actors.filter { other in
            guard other.kind != .group, other.name != speaker.name else { return false }
            let otherSpan = clause.tokenSpan(of: other.range)
            guard otherSpan.upperBound <= span.lowerBound else { return false }
            let between = clause.tokens[otherSpan.upperBound..<span.lowerBound].map(\.lower)
            return between == ["and"] || between == ["and", "the"]
        }
    }

    /// Event nouns that, after a preposition and a determiner ("the terms of his resignation"), only refer to the
    /// event.
    static let eventNouns: Set<String> = [
        "resignation", "resignations", "arrest", "arrests", "detention", "detentions", "clashes", "crackdown",
        "riots", "unrest", "violence", "withdrawal", "deployment", "decree", "curfew",
    ]

    /// Nouns that make "protest" or "riot" a modifier ("protest movement", "riot police").
    static let protestCompounds: Set<String> = [
        "movement", "movements", "camp", "camps", "leader", "leaders", "posters", "poster", "blockades", "blockade",
        "group", "groups", "organisers", "organizers", "site", "sites", "slogans", "songs", "vote", "votes",
        "police", "policemen", "officers", "squad", "squads", "gear", "shields", "control", "act",
    ]

    /// Whether a time mention is a possessive ("Sunday's", "yesterday’s").
    func isPossessive(_ mention: TimeMention, in scalars: [Unicode.Scalar]) -> Bool {
        if mention.surface.hasSuffix("'s") || mention.surface.hasSuffix("\u{2019}s") { return true }
        let end = mention.range.upperBound
        guard end + 1 < scalars.count else { return false }
        return (scalars[end] == "'" || scalars[end] == "\u{2019}")
            && (scalars[end + 1] == "s" || scalars[end + 1] == "S")
    }

    // MARK: Triggers

    struct FoundTrigger {
        var type: EventType
        /// Token indices.
        var range: Range<Int>
        /// A verb joined by "and" to an earlier trigger's verb, with the same subject ("started ... and spread").
        var isCoordinated = false
    }

    func findTriggers(_ tokens: [TimeToken], context: SentenceContext, clause: ClauseReader) -> [FoundTrigger] {
        // The sentence's words; also its numbers and marks, which no `requires` list holds.
        let words = clause.words
        let blocked = context.times.map(\.range) + context.actors.map(\.range)
        var found: [FoundTrigger] = []
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind == .word, let candidates = lexicon.triggersByFirstWord[token.lower],
                !blocked.contains(where: { $0.overlaps(token.range) })
            else {
                index += 1
                continue
            }
            var best: (type: EventType, end: Int)?
            for trigger in candidates {
                guard trigger.requires.isEmpty || !trigger.requires.isDisjoint(with: words),
                    let end = match(trigger.words, tokens, at: index)
                else { continue }
                if best == nil || end > best!.end { best = (trigger.type, end) }
            }
            guard let best else {
                index += 1
                continue
            }
            // "ordered the security forces not to open fire": negated inside the phrase.
            let negatedInside = (index..<best.end).contains { ClauseReader.negations.contains(tokens[$0].lower) }
            let isEvent = !clause.isNegatedOrModal(before: index) && !negatedInside
            if isEvent {
                found.append(FoundTrigger(type: best.type, range: index..<best.end))
            }
            // A phrase's last word may open the next one: in "dispatched soldiers, who landed at dawn", "soldiers"
            // ends the dispatch and begins the landing. The words of a negated phrase stay negated.
            let last = best.end - 1
            index = isEvent && last > index && lexicon.triggersByFirstWord[tokens[last].lower] != nil ? last : best.end
        }
        found = continuations(of: found, tokens, context: context)
        let timeStarts = context.times.map { clause.tokenSpan(of: $0.range).lowerBound }
        // A protest noun that is the subject of another event ("the protests turned violent") is that event; one
        // after a preposition ("died during the protests", "blamed them for the protests") only refers to it.
        return found.enumerated().filter { position, trigger in
            if clause.isQuoted(trigger.range.lowerBound) { return false }
            // "agreed on Tuesday to cut the price": the agreement is the decided event.
            if trigger.type == .other,
                ["agreed", "agrees", "agree", "decided", "voted"].contains(tokens[trigger.range.lowerBound].lower),
                position + 1 < found.count, found[position + 1].range.lowerBound - trigger.range.upperBound <= 4,
                tokens[trigger.range.upperBound..<found[position + 1].range.lowerBound].contains(where: {
                    $0.lower == "to"
                })
            {
                return false
            }
            // "announced his resignation", "announced a state of emergency": the announcement is that event.
            if trigger.type == .statement, position + 1 < found.count,
                [.resignation, .decree, .protest].contains(found[position + 1].type),
                found[position + 1].range.lowerBound - trigger.range.upperBound <= 2
            {
                return false
            }
            let start = trigger.range.lowerBound
            // "suspected of looting", "accused of arson": an accusation, not an event.
            if start >= 2, ["of", "with"].contains(tokens[start - 1].lower),
                ["suspected", "accused", "suspicion", "charged", "convicted"].contains(tokens[start - 2].lower)
            {
                return false
            }
            // "praised the governor for deploying the guard", "blamed them for organising the strike": a gerund after
            // thanks or blame points to an event already reported; it is not news of its own.
            if start >= 2, tokens[start].lower.hasSuffix("ing"), tokens[start - 1].lower == "for",
                tokens[..<(start - 1)].reversed().prefix(30).prefix(while: { ![";", "."].contains($0.lower) })
                    .contains(where: { Self.creditVerbs.contains($0.lower) })
            {
                return false
            }
            // "at least 18 people have died": a count, which the figures report.
            if trigger.type == .other, ["died", "dies", "die", "killed"].contains(tokens[start].lower),
                (max(0, start - 4)..<start).contains(where: {
                    tokens[$0].kind == .number
                        || ["people", "dozens", "hundreds", "thousands", "scores", "others"].contains(tokens[$0].lower)
                })
            {
                return false
            }
            let after = trigger.range.upperBound
            if trigger.type == .protest, trigger.range.count == 1, after + 1 < tokens.count,
                ["were", "was", "had", "have"].contains(tokens[after].lower),
                ["triggered", "sparked", "caused", "prompted", "fuelled", "fueled", "been"].contains(
                    tokens[after + 1].lower
                )
            {
                return false
            }
            // "ousted President Castillo": an adjective naming the person, not the event.
            if trigger.type == .resignation, trigger.range.count == 1, after < tokens.count,
                tokens[after].isCapitalized,
                ["ousted", "toppled", "overthrown", "deposed"].contains(tokens[start].lower)
            {
                return false
            }
            // "The detention came a day after ...": the noun points back to an event already reported.
            if trigger.range.count == 1, start >= 1, after < tokens.count,
                ["the", "this", "that"].contains(tokens[start - 1].lower),
                ["came", "comes", "followed", "follows"].contains(tokens[after].lower)
            {
                return false
            }
            // "since the protests began": background to the sentence's news.
            // "since it became independent in 1991" has a date of its own and stays.
            if start >= 1, tokens[start - 1].lower == "since" || (start >= 2 && tokens[start - 2].lower == "since"),
                !timeStarts.contains(where: { $0 >= trigger.range.upperBound && $0 <= trigger.range.upperBound + 3 })
            {
                return false
            }
            // "the protest movement", "protest camp", "riot police": a noun naming something else.
            if trigger.type == .protest || trigger.type == .riot, trigger.range.count == 1, after < tokens.count,
                Self.protestCompounds.contains(tokens[after].lower)
            {
                return false
            }
            let isNoun = trigger.type == .protest || Self.eventNouns.contains(tokens[start].lower)
            if isNoun, trigger.range.count == 1, trigger.range.lowerBound >= 2,
                ["the", "these", "those", "their", "its", "his", "her"].contains(
                    tokens[trigger.range.lowerBound - 1].lower
                ),
                Self.referringPrepositions.contains(tokens[trigger.range.lowerBound - 2].lower)
            {
                return false
            }
            guard trigger.type == .protest, trigger.range.count == 1, position + 1 < found.count else { return true }
            let next = found[position + 1]
            guard next.type != .statement, next.type != .protest else { return true }
            var gap = trigger.range.upperBound
            while gap < next.range.lowerBound,
                ["have", "has", "had", "were", "was", "also"].contains(tokens[gap].lower)
            {
                gap += 1
            }
            return gap != next.range.lowerBound
        }.map(\.element)
    }

    /// Prepositions before "the protests" and the like that make the noun refer to an event ("died during the
    /// protests", "blamed them for the protests") rather than report one. Static: built per sentence, this set was
    /// a tenth of finding triggers.
    static let referringPrepositions: Set<String> = [
        "for", "during", "over", "against", "about", "in", "on", "since", "after", "before", "of", "by", "into",
        "from", "to", "with", "at", "amid", "monitoring", "covering", "near", "around", "outside", "behind",
    ]

    /// Verbs of thanks, praise and blame, whose "for" + gerund refers to an event rather than reporting it.
    static let creditVerbs: Set<String> = [
        "thank", "thanks", "thanked", "thanking", "praise", "praised", "praises", "praising", "commended",
        "credited", "blame", "blamed", "blames", "blaming", "criticised", "criticized", "condemned", "apologised",
        "apologized", "rewarded",
    ]

    /// Verbs that carry protests from place to place ("started in the port", "spread to the valley").
    static let protestCourse: Set<String> = ["began", "started", "erupted", "spread", "reached"]

    /// Protests the lexicon cannot see in its phrases:
    /// - "they" standing for the protests of the sentence before ("By Friday they had reached the
    ///   coast.");
    /// - a second verb of their course joined by "and" to a protest's ("started in the port on Monday and spread
    ///   to the valley on Wednesday"), which has its own place and time.
    func continuations(of found: [FoundTrigger], _ tokens: [TimeToken], context: SentenceContext) -> [FoundTrigger] {
        var result = found
        func isFree(_ range: Range<Int>) -> Bool { !result.contains { $0.range.overlaps(range) } }
        /// The course verb at or after `index`, past auxiliaries and adverbs; nil when another verb follows it
        /// ("began shooting", "started to leave").
        func courseVerb(from index: Int) -> Int? {
            var cursor = index
            while cursor < tokens.count,
                Self.courseAuxiliaries.contains(tokens[cursor].lower)
            {
                cursor += 1
            }
            guard cursor < tokens.count, Self.protestCourse.contains(tokens[cursor].lower) else { return nil }
            if cursor + 1 < tokens.count {
                let next = tokens[cursor + 1]
                if next.kind == .word, next.lower.hasSuffix("ing"), !next.isCapitalized { return nil }
                if next.lower == "to", cursor + 2 < tokens.count, tokens[cursor + 2].kind == .word,
                    !tokens[cursor + 2].isCapitalized,
                    !["the", "a", "an", "other", "more", "several", "many"].contains(tokens[cursor + 2].lower)
                {
                    return nil
                }
            }
            return cursor
        }
        if context.continuesProtest {
            for index in tokens.indices where tokens[index].lower == "they" {
                guard let verb = courseVerb(from: index + 1), isFree(index..<verb + 1) else { continue }
                result.append(FoundTrigger(type: .protest, range: index..<verb + 1))
            }
        }
        result.sort { $0.range.lowerBound < $1.range.lowerBound }
        for trigger in result where trigger.type == .protest {
            var cursor = trigger.range.upperBound
            while cursor < tokens.count, cursor - trigger.range.upperBound < 12 {
                let text = tokens[cursor].lower
                if [".", ";", ",", "!", "?"].contains(text) || ClauseReader.clauseBreaks.contains(text) { break }
                if text == "and", let verb = courseVerb(from: cursor + 1), isFree(verb..<verb + 1) {
                    result.append(FoundTrigger(type: .protest, range: verb..<verb + 1, isCoordinated: true))
                    break
                }
                cursor += 1
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The end of `words` matched at `index`, or nil.
    func match(_ words: [Set<String>], _ tokens: [TimeToken], at index: Int) -> Int? {
        func rest(_ position: Int, _ cursor: Int) -> Int? {
            if position == words.count { return cursor }
            if words[position].isEmpty {
                var next = cursor
                for skipped in 0...6 {
                    if let end = rest(position + 1, next) { return end }
                    guard skipped < 6, next < tokens.count,
                        !(tokens[next].kind == .punctuation && [".", ";", "!", "?"].contains(tokens[next].lower))
                    else { break }
                    // A hyphenated compound ("Soviet-era", "state-run") is one word.
                    if next + 2 < tokens.count, tokens[next + 1].lower == "-",
                        tokens[next + 1].range.lowerBound == tokens[next].range.upperBound,
                        tokens[next + 2].range.lowerBound == tokens[next + 1].range.upperBound
                    {
                        next += 3
                    } else {
                        next += 1
                    }
                }
                return nil
            }
            guard cursor < tokens.count, words[position].contains(tokens[cursor].lower) else { return nil }
            return rest(position + 1, cursor + 1)
        }
        return rest(0, index)
    }

    // MARK: Participants

    /// The named speaker of a speech verb: the nearest named actor before it ("Tokayev said"), or right after
    /// it ("said Tokayev"); never the author of the embedded post the sentence sits in.
    func speaker(for trigger: Range<Int>, context: SentenceContext, clause: ClauseReader) -> ActorMention? {
        var best: (distance: Int, mention: ActorMention)?
        for mention in context.actors where mention.kind != .group {
            let span = clause.tokenSpan(of: mention.range)
            let distance: Int
            if span.upperBound <= trigger.lowerBound {
                distance = trigger.lowerBound - span.upperBound
                guard distance <= 16 else { continue }
            } else if span.lowerBound >= trigger.upperBound {
                // "said Tokayev"; but in "his lawyer said he would appeal", "he" is not the speaker.
                distance = span.lowerBound - trigger.upperBound
                guard distance <= 2, !["he", "she"].contains(mention.surface.lowercased()) else { continue }
            } else {
                continue
            }
            if best == nil || distance < best!.distance { best = (distance, mention) }
        }
        guard let mention = best?.mention else { return nil }
        // "Tomás Aravena, 22, a law student": an age and a description mark a private person quoted for colour.
        let span = clause.tokenSpan(of: mention.range)
        let tokens = clause.tokens
        if span.upperBound + 3 < tokens.count, tokens[span.upperBound].lower == ",",
            tokens[span.upperBound + 1].kind == .number, tokens[span.upperBound + 2].lower == ",",
            ["a", "an"].contains(tokens[span.upperBound + 3].lower)
        {
            return nil
        }
        if context.passageKind == .embeddedPost, let author = context.passageAuthor,
            author.lowercased() == mention.name.lowercased() || author.lowercased() == mention.surface.lowercased()
        {
            return nil
        }
        return mention
    }

    /// Generic groups and the words that name them.
    static let groups: [(words: [String], name: String)] = [
        (
            ["protesters", "protestors", "demonstrators", "rioters", "marchers", "crowd", "crowds", "strikers"],
            "protesters"
        ),
        (["police", "policemen", "policewomen"], "police"),
        (["security", "forces"], "security forces"),
        (["troops"], "troops"),
        (["soldiers"], "soldiers"),
        (["students"], "students"),
    ]

    func actors(
        for trigger: FoundTrigger,
        speaker: ActorMention?,
        context: SentenceContext,
        clause: ClauseReader
    ) -> [String] {
        var names: [String] = []
        func add(_ name: String) {
            if !names.contains(name) { names.append(name) }
        }
        if let speaker { add(speaker.name) }
        let scope = participantScope(of: trigger.range, clause: clause)
        for mention in context.actors where mention.name != context.passageAuthor || trigger.type != .statement {
            // A statement is about whoever its sentence names; other events are about those of their own clause.
            if trigger.type != .statement, !scope(clause.tokenSpan(of: mention.range)) { continue }
            add(mention.name)
        }
        var hasProtesters = false
        for group in Self.groups {
            if group.words.count == 2 {
                if clause.containsSequence(group.words) { add(group.name) }
            } else if group.words.contains(where: clause.contains) {
                add(group.name)
                if group.name == "protesters" { hasProtesters = true }
            }
        }
        switch trigger.type {
        case .protest, .riot, .clash, .crackdown:
            if !hasProtesters { add("protesters") }
        case .arrest:
            if names.isEmpty { add("protesters") }
        default:
            break
        }
        return names
    }

    /// Whether a mention's tokens belong to the clause of a trigger: a trigger inside a temporal clause ("ten days
    /// after the marines landed") has only that clause's participants; a trigger of the main clause has
    /// those outside any temporal clause it does not reach into ("the units landed on Sunday, two days after the
    /// governor appealed for aid" is not the governor's landing).
    func participantScope(of trigger: Range<Int>, clause: ClauseReader) -> (Range<Int>) -> Bool {
        if let inner = clause.temporalClause(holding: trigger) {
            return { span in inner.contains(span.lowerBound) }
        }
        return { span in
            guard let other = clause.temporalClause(containing: span) else { return true }
            return other.overlaps(trigger)
        }
    }

    /// Places that stand for a state acting as the subject of the trigger ("Norway dispatched soldiers", "Chile has
    /// appealed for aid"): the sender or asker, not where the event happens.
    func isAgent(
        _ place: PlaceMention,
        span: Range<Int>,
        of trigger: Range<Int>,
        context: SentenceContext,
        clause: ClauseReader
    )
        -> Bool
    {
        guard place.kind == .country, span.upperBound <= trigger.lowerBound,
            context.actors.contains(where: { $0.range.overlaps(place.range) })
        else { return false }
        return clause.tokens[span.upperBound..<trigger.lowerBound].allSatisfy { Self.agentAdverbs.contains($0.lower) }
    }

    /// Words that may stand between a state and the verb it is the subject of ("Russia reportedly sent").
    static let agentAdverbs: Set<String> = [
        "reportedly", "has", "have", "had", "also", "already", "then", "quickly", "allegedly",
    ]

    /// Auxiliaries and adverbs that may stand before a protest's course verb ("they had quickly spread").
    static let courseAuxiliaries: Set<String> = ["had", "have", "has", "also", "then", "quickly", "soon"]

    /// The place nearest the trigger in the sentence.
    ///
    /// Places in the trigger's own clause come first ("strikes continued at refineries, but the government
    /// ... near Marseille" is not in Marseille). A trigger inside a temporal clause takes only a place of that
    /// clause ("a parade in the port, ten days after the units landed" is not where they landed). A state sending
    /// troops or asking for help is not the place of the deployment or the request.
    func location(for found: FoundTrigger, context: SentenceContext, clause: ClauseReader) -> String? {
        let trigger = found.range
        let spans = context.places.map { clause.tokenSpan(of: $0.range) }
        var indices = Array(spans.indices)
        if [.deployment, .request].contains(found.type) {
            indices = indices.filter {
                !isAgent(context.places[$0], span: spans[$0], of: trigger, context: context, clause: clause)
            }
        }
        if let inner = clause.temporalClause(holding: trigger) {
            indices = indices.filter { inner.contains(spans[$0].lowerBound) }
        }
        let sameClause = indices.filter { !clause.isSeparated(spans[$0], trigger) }
        let pool = sameClause.isEmpty ? indices : sameClause
        // The most specific place of the clause wins (a city over its region over its country), as event coders
        // such as ACLED record the most precise location; among equals, the nearest to the trigger.
        func specificity(_ index: Int) -> Int {
            switch context.places[index].kind {
            case .city: return 0
            case .region: return 1
            case .country: return 2
            }
        }
        let nearest = pool.min { lhs, rhs in
            (specificity(lhs), clause.distance(spans[lhs], trigger))
                < (specificity(rhs), clause.distance(spans[rhs], trigger))
        }
        return nearest.map { context.places[$0].name }
    }

    /// The sentence, shortened at a word boundary.
    func summary(of text: String, scalars: [Unicode.Scalar]) -> String {
        let limit = 160
        guard scalars.count > limit else { return text }
        var end = limit
        while end > 40, !scalars[end].properties.isWhitespace { end -= 1 }
        return ScalarText.string(scalars[0..<end]) + "\u{2026}"
    }
}

/// Questions about the words of one sentence: spans, distances, negation, tense.
struct ClauseReader {
    let tokens: [TimeToken]
    let words: Set<String>

    /// Tokens inside quotation marks: direct speech, whose events are colour rather than news.
    let quoted: [Bool]

    /// Tokens that end a clause for `subordinateClause(containing:)`: a comma, a semicolon, an en or em dash.
    /// Told once per token by its scalar: comparing each token's text with the four marks, every time a clause was
    /// looked for, was a twentieth of building events.
    private let breaks: [Bool]

    init(tokens: [TimeToken]) {
        self.tokens = tokens
        words = Set(tokens.map(\.lower))
        breaks = tokens.map { token in
            guard token.kind == .punctuation, let mark = token.lower.unicodeScalars.first else { return false }
            return mark == "," || mark == ";" || mark == "\u{2013}" || mark == "\u{2014}"
        }
        var quoted = Array(repeating: false, count: tokens.count)
        var open: Int?
        for (index, token) in tokens.enumerated() where token.kind == .punctuation {
            switch token.lower {
            case "\u{201C}":
                open = index
            case "\u{201D}":
                // A closing mark with no opening one: the sentence began inside the quote.
                for inside in (open ?? -1) + 1..<index { quoted[inside] = true }
                open = nil
            case "\"":
                if let start = open {
                    for inside in start + 1..<index { quoted[inside] = true }
                    open = nil
                } else if index > 0, [",", ".", "?", "!", "\u{2026}"].contains(tokens[index - 1].lower) {
                    // A closing mark after punctuation: the sentence began inside the quote.
                    for inside in 0..<index { quoted[inside] = true }
                } else {
                    open = index
                }
            default:
                break
            }
        }
        self.quoted = quoted
    }

    func isQuoted(_ index: Int) -> Bool { index < quoted.count && quoted[index] }

    func contains(_ word: String) -> Bool { words.contains(word) }

    func containsSequence(_ sequence: [String]) -> Bool {
        guard let first = sequence.first, words.contains(first), sequence.count <= tokens.count else { return false }
        for start in 0...(tokens.count - sequence.count) where tokens[start].lower == first {
            if (1..<sequence.count).allSatisfy({ tokens[start + $0].lower == sequence[$0] }) { return true }
        }
        return false
    }

    /// The tokens covering a scalar range of the sentence.
    func tokenSpan(of range: Range<Int>) -> Range<Int> {
        var lower = tokens.count
        var upper = 0
        // Binary search for the first token ending after the range starts.
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].range.upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        var index = low
        while index < tokens.count, tokens[index].range.lowerBound < range.upperBound {
            lower = min(lower, index)
            upper = index + 1
            index += 1
        }
        if lower >= upper { return low..<low }
        return lower..<upper
    }

    /// Words that open a relative or temporal clause.
    static let subordinators: Set<String> = [
        "who", "which", "whom", "whose", "where", "when", "after", "before", "until",
    ]

    /// The relative or temporal clause holding `span`: from its opening word to the next comma, semicolon or
    /// dash, or the end of the sentence. The search looks back at most a dozen tokens.
    func subordinateClause(containing span: Range<Int>) -> Range<Int>? {
        var cursor = span.lowerBound
        var steps = 0
        while cursor >= 0, steps < 12 {
            if breaks[cursor] { return nil }
            if tokens[cursor].kind == .word, Self.subordinators.contains(tokens[cursor].lower) {
                var end = span.upperBound
                while end < tokens.count, !breaks[end] { end += 1 }
                return cursor..<end
            }
            cursor -= 1
            steps += 1
        }
        return nil
    }

    /// The temporal clause ("after the units landed", "a day before the mayor quit") holding `span`, if
    /// any: another event at another time. A relative clause ("who fled abroad") is not one, since it tells
    /// about a participant of the clause around it; nor is a "when" clause, which shares the sentence's time and
    /// place ("on the Monday, when the mayor quit"); nor a time phrase without a verb ("just before
    /// dawn", "after months of strikes").
    func temporalClause(containing span: Range<Int>) -> Range<Int>? {
        guard let found = subordinateClause(containing: span),
            ["after", "before", "until"].contains(tokens[found.lowerBound].lower),
            tokens[found.dropFirst()].contains(where: { Self.looksLikeVerb($0) })
        else { return nil }
        return found
    }

    /// Past forms that do not end in "-ed", and auxiliaries.
    static let pastForms: Set<String> = [
        "was", "were", "had", "has", "have", "is", "are", "did", "began", "came", "went", "left", "fled", "took",
        "fell", "shot", "met", "made", "said", "told", "gave", "won", "lost", "ran", "broke", "struck", "spoke",
        "rose", "sent", "held", "stood", "threw", "set", "hit", "led", "got", "saw", "became", "brought", "drove",
        "overran", "swept", "tore", "beat", "quit", "caught", "stole", "burnt", "burned", "withdrew", "sought",
    ]

    /// Whether a token reads as a finite verb: a past form or a word in "-ed".
    static func looksLikeVerb(_ token: TimeToken) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        return pastForms.contains(token.lower) || (token.lower.count > 4 && token.lower.hasSuffix("ed"))
    }

    /// The temporal clause that holds the whole of a trigger, from its first word to its last.
    func temporalClause(holding trigger: Range<Int>) -> Range<Int>? {
        guard let found = temporalClause(containing: trigger.lowerBound..<trigger.lowerBound + 1),
            found.contains(trigger.upperBound - 1)
        else { return nil }
        return found
    }

    /// Words that start a clause with a time of its own.
    static let clauseBreaks: Set<String> = [";", "but", "while", "whereas", "although", "though"]

    /// Whether a clause break lies between two spans.
    func isSeparated(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Bool {
        let between =
            lhs.upperBound <= rhs.lowerBound
            ? lhs.upperBound..<rhs.lowerBound : rhs.upperBound..<max(rhs.upperBound, lhs.lowerBound)
        return between.contains { Self.clauseBreaks.contains(tokens[$0].lower) }
    }

    /// Tokens between two spans (0 when they touch or overlap).
    func distance(_ lhs: Range<Int>, _ rhs: Range<Int>) -> Int {
        if lhs.upperBound <= rhs.lowerBound { return rhs.lowerBound - lhs.upperBound }
        if rhs.upperBound <= lhs.lowerBound { return lhs.lowerBound - rhs.upperBound }
        return 0
    }

    static let negations: Set<String> = [
        "without",
        "not", "never", "no", "didn't", "hasn't", "haven't", "won't", "wasn't", "weren't",
    ]
    /// Verbs whose infinitive is what was decided ("agreed to cut").
    static let decisions: Set<String> = ["agreed", "decided", "voted", "moved", "ordered", "chose", "opted"]
    static let modals: Set<String> = [
        "will", "shall", "'ll", "could", "might", "should", "must", "would", "cannot", "can't", "wouldn't", "to",
    ]

    /// Whether the words just before `index` negate the trigger or make it a plan or a possibility ("did not
    /// end", "will resign", "to disperse", "called for a rally").
    func isNegatedOrModal(before index: Int) -> Bool {
        for back in 1...4 where index - back - 1 >= 0 {
            if tokens[index - back].lower == "for",
                ["called", "calls", "call", "calling", "plans", "planned"].contains(tokens[index - back - 1].lower)
            {
                return true
            }
        }
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 3 {
            let text = tokens[cursor].lower
            if tokens[cursor].kind == .punctuation { break }
            if Self.negations.contains(text) { return true }
            if steps < 2, Self.modals.contains(text) {
                // "would" reports a decision ("said the government would cut prices"); keep it.
                if text == "would" { return false }
                if text == "to", !isInfinitive(cursor) { return false }
                // "agreed to cut the price", "voted to suspend": the decision is the event.
                if text == "to",
                    (max(0, cursor - 4)..<cursor).contains(where: { Self.decisions.contains(tokens[$0].lower) })
                {
                    return false
                }
                return true
            }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// Whether "to" at `index` introduces a verb ("to disperse") rather than a place ("to the airport").
    private func isInfinitive(_ index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1]
        return next.kind == .word && !next.isCapitalized
            && !["the", "a", "an", "his", "her", "their", "its", "this", "that"].contains(next.lower)
    }

    /// Whether an undated trigger at `index` is background: past perfect ("had fled"), a relative clause ("who
    /// fled") or an earlier period ("since").
    func isBackground(before index: Int) -> Bool {
        var cursor = index - 1
        var steps = 0
        while cursor >= 0, steps < 4 {
            let text = tokens[cursor].lower
            if text == "had" || text == "'d" { return true }
            if steps < 3, ["who", "which", "whom", "whose"].contains(text) { return true }
            if tokens[cursor].kind == .punctuation, text != "\"" { break }
            cursor -= 1
            steps += 1
        }
        return false
    }

    /// Whether a time mention belongs to a speech verb: right after it ("said on Sunday", "told reporters in
    /// the capital on Tuesday"), or before it in the same clause ("Late on Wednesday, Tokayev said").
    func isAttached(_ time: Range<Int>, toSpeech verb: Range<Int>) -> Bool {
        if time.lowerBound >= verb.upperBound {
            guard time.lowerBound - verb.upperBound <= 8 else { return false }
            for index in verb.upperBound..<time.lowerBound {
                let text = tokens[index].lower
                if text == "that" || tokens[index].kind == .number || text == "\"" || text == "\u{201C}" {
                    return false
                }
            }
            return true
        }
        if time.upperBound <= verb.lowerBound {
            guard verb.lowerBound - time.upperBound <= 10 else { return false }
            for index in time.upperBound..<verb.lowerBound {
                let text = tokens[index].lower
                if [";", "that", "\"", "\u{201D}", "\u{201C}", "and", "when", "after", "before"].contains(text) {
                    return false
                }
            }
            return true
        }
        return true
    }
}
