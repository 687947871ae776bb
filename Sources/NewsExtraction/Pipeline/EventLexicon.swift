import Yams

/// The trigger lexicon: the words and phrases that signal each event type, with the ACLED and CAMEO categories
/// each type corresponds to.
///
/// The lexicon is YAML compiled into the binary (`EventLexicon.builtInYAML`), parsed once with Yams. Each entry
/// names an `EventType` and lists phrases. A phrase is a sequence of words separated by spaces; `a|b` matches
/// either word; a hyphen splits a word as the tokenizer does; `...` skips zero to six words ("set ... on fire"). Words are compared lowercased. The longest
/// phrase at a position wins. A
/// `contextual` phrase counts only when one of its `requires` words occurs in the same sentence ("asked ... to
/// help" is a request, "asked protesters to stay calm" is not). Between phrases of the same length, the one
/// listed under an earlier type wins.
///
/// ACLED and CAMEO equivalents (ACLED event type / sub-event type; CAMEO root code):
///
/// | type        | ACLED                                             | CAMEO root                          |
/// |-------------|---------------------------------------------------|-------------------------------------|
/// | protest     | Protests / Peaceful protest                       | 14 Protest                          |
/// | riot        | Riots / Violent demonstration, Mob violence       | 14 Protest (145 protest violently)  |
/// | clash       | Battles / Armed clash                             | 19 Fight                            |
/// | crackdown   | Protests / Excessive force against protesters     | 17 Coerce (175 use repression)      |
/// | arrest      | Strategic developments / Arrests                  | 17 Coerce (173 arrest, detain)      |
/// | deployment  | Strategic developments / Change to group/activity | 15 Exhibit force posture            |
/// | decree      | Strategic developments / Other                    | 17 Coerce (172 impose restrictions) |
/// | statement   | (not an ACLED event)                              | 01 Make public statement            |
/// | request     | (not an ACLED event)                              | 02 Appeal                           |
/// | resignation | Strategic developments / Change to group/activity | 08 Yield (083 accede to demands)    |
/// | other       | Strategic developments / Other                    | (none)                              |
struct EventLexicon: Sendable {
    /// One event type's categories and triggers.
    struct Entry: Sendable, Decodable {
        var type: String
        var acled: String
        var cameo: String
        var triggers: [String]
        var contextual: [Contextual]?
    }

    /// A phrase that signals the type only when one of `requires` occurs in the sentence.
    struct Contextual: Sendable, Decodable {
        var phrase: String
        var requires: [String]
    }

    /// A compiled phrase.
    struct Trigger: Sendable {
        var type: EventType
        /// One set of accepted words per position; an empty set is a gap of zero to four words.
        var words: [Set<String>]
        var requires: Set<String>
    }

    /// The entries as parsed, in file order.
    let entries: [Entry]
    /// Triggers keyed by the words their first position accepts, in file order.
    let triggersByFirstWord: [String: [Trigger]]

    /// The lexicon compiled into the binary.
    static let builtIn: EventLexicon = {
        do {
            return try EventLexicon(yaml: builtInYAML)
        } catch {
            preconditionFailure("the built-in event lexicon does not parse: \(error)")
        }
    }()

    /// Parses a lexicon in the built-in YAML shape.
    init(yaml: String) throws {
        let entries = try YAMLDecoder().decode([Entry].self, from: yaml)
        var index: [String: [Trigger]] = [:]
        for entry in entries {
            guard let type = EventType(rawValue: entry.type) else {
                throw KnowledgeError("event lexicon: unknown event type '\(entry.type)'")
            }
            let phrases =
                entry.triggers.map { ($0, Set<String>()) }
                + (entry.contextual ?? []).map { ($0.phrase, Set($0.requires.map { $0.lowercased() })) }
            for (phrase, requires) in phrases {
                // A hyphenated word is read as the tokenizer reads it: "shoot-to-kill" is "shoot - to - kill".
                let words: [Set<String>] = phrase.lowercased().split(separator: " ").flatMap { part -> [Set<String>] in
                    if part == "..." { return [[]] }
                    if !part.contains("|"), part.contains("-") {
                        return part.split(separator: "-").map(String.init).flatMap { [[$0], ["-"]] }.dropLast()
                    }
                    return [Set(part.split(separator: "|").map(String.init))]
                }
                guard let first = words.first, !first.isEmpty else {
                    throw KnowledgeError("event lexicon: phrase '\(phrase)' must start with a word")
                }
                let trigger = Trigger(type: type, words: words, requires: requires)
                for word in first.sorted() { index[word, default: []].append(trigger) }
            }
        }
        self.entries = entries
        triggersByFirstWord = index
    }

    /// The ACLED and CAMEO categories of `type`, from the lexicon.
    func categories(of type: EventType) -> (acled: String, cameo: String)? {
        entries.first { $0.type == type.rawValue }.map { ($0.acled, $0.cameo) }
    }

    static let builtInYAML = """
        # Event triggers by type. Order matters: the first entry whose phrase matches wins.
        - type: request
          acled: none
          cameo: "02 Appeal"
          triggers:
            - appealed|appeals|appealing for help|assistance|support|aid|troops
            - requested|requests|requesting help|assistance|troops|support|aid
            - request|requests for help|assistance|troops|support|aid
            - sought|seek|seeks|seeking help|assistance|troops|support|aid
          contextual:
            - phrase: asked|asks|ask|asking
              requires: [help, assistance, troops, aid, intervention, peacekeepers, support]
            - phrase: called|calls|call on
              requires: [help, assistance, troops, aid, intervention, peacekeepers]
        - type: resignation
          acled: "Strategic developments / Change to group/activity"
          cameo: "08 Yield"
          triggers:
            - resign|resigns|resigned|resigning
            - resignation|resignations
            - stepped|steps|step|stepping down|aside
            - quit|quits|quitting as|his|her|the
            - dismissed|dismisses|dismiss|sacked|fired the government|cabinet|prime|minister
            - forced|forcing ... out of office
            - ousted|toppled|overthrown|deposed
            - removed|removes|ousted ... from office|power
            - gave|give|gives|giving up his|her|the post|presidency|job|seat|office
            - handed|handing|hands over the|his presidency|power
            - handing|handed|hands the presidency
            - leave|left|leaves|leaving office
        - type: decree
          acled: "Strategic developments / Other"
          cameo: "17 Coerce"
          triggers:
            - state|states of emergency
            - martial law
            - curfew|curfews
            - decree|decrees|decreed
            - shoot-to-kill
            - declared|declares|declare ... mourning
            - invoked|invokes|invoke|invoking
            - unveiled|unveils|announced|announces ... agenda|package|measures|plan
            - approved|approves|adopted|adopts ... package|measures|budget|law|bill|decree|reform
            - pegged
            - suspended|suspends|suspend
            - removed|removes|dismissed|dismisses ... as
            - dropped|drops|dropping|scrapped ... plan|tax|proposal|proposals|bill
            - lifted|lifts|lift|lifting|removed|removes|scrapped|scraps|abolished the|a|its price|fuel cap|caps|subsidy|subsidies
            - lifted|lifts|lifting|removed|removes|scrapped|scraps|abolished ... cap|caps|subsidy|subsidies|ceiling
            - cut|cuts|cutting|lowered|reduced|bring|brought ... price|prices|fare|fares
            - suspended|suspends|suspend|reversed|reverses|revoked|revokes|withdrew|withdraws ... increase|hike|rise|decree|law|reform|measure|fare
            - annulled|annuls|annul|cancelled|cancels|overturned the|its ... election|result|results|vote
            - imposed|imposes|impose|imposing
            - banned|bans|ban on
            - authorised|authorized|authorises|authorizes ... to fire|shoot|use
            - ordered|orders ... to fire|shoot|disperse|open
            - order|orders to fire|shoot
            - signed|signs ... law|decree|bill
            - took|takes|take effect
            - granted|grants|gave|gives|given ... immunity|title|chairmanship
        - type: arrest
          acled: "Strategic developments / Arrests"
          cameo: "17 Coerce"
          triggers:
            - arrest|arrests|arrested|arresting
            - detain|detains|detained|detaining
            - detention|detentions
            - jailed|jail|imprisoned
            - taken|took into custody
            - charged with
            - rounded|rounding up ... protesters|demonstrators|activists|people|opposition
        - type: crackdown
          acled: "Protests / Excessive force against protesters"
          cameo: "17 Coerce"
          triggers:
            - crackdown|crackdowns
            - cracked|cracks|crack down
            - tear gas
            - teargas
            - stun grenades|grenade
            - flash-bang grenades|grenade
            - water cannon|cannons
            - rubber bullets
            - pepper spray
            - batons|baton
            - fired|firing|fire ... at|on protesters|demonstrators|crowd|crowds|students
            - opened|open|opens|opening fire
            - fired|firing|fire on|at the|a ... crowd|crowds|protesters|demonstrators
            - fired|firing|fire tear|live|rubber
            - dispersed|disperse|disperses|dispersing
            - broke|break|breaking up ... crowd|protest|protests|rally|demonstration
            - beat|beaten|beating ... protesters|demonstrators
            - shot dead
            - killing|killed ... protesters|workers|demonstrators
            - raided|raid|raids
            - surrounded|surround|surrounds ... university|campus|square|building|camp
        - type: clash
          acled: "Battles / Armed clash"
          cameo: "19 Fight"
          triggers:
            - clash|clashes|clashed|clashing
            - skirmish|skirmishes
            - gunfire
            - shooting
            - explosions
            - fighting
            - fought
            - attacked|attack|attacks|attacking ... protesters|demonstrators|students|camp|protest|police|officers|crowd|crowds
            - rounded|rounding up ... soldiers|security|police|troops|officers
        - type: riot
          acled: "Riots / Violent demonstration"
          cameo: "14 Protest"
          contextual:
            - phrase: took|take|takes|taking control of
              requires: [protesters, crowd, crowds, demonstrators, rioters, mob]
          triggers:
            - riot|riots|rioted|rioting
            - looting|looted|loot|looters
            - ransacked|ransacking
            - torched|torching
            - stormed|storming|storm the|a|police|government|city|parliament
            - set|setting ... on fire
            - set|setting ... ablaze
            - set|setting fire
            - arson
            - seized|seize|seizing the|a ... airport|building|buildings|station|hall|square
            - occupied|occupy|occupying|occupies the|a ... airport|building|buildings|station|hall|square|parliament
            - pulled|pulling|tore|tearing down
            - force|forced|forcing their way
            - broke|breaking|break through
            - vandalised|vandalized|vandalism
            - burned|burnt|burning ... building|buildings|cars|car|police|office|offices|hall|buses|bus|stations|headquarters
            - turned|turn|turns violent
            - caught fire
            - overran|overrun
            - smashed|smashing ... windows|shop|shops|cars
        - type: deployment
          acled: "Strategic developments / Change to group/activity"
          cameo: "15 Exhibit force posture"
          contextual:
            - phrase: took|take|takes|taking control of
              requires: [army, troops, military, soldiers, police]
            - phrase: withdrawal|withdraw|withdrew|withdrawing|withdraws
              requires: [troops, forces, soldiers, units, mission, peacekeepers, contingent, force, paratroopers]
          triggers:
            - deployed|deploy|deploys|deploying|deployment|deployments
            - sent|send|sends|sending in|into ... troops|soldiers|units|forces|peacekeepers
            - sent|send|sends|sending ... troops|soldiers|peacekeepers
            - troops|soldiers|units|peacekeepers ... landed|arrived|arrive|arriving
            - landed
            - patrolled|patrol|patrolling
            - dispatched|dispatch
            - pull|pulled|pulling out
            - took|take ... home
        - type: protest
          acled: "Protests / Peaceful protest"
          cameo: "14 Protest"
          triggers:
            - protest|protests|protested|protesting
            - demonstration|demonstrations|demonstrated|demonstrating
            - rally|rallies|rallied|rallying
            - marched|marching|march|marches
            - strike|strikes
            - went|go|goes|going on strike
            - walkout|walkouts
            - sit-in
            - sit-ins
            - took|take|taking to the streets
            - defied|defy|defying the curfew
            - banging pots
            - pot-banging
            - blocked|blocking|block|blocks ... road|roads|interchange|highway|highways|bridge|bridges|street|streets|junction|intersection|motorway
            - chanted|chanting|chant
            - camped|camping|camp
            - gathered|gather|gathering in|on|outside
            - unrest|uprising|demonstrations|protests began|begun|started|erupted|spread|spreads|spreading
            - unrest|uprising broke|breaks out
            - unrest|uprising|demonstrations|protests ... began|started|erupted
        - type: statement
          acled: none
          cameo: "01 Make public statement"
          triggers:
            - said|says|say
            - told|tells
            - announced|announces|announce|announcing
            - warned|warns
            - stated|states
            - claimed|claims
            - accused|accuses
            - urged|urges
            - denied|denies
            - insisted|insists
            - vowed|vows
            - pledged|pledges
            - promised|promises
            - condemned|condemns
            - criticised|criticized|criticises|criticizes
            - blamed|blames
            - thanked|thanks
            - asked|asks
            - confirmed|confirms
            - reported|reports
            - wrote|writes|tweeted
            - called on|for
            - put|puts|putting ... toll|number|figure|turnout at
            - hailed|hails
            - appealed|appeals|appealing ... for|to
            - defended|defends
            - disputed|disputes
            - rejected|rejects
            - questioned|questions
        - type: other
          acled: "Strategic developments / Other"
          cameo: none
          triggers:
            - named|names|appointed|appoints ... as|new
            - appointed|appoints|reappointed
            - sworn in
            - took|takes|taken|taking over
            - retook|retake|retakes|recaptured|recapture|regained
            - approved|approves|confirmed ... as
            - took|takes ... away
            - elected
            - won|wins ... presidency|election|vote
            - confirmed as
            - renamed|renames
            - fled|flee|flees
            - died|dies
            - mourning
            - internet|access ... disrupted|cut|blocked|restored|shut
            - shut|shuts down
            - sentenced|sentences
            - released|freed ... detainees|prisoners|protesters|people
            - reopened|reopens|reopen|resumed|resumes|resume
            - agreed|agree|agrees
            - spoke|speaks|talked|talks by phone
            - met|meets with
            - left|leaves for
            - returned|returns from
            - took|takes office
            - became|becomes|become
            - independence
            - replaced|replaces
            - ruled|governed
            - ran|run the country|nation|government|state|republic
            - survived|survives ... motion|vote
            - election|elections|referendum
            - celebrated|celebrate|celebrating
            - defaulted|defaults
            - moved|moves ... seat
            - killed in|by a|an ... bombing|attack|blast|explosion
            - disrupted|disrupts
            - blocked|blocks
        """
}
