import Testing

@testable import NewsExtraction

@Suite struct CasualtyExtractorTests {
    /// A figure reduced to what the gold compares: category, group and bounds.
    struct Summary: Equatable, CustomStringConvertible {
        var category: CasualtyCategory
        var group: CasualtyGroup
        var low: Int?
        var high: Int?
        var approximate: Bool

        init(
            _ category: CasualtyCategory,
            _ group: CasualtyGroup,
            _ low: Int?,
            _ high: Int?,
            approximate: Bool = false
        ) {
            self.category = category
            self.group = group
            self.low = low
            self.high = high
            self.approximate = approximate
        }

        init(_ category: CasualtyCategory, _ low: Int?, _ high: Int?, approximate: Bool = false) {
            self.init(category, .unspecified, low, high, approximate: approximate)
        }

        init(_ figure: CasualtyFigure) {
            self.init(figure.category, figure.group, figure.low, figure.high, approximate: figure.isApproximate)
        }

        var description: String {
            "\(category.rawValue) \(group.rawValue) \(low.map(String.init) ?? "nil")...\(high.map(String.init) ?? "nil")"
                + (approximate ? " ~" : "")
        }
    }

    func context(
        anchor: String = "2022-01-07",
        times: [TimeMention] = [],
        actors: [ActorMention] = [],
        places: [PlaceMention] = [],
        defaultLocation: String? = "Kazakhstan",
        passageAuthor: String? = nil,
        previousCategory: CasualtyCategory? = nil
    ) -> FigureContext {
        FigureContext(
            anchor: Day(iso: anchor),
            times: times,
            actors: actors,
            places: places,
            defaultLocation: defaultLocation,
            passageAuthor: passageAuthor,
            previousCategory: previousCategory
        )
    }

    func sentence(_ text: String, start: Int = 0) -> Sentence {
        Sentence(text: text, start: start, end: start + text.unicodeScalars.count, passage: 0)
    }

    func figures(_ text: String, _ context: FigureContext? = nil) -> [CasualtyFigure] {
        CasualtyExtractor().figures(in: sentence(text), context: context ?? self.context())
    }

    func summaries(_ text: String) -> [Summary] {
        figures(text).map(Summary.init)
    }

    /// The scalar range of `part` in `text`.
    func range(of part: String, in text: String) -> Range<Int> {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(part.unicodeScalars)
        for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        return 0..<0
    }

    // MARK: Word orders

    @Test(arguments: [
        ("The blast killed 12 people.", Summary(.killed, 12, 12)),
        ("12 people were killed.", Summary(.killed, 12, 12)),
        ("The death toll rose to 164.", Summary(.killed, 164, 164)),
        ("The health ministry put the death toll at 46.", Summary(.killed, 46, 46)),
        ("1000 people injured.", Summary(.injured, 1000, 1000)),
        ("The clashes left 164 dead.", Summary(.killed, 164, 164)),
        ("It mourned the deaths of 12.", Summary(.killed, 12, 12)),
        ("The blast left 3 dead.", Summary(.killed, 3, 3)),
        ("The uprising has left dozens of people dead.", Summary(.killed, 24, 99, approximate: true)),
        ("The ministry said 7,939 people had been detained.", Summary(.detained, 7939, 7939)),
        (
            "Rights groups worry about thousands of people still in custody.",
            Summary(.detained, 2000, 9999, approximate: true)
        ),
        ("State television last put the number of dead at 41.", Summary(.killed, 41, 41)),
        (
            "Doctors said scores of people had been brought in with injuries.",
            Summary(.injured, 40, 99, approximate: true)
        ),
        ("The hospital said it had treated 84 people.", Summary(.injured, 84, 84)),
        (
            "Hospitals said hundreds of people were still being treated for injuries.",
            Summary(.hospitalized, 200, 999, approximate: true)
        ),
        ("More than 50 people were admitted on Saturday.", Summary(.hospitalized, 50, nil)),
        ("• Dozens killed", Summary(.killed, 24, 99, approximate: true)),
        ("• 2000 people jailed", Summary(.detained, 2000, 2000)),
        (
            "Soldiers have since detained dozens of people suspected of looting.",
            Summary(.detained, 24, 99, approximate: true)
        ),
        ("Security forces shot dead at least five protesters.", Summary(.killed, .protesters, 5, nil)),
        ("The protests have claimed at least 12 lives.", Summary(.killed, 12, nil)),
        ("Rights groups say 1.2 thousand people remain in detention.", Summary(.detained, 1200, 1200)),
        ("Authorities said 14 people died.", Summary(.killed, 14, 14)),
        ("Doctors said 12 people were in critical condition.", Summary(.hospitalized, 12, 12)),
        ("The missile hit the plane, killing all 176 people on board.", Summary(.killed, 176, 176)),
        ("Police arrested a further 30 people on Sunday.", Summary(.detained, 30, 30)),
        ("Hundreds more were arrested overnight.", Summary(.detained, 200, 999, approximate: true)),
        ("The ministry reported 1,500 arrests.", Summary(.detained, 1500, 1500)),
        ("Up to 1,000 people may have died, opposition groups claim.", Summary(.killed, nil, 1000)),
        ("Among the dead were two children.", Summary(.killed, .civilians, 2, 2)),
        ("The ministry put the number of detainees at 1,024.", Summary(.detained, 1024, 1024)),
    ])
    func findsACountInEitherOrder(_ text: String, _ expected: Summary) {
        #expect(summaries(text) == [expected])
    }

    @Test(arguments: [
        ("At its peak the mission numbered 2,030 troops.", Summary(.troops, .securityForces, 2030, 2030)),
        (
            "Russia reportedly sent in some 2,500 troops.",
            Summary(.troops, .securityForces, 2500, 2500, approximate: true)
        ),
        ("Russian media say the force will include up to 2,500 troops.", Summary(.troops, .securityForces, nil, 2500)),
        (
            "Agencies said the total force would number about 2,500.",
            Summary(.troops, .securityForces, 2500, 2500, approximate: true)
        ),
        (
            "Thousands of soldiers have been deployed in the capital.",
            Summary(.troops, .securityForces, 2000, 9999, approximate: true)
        ),
        ("• 2500 Russian-led troops deployed to back the regime", Summary(.troops, .securityForces, 2500, 2500)),
        ("The bloc sent 300 peacekeepers.", Summary(.troops, .securityForces, 300, 300)),
        ("Moscow flew in a 2,500-strong force.", Summary(.troops, .securityForces, 2500, 2500)),
    ])
    func countsDeployedTroops(_ text: String, _ expected: Summary) {
        #expect(summaries(text) == [expected])
    }

    @Test func soldiersWhoAreNotDeployedAreNotTroops() {
        #expect(summaries("Dozens of unarmed soldiers in uniform marched with the protesters.").isEmpty)
    }

    // MARK: Several figures in a sentence

    @Test func readsCoordinatedCountsAndTheirGroups() {
        let text =
            "The ministry said security forces had killed 26 \u{201C}armed criminals\u{201D} and wounded 18 others, "
            + "while 18 members of the security forces had been killed and 748 injured."
        #expect(
            summaries(text) == [
                Summary(.killed, .protesters, 26, 26), Summary(.injured, .protesters, 18, 18),
                Summary(.killed, .securityForces, 18, 18), Summary(.injured, .securityForces, 748, 748),
            ]
        )
    }

    @Test func readsElidedCategories() {
        let text =
            "The office said at least seven people had died, more than 1,300 had been injured and more than "
            + "1,100 detained."
        #expect(
            summaries(text) == [
                Summary(.killed, 7, nil), Summary(.injured, 1300, nil), Summary(.detained, 1100, nil),
            ]
        )
    }

    @Test func sharesAGroupAcrossAListOfCategories() {
        #expect(
            summaries("Dozens of protesters have been killed, hundreds hospitalized and thousands jailed.") == [
                Summary(.killed, .protesters, 24, 99, approximate: true),
                Summary(.hospitalized, .protesters, 200, 999, approximate: true),
                Summary(.detained, .protesters, 2000, 9999, approximate: true),
            ]
        )
    }

    @Test func readsSubsetsOfAnEarlierCount() {
        #expect(
            summaries("State media said 164 people had been killed, 103 of them in Almaty.") == [
                Summary(.killed, 164, 164), Summary(.killed, 103, 103),
            ]
        )
        #expect(
            summaries("The ministry said 225 people had died, including 19 police officers and soldiers.") == [
                Summary(.killed, 225, 225), Summary(.killed, .securityForces, 19, 19),
            ]
        )
        #expect(
            summaries(
                "More than 1,000 people had been injured, nearly 400 of them were in hospital and 62 were in intensive care."
            )
                == [
                    Summary(.injured, 1000, nil), Summary(.hospitalized, 400, 400, approximate: true),
                    Summary(.hospitalized, 62, 62),
                ]
        )
        #expect(
            summaries("Seventeen people were killed in Kathmandu and two in Itahari, and hundreds were wounded.") == [
                Summary(.killed, 17, 17), Summary(.killed, 2, 2), Summary(.injured, 200, 999, approximate: true),
            ]
        )
        #expect(
            summaries("The ministry said 9,900 people had been detained, up from 7,939 a day earlier.") == [
                Summary(.detained, 9900, 9900), Summary(.detained, 7939, 7939),
            ]
        )
    }

    @Test func doesNotLendACategoryToThePopulationOfAPlace() {
        #expect(summaries("Five people were killed in the city of 300,000.") == [Summary(.killed, 5, 5)])
        #expect(summaries("The quake killed 12 people in a town of 5,000 residents.") == [Summary(.killed, 12, 12)])
        #expect(
            summaries("Five people were killed in clashes between 500 protesters and 300 police officers.") == [
                Summary(.killed, 5, 5)
            ]
        )
        #expect(summaries("Two people died in clashes with 300 police officers.") == [Summary(.killed, 2, 2)])
    }

    @Test func readsCountsSharingAVerb() {
        #expect(
            summaries("Clashes followed, in which eight protesters and two police officers were killed.") == [
                Summary(.killed, .protesters, 8, 8), Summary(.killed, .securityForces, 2, 2),
            ]
        )
        #expect(
            summaries("Dozens of people, several of them police officers, needed hospital treatment.") == [
                Summary(.hospitalized, 24, 99, approximate: true),
                Summary(.hospitalized, .securityForces, 3, 9, approximate: true),
            ]
        )
    }

    @Test func countsOneOfTheDeadOnlyWhenItNamesAGroup() {
        #expect(
            summaries("The office said one of the dead was a police officer.") == [
                Summary(.killed, .securityForces, 1, 1)
            ]
        )
        #expect(
            summaries("The toll later rose to 15 when one of the injured died in hospital.") == [
                Summary(.killed, 15, 15)
            ]
        )
        #expect(summaries("Officials said one of the dead officers had been beheaded.").isEmpty)
        #expect(
            summaries("The doctors said 40 of the dead were bodies pulled from the river.") == [
                Summary(.killed, 40, 40)
            ]
        )
    }

    @Test func restatedFigureTakesThePreviousCategory() {
        let found = figures(
            "By Monday the interior ministry put the figure at 7,939.",
            context(previousCategory: .detained)
        )
        #expect(found.map(Summary.init) == [Summary(.detained, 7939, 7939)])
        #expect(figures("By Monday the interior ministry put the figure at 7,939.").isEmpty)
    }

    @Test func readsAnArticleCarryingTheCategoryToARestatedFigure() {
        let first = "The presidential office said on Sunday that 5,800 people had been detained."
        let second = "By Monday the interior ministry put the figure at 7,939."
        let other = Sentence(text: second, start: 200, end: 200 + second.unicodeScalars.count, passage: 1)
        let found = CasualtyExtractor().figures(in: [
            (sentence(first), context()), (sentence(second, start: 100), context()), (other, context()),
        ])
        #expect(found.map(Summary.init) == [Summary(.detained, 5800, 5800), Summary(.detained, 7939, 7939)])
    }

    // MARK: Groups

    @Test(arguments: [
        ("Police killed 26 armed criminals.", CasualtyGroup.protesters),
        ("Police said dozens of attackers had been killed.", .protesters),
        ("Police killed at least 14 striking oil workers.", .protesters),
        ("A dozen journalists were among those held.", .civilians),
        ("At least four journalists were beaten by police.", .civilians),
        ("Two foreign workers died of suffocation.", .civilians),
        ("441 police officers and gendarmes had been injured.", .securityForces),
        ("Twelve law enforcement officers were killed.", .securityForces),
        ("Two soldiers had been injured.", .securityForces),
        ("Dozens of students were detained.", .protesters),
        ("More than 30 people were killed by the security forces.", .protesters),
        ("Police opened fire on striking workers, killing at least 14 people.", .protesters),
        ("At least 51 people had died.", .unspecified),
        ("Police shot dead at least 13 people on Tuesday.", .protesters),
        ("The interior minister put the number of injured police at 440.", .securityForces),
    ])
    func assignsTheGroupTheGoldUses(_ text: String, _ group: CasualtyGroup) {
        #expect(figures(text).map(\.group) == [group])
    }

    @Test func takesTheSpeakersGroupForTheirMembers() {
        let text = "The Internal Security Forces said dozens of their members had been injured."
        #expect(summaries(text) == [Summary(.injured, .securityForces, 24, 99, approximate: true)])
    }

    // MARK: One person

    @Test(arguments: [
        ("A 26-year-old man died after being overcome by tear gas.", CasualtyCategory.killed, CasualtyGroup.protesters),
        ("A second man, Alexander Vikhor, died in custody.", .killed, .protesters),
        ("Alexander Taraikovsky was killed in Minsk on August 10.", .killed, .unspecified),
        ("On the first day of the strike a 17-year-old, Marcelo Agredo, was shot dead.", .killed, .protesters),
        ("He was arrested after a standoff in which a special forces officer was killed.", .killed, .securityForces),
        ("A young woman suffered a broken jaw.", .injured, .unspecified),
    ])
    func countsASinglePersonKilledOrInjured(_ text: String, _ category: CasualtyCategory, _ group: CasualtyGroup) {
        #expect(summaries(text) == [Summary(category, group, 1, 1)])
    }

    @Test(arguments: [
        "Islam Karimov died in September 2016.",
        "She fell into a coma and died in hospital three days later.",
        "Karim Masimov was detained on suspicion of treason.",
        "The man was killed instantly.",
    ])
    func ignoresNaturalDeathsPronounsAndSingleArrests(_ text: String) {
        #expect(summaries(text).isEmpty)
    }

    // MARK: Not figures

    @Test(arguments: [
        "Masimov, 56, was removed as head of the committee.",
        "Atambayev, 64, was sentenced to 11 years in prison.",
        "A 34-year-old teacher said the shooting went on for hours.",
        "The price rose from 60 to 120 tenge per litre.",
        "It cost about $1.2 billion a year, and 3 people were killed in 2019",
        "Nazarbayev stepped down in 2019.",
        "Prices rose by 50% overnight as 40% of workers struck.",
        "More than 100,000 people marched through Minsk.",
        "Some 10,000 people rallied in the capital.",
        "A crowd of several thousand people gathered on the square.",
        "More than 2,000 of them were released on August 14.",
        "It said 1,677 criminal cases had been opened.",
        "The force numbered 250 pieces of military hardware.",
        "The curfew runs from 10 p.m. on Saturday until 7 a.m. on Sunday.",
        "Dozens of buses have been burned across the country.",
        "The government blocked 26 social media platforms.",
        "More than 13,000 prisoners have escaped from jails.",
        "The unrest began on January 2 and reached Almaty two days later.",
        "Only four of the 16 parties cleared the threshold.",
        "Two of them are close to the president.",
        "Thousands at the funeral removed their scarves.",
        "Police said many of them were still at large.",
        "Drivers have ploughed into blockades several times this month, injuring demonstrators.",
        "The army has 30,000 soldiers and 200 tanks.",
        "Police counted 15,000 demonstrators in the capital.",
        "The government released 700 detainees on Tuesday.",
        "999999999999999999999 killed",
        "The toll of 99999999999999999999999 was wrong.",
    ])
    func ignoresNumbersThatAreNotFigures(_ text: String) {
        let found = summaries(text)
        if text.hasPrefix("It cost") {
            #expect(found == [Summary(.killed, 3, 3)])
        } else {
            #expect(found.isEmpty)
        }
    }

    // MARK: Provenance

    @Test(arguments: [
        ("At least three people were killed, according to the health ministry.", "health ministry"),
        ("Khabar-24 reported that 12 members of the security forces had died.", "Khabar-24"),
        ("The interior ministry said 95 police officers had been injured.", "interior ministry"),
        ("Dozens of protesters were detained, one witness said.", "witness"),
        ("Police said more than 200 protesters had been detained.", "Police"),
        ("The interior ministry has said that 16 members of the security forces were killed.", "interior ministry"),
        ("A police spokeswoman, Saltanat Azirbek, said dozens of attackers had been killed.", "Saltanat Azirbek"),
        ("Khabar-24, citing the city's command, said 12 police officers had died.", "Khabar-24"),
        ("\"Hundreds of people have been wounded,\" said Galym Orazbayev of Adilet Watch.", "Galym Orazbayev"),
        (
            "The health ministry says the figure of 164 deaths reported yesterday by state media was wrong.",
            "state media"
        ),
        ("New figures from the interior ministry: 26 people have been killed.", "interior ministry"),
        ("The Institute (INDH), a watchdog, said it had recorded 3,000 people detained.", "Institute (INDH)"),
    ])
    func attributesTheFigureToItsSource(_ text: String, _ source: String) {
        #expect(figures(text).map(\.attributedTo) == [source])
    }

    @Test func prefersTheActorNameForTheSource() {
        let text = "The interior ministry said 95 police officers had been injured."
        let actor = ActorMention(
            name: "Kazakhstan Interior Ministry",
            kind: .organization,
            surface: "interior ministry",
            range: range(of: "interior ministry", in: text)
        )
        #expect(figures(text, context(actors: [actor])).map(\.attributedTo) == ["Kazakhstan Interior Ministry"])
    }

    @Test func attributesAPronounSpeakerToThePreviousSource() {
        let text = "It said on Saturday that more than 4,400 people had been detained."
        #expect(figures(text).map(\.attributedTo) == [nil])
        var previous = context()
        previous.previousSource = "Kazakhstan Interior Ministry"
        #expect(figures(text, previous).map(\.attributedTo) == ["Kazakhstan Interior Ministry"])
    }

    @Test func doesNotTakeANounForASpeechVerb() {
        let text =
            "Rights groups remain concerned about thousands of people still in custody and about reports of abuse."
        #expect(figures(text).map(\.attributedTo) == [nil])
    }

    @Test func attributesAnEmbeddedPostToItsAuthor() {
        let found = figures("• 1000 people injured, 400 hospitalized", context(passageAuthor: "Hillel Neuer"))
        #expect(found.map(\.attributedTo) == ["Hillel Neuer", "Hillel Neuer"])
        #expect(found.map(Summary.init) == [Summary(.injured, 1000, 1000), Summary(.hospitalized, 400, 400)])
    }

    @Test func datesTheFigureByTheAnchorOrByTheEventItIsTiedTo() {
        let plain = figures("The interior ministry said 95 police officers had been injured.")
        #expect(plain.map(\.asOf) == [DateValue(iso: "2022-01-07")])

        let text = "On December 16, 2011, police opened fire on striking oil workers, killing at least 14 people."
        let mention = TimeMention(
            value: DateValue(iso: "2011-12-16")!,
            range: range(of: "On December 16, 2011", in: text),
            surface: "On December 16, 2011",
            isRelative: false
        )
        let tied = figures(text, context(times: [mention]))
        #expect(tied.map(\.asOf) == [DateValue(iso: "2011-12-16")])
        #expect(tied.map(Summary.init) == [Summary(.killed, .protesters, 14, nil)])
    }

    func mention(_ surface: String, _ iso: String, in text: String) -> TimeMention {
        TimeMention(
            value: DateValue(iso: iso)!,
            range: range(of: surface, in: text),
            surface: surface,
            isRelative: false
        )
    }

    @Test func datesACountByItsStatementUnlessADateFollowsTheCount() {
        let text = "The ministry said on Tuesday that 9,900 people had been detained, up from 7,939 a day earlier."
        let times = [mention("on Tuesday", "2022-01-11", in: text), mention("a day earlier", "2022-01-10", in: text)]
        #expect(figures(text, context(times: times)).map(\.asOf?.iso) == ["2022-01-11", "2022-01-10"])
    }

    @Test func ignoresTheStartOfAPeriodAndSharesTheDateOfACoordinatedCount() {
        let since = "Officials said 1,400 people had been detained since Friday."
        #expect(
            figures(since, context(times: [mention("since Friday", "2022-01-05", in: since)])).map(\.asOf?.iso) == [
                "2022-01-07"
            ]
        )
        let clashes =
            "Clashes in Yerevan on March 1, 2008, in which eight protesters and two police officers were killed."
        let found = figures(clashes, context(times: [mention("on March 1, 2008", "2008-03-01", in: clashes)]))
        #expect(found.map(\.asOf?.iso) == ["2008-03-01", "2008-03-01"])
        let now = "The official death toll now stands at 227, and some 10,000 people were detained in January."
        let dated = figures(now, context(anchor: "2022-02-10", times: [mention("in January", "2022-01", in: now)]))
        #expect(dated.map(\.asOf?.iso) == ["2022-02-10", "2022-01"])
    }

    @Test func takesTheEndOfADateRange() {
        let text = "The ministry said about 6,700 people were detained between August 9 and August 12."
        let mention = TimeMention(
            value: DateValue(iso: "2020-08-09")!,
            to: DateValue(iso: "2020-08-12")!,
            range: range(of: "between August 9 and August 12", in: text),
            surface: "between August 9 and August 12",
            isRelative: false
        )
        let found = figures(text, context(times: [mention]))
        #expect(found.map(\.asOf) == [DateValue(iso: "2020-08-12")])
        #expect(found.map(Summary.init) == [Summary(.detained, 6700, 6700, approximate: true)])
    }

    @Test func locatesTheFigureByThePlaceNamedInTheSentence() {
        let text = "Seventeen people were killed in Kathmandu and two in Itahari."
        let places = ["Kathmandu", "Itahari"].map {
            PlaceMention(name: $0, kind: .city, country: "Nepal", surface: $0, range: range(of: $0, in: text))
        }
        #expect(figures(text, context(places: places)).map(\.location) == ["Kathmandu", "Itahari"])
        #expect(figures("At least 51 people had died.", context(defaultLocation: "Nepal")).map(\.location) == ["Nepal"])
    }

    @Test func ignoresPlacesThatAreNotWhereTheCountWasMade() {
        func place(_ name: String, in text: String) -> PlaceMention {
            PlaceMention(name: name, kind: .country, country: name, surface: name, range: range(of: name, in: text))
        }
        let based = "The Oslo-based group said 133 people had been killed."
        #expect(figures(based, context(places: [place("Oslo", in: based)])).map(\.location) == ["Kazakhstan"])
        let sent = "Russia reportedly sent in some 2,500 troops."
        #expect(figures(sent, context(places: [place("Russia", in: sent)])).map(\.location) == ["Kazakhstan"])
        let river = "The doctors said 40 of the dead were bodies pulled from the Nile."
        #expect(figures(river, context(places: [place("Nile", in: river)])).map(\.location) == ["Kazakhstan"])
    }

    @Test func keepsTheSentenceAsTheQuote() {
        let text = "12 people were killed."
        let found = CasualtyExtractor().figures(in: sentence(text, start: 40), context: context())
        #expect(found.map(\.quote) == [text])
        #expect(found.map(\.start) == [40])
        #expect(found.map(\.end) == [40 + text.unicodeScalars.count])
    }

    @Test func lexiconsLoadAndHoldLowercaseWords() {
        let lists: [[String]] = [
            Array(CasualtyLexicon.triggers.keys), Array(CasualtyLexicon.objectVerbs.keys),
            Array(CasualtyLexicon.ofNouns.keys), Array(CasualtyLexicon.auxiliaries),
            Array(CasualtyLexicon.people.keys), Array(CasualtyLexicon.singularPeople),
            Array(CasualtyLexicon.troopNouns), Array(CasualtyLexicon.deploymentCues),
            Array(CasualtyLexicon.protestCues), Array(CasualtyLexicon.speechVerbs), Array(CasualtyLexicon.months),
            Array(CasualtyLexicon.yearPrepositions), Array(CasualtyLexicon.functionWords),
            Array(CasualtyLexicon.inheritanceFollowers), Array(CasualtyLexicon.connectors),
            Array(CasualtyLexicon.determiners), Array(CasualtyLexicon.percentWords),
        ]
        for list in lists {
            #expect(!list.isEmpty)
            #expect(list.allSatisfy { $0 == $0.lowercased() })
        }
        #expect(!CasualtyLexicon.currencySymbols.isEmpty)
    }

    // MARK: Repeated figures

    func figure(
        _ low: Int,
        asOf: String,
        source: String?,
        location: String? = "Kazakhstan"
    ) -> CasualtyFigure {
        CasualtyFigure(
            category: .killed,
            group: .unspecified,
            low: low,
            high: low,
            isApproximate: false,
            location: location,
            asOf: DateValue(iso: asOf),
            attributedTo: source,
            quote: "",
            start: 0,
            end: 0
        )
    }

    @Test func reportsARepeatedFigureOnce() {
        let extractor = CasualtyExtractor()
        let first = figure(164, asOf: "2022-01-09", source: "Khabar 24")
        #expect(extractor.deduplicated([first, figure(164, asOf: "2022-01-09", source: "Khabar 24")]) == [first])
        #expect(extractor.deduplicated([first, figure(164, asOf: "2022-01-10", source: nil)]) == [first])
        let lead = figure(164, asOf: "2022-01-10", source: nil)
        #expect(extractor.deduplicated([lead, first]) == [first])
    }

    @Test func readsASentenceOfThousandsOfCountsInOnePass() {
        let text = String(repeating: "police said 1,000 people were killed and ", count: 3000)
        let found = figures(text)
        #expect(found.count == 3000)
        #expect(CasualtyExtractor().deduplicated(found).count == 1)
    }

    @Test func keepsAFigureRestatedByAnotherSourceForAnotherDate() {
        let extractor = CasualtyExtractor()
        let figures = [
            figure(164, asOf: "2022-01-09", source: "Khabar 24"),
            figure(164, asOf: "2022-01-10", source: "health ministry"),
            figure(1, asOf: "2020-08-10", source: nil, location: "Minsk"),
            figure(1, asOf: "2020-08-12", source: nil, location: "Gomel"),
        ]
        #expect(extractor.deduplicated(figures) == figures)
    }
}
