extension BuiltInKnowledge {
    /// International, regional and security organisations, major national bodies, armed groups and
    /// parties that news about unrest often names. General facts.
    static let organizations = #"""
        organizations:
          # The UN system
          - name: United Nations
            aliases: [UN, U.N.]
          - name: UN Security Council
            aliases: [UNSC, United Nations Security Council, U.N. Security Council, Security Council of the United Nations]
          - name: UN General Assembly
            aliases: [United Nations General Assembly, UNGA]
          - name: UN Human Rights Council
            aliases: [UNHRC, United Nations Human Rights Council, U.N. Human Rights Council, Human Rights Council]
          - name: Office of the UN High Commissioner for Human Rights
            aliases: [OHCHR, UN human rights office, UN rights office, U.N. human rights office,
              United Nations human rights office, Office of the United Nations High Commissioner for Human Rights,
              UN Human Rights Office, UN High Commissioner for Human Rights,
              United Nations High Commissioner for Human Rights, U.N. High Commissioner for Human Rights]
          - name: UNICEF
            aliases: [United Nations Children's Fund, UN Children's Fund]
          - name: UNHCR
            aliases: [UN refugee agency, United Nations High Commissioner for Refugees, UN Refugee Agency]
          - name: World Food Programme
            aliases: [WFP, World Food Program, UN World Food Programme]
          - name: World Health Organization
            aliases: [WHO, World Health Organisation]
          - name: International Monetary Fund
            aliases: [IMF]
          - name: World Bank
          - name: International Criminal Court
            aliases: [ICC]
          - name: International Court of Justice
            aliases: [ICJ, World Court]
          - name: International Atomic Energy Agency
            aliases: [IAEA]
          - name: UNESCO
          - name: International Organization for Migration
            aliases: [IOM]
          # Regional and security organisations
          - name: CSTO
            aliases: [Collective Security Treaty Organization, Collective Security Treaty Organisation]
          - name: NATO
            aliases: [North Atlantic Treaty Organization, North Atlantic Treaty Organisation, Nato]
          - name: European Union
            aliases: [EU, E.U.]
          - name: European Commission
          - name: European Parliament
          - name: European Council
          - name: European Central Bank
            aliases: [ECB]
          - name: Council of Europe
          - name: European Court of Human Rights
            aliases: [ECHR]
          - name: OSCE
            aliases: [Organization for Security and Co-operation in Europe, Organization for Security and Cooperation in Europe,
              Organisation for Security and Co-operation in Europe, Organisation for Security and Cooperation in Europe]
          - name: Shanghai Cooperation Organisation
            aliases: [SCO, Shanghai Cooperation Organization]
          - name: Commonwealth of Independent States
            aliases: [CIS]
          - name: Eurasian Economic Union
            aliases: [EAEU, EEU]
          - name: African Union
            aliases: [AU]
          - name: African Union Peace and Security Council
            aliases: [AU Peace and Security Council, African Union's Peace and Security Council]
          - name: ECOWAS
            aliases: [Economic Community of West African States]
          - name: Arab League
            aliases: [League of Arab States]
          - name: Gulf Cooperation Council
            aliases: [GCC]
          - name: Organisation of Islamic Cooperation
            aliases: [OIC, Organization of Islamic Cooperation]
          - name: ASEAN
            aliases: [Association of Southeast Asian Nations]
          - name: Organization of American States
            aliases: [OAS, Organisation of American States]
          - name: Inter-American Commission on Human Rights
            aliases: [IACHR]
          - name: OPEC
            aliases: [Organization of the Petroleum Exporting Countries]
          - name: G7
            aliases: [Group of Seven]
          - name: G20
            aliases: [Group of 20]
          - name: Interpol
          # Humanitarian and rights organisations
          - name: Amnesty International
            aliases: [Amnesty]
          - name: Human Rights Watch
            aliases: [HRW]
          - name: International Committee of the Red Cross
            aliases: [ICRC]
          - name: Red Cross
            aliases: [International Federation of Red Cross and Red Crescent Societies, IFRC, Red Crescent]
          - name: Médecins Sans Frontières
            aliases: [MSF, Doctors Without Borders, Medecins Sans Frontieres]
          - name: Reporters Without Borders
          - name: Committee to Protect Journalists
            aliases: [CPJ]
          - name: NetBlocks
          - name: Freedom House
          - name: Transparency International
          # Central Asia, Russia and the former Soviet Union
          - name: National Security Committee
            aliases: [KNB, National Security Committee of Kazakhstan, Kazakhstan's National Security Committee]
            country: Kazakhstan
          - name: Parliament of Kazakhstan
            aliases: [Mazhilis, Majilis, Kazakh parliament, Kazakhstan's parliament]
            country: Kazakhstan
          - name: Samruk-Kazyna
            country: Kazakhstan
          - name: Kazatomprom
            country: Kazakhstan
          - name: KazMunayGas
            country: Kazakhstan
          - name: Atameken
            aliases: [National Chamber of Entrepreneurs, Atameken National Chamber of Entrepreneurs]
            country: Kazakhstan
          - name: Nur Otan
            aliases: [Amanat]
            country: Kazakhstan
          - name: State Committee for National Security of Kyrgyzstan
            aliases: [GKNB, State Committee for National Security]
            country: Kyrgyzstan
          - name: Jogorku Kenesh
            aliases: [Supreme Council of Kyrgyzstan]
            country: Kyrgyzstan
          - name: Federal Security Service
            aliases: [FSB]
            country: Russia
          - name: Rosgvardia
            aliases: [Russian National Guard, National Guard of Russia, Rosgvardiya]
            country: Russia
          - name: State Duma
            aliases: [Duma]
            country: Russia
          - name: Wagner Group
            aliases: [Wagner]
            kind: group
          - name: Gazprom
            country: Russia
          - name: KGB of Belarus
            aliases: [Belarusian KGB]
            country: Belarus
          - name: Security Service of Ukraine
            aliases: [SBU]
            country: Ukraine
          - name: Verkhovna Rada
            aliases: [Rada]
            country: Ukraine
          # The Middle East
          - name: Hezbollah
            aliases: [Hizbollah, Hizbullah, Hezbollah movement]
            kind: group
          - name: Amal Movement
            aliases: [Amal]
            kind: group
          - name: Internal Security Forces
            aliases: [ISF]
            country: Lebanon
          - name: Lebanese Armed Forces
            aliases: [Lebanese army]
            country: Lebanon
          - name: Hamas
            kind: group
          - name: Palestinian Islamic Jihad
            aliases: [Islamic Jihad]
            kind: group
          - name: Palestinian Authority
            aliases: [PA]
          - name: Houthis
            aliases: [Houthi, Ansar Allah, Houthi movement]
            kind: group
          - name: Islamic State
            aliases: [ISIS, ISIL, Daesh, Islamic State group]
            kind: group
          - name: al-Qaeda
            aliases: [Al-Qaeda, al-Qaida, Al Qaeda]
            kind: group
          - name: Islamic Revolutionary Guard Corps
            aliases: [IRGC, Revolutionary Guards, Revolutionary Guard, Iran's Revolutionary Guards]
            country: Iran
          - name: Basij
            aliases: [Basij militia]
            country: Iran
          - name: Iranian morality police
            aliases: [morality police, Guidance Patrol]
            country: Iran
          - name: Iran Human Rights
            aliases: [IHR, Iran Human Rights group]
          - name: Kurdistan Workers' Party
            aliases: [PKK]
            kind: group
          - name: Syrian Democratic Forces
            aliases: [SDF]
            kind: group
          - name: Hayat Tahrir al-Sham
            aliases: [HTS]
            kind: group
          - name: Muslim Brotherhood
            kind: group
          - name: Taliban
            kind: group
          # Africa
          - name: Rapid Support Forces
            aliases: [RSF]
            country: Sudan
          - name: Transitional Military Council
            aliases: [TMC]
            country: Sudan
          - name: Sovereignty Council of Sudan
            aliases: [Sovereign Council, Sovereignty Council]
            country: Sudan
          - name: Forces for Freedom and Change
            aliases: [FFC, Forces of Freedom and Change]
            country: Sudan
          - name: Sudanese Professionals Association
            aliases: [SPA]
            country: Sudan
          - name: Sudan People's Liberation Movement-North
            aliases: [SPLM-N, Sudan People's Liberation Movement North]
            kind: group
          - name: Tigray People's Liberation Front
            aliases: [TPLF]
            kind: group
          - name: Boko Haram
            kind: group
          - name: al-Shabaab
            aliases: [Al-Shabaab, al-Shabab]
            kind: group
          - name: M23
            aliases: [M23 rebels, March 23 Movement]
            kind: group
          - name: African National Congress
            aliases: [ANC]
          # The Americas
          - name: FARC
            aliases: [Revolutionary Armed Forces of Colombia]
            kind: group
          - name: ELN
            aliases: [National Liberation Army of Colombia]
            kind: group
          - name: CONAIE
            aliases: [Confederation of Indigenous Nationalities of Ecuador]
            country: Ecuador
          - name: Sendero Luminoso
            aliases: [Shining Path]
            kind: group
          # Europe
          - name: CGT
            aliases: [General Confederation of Labour, Confédération générale du travail]
            country: France
          - name: National Rally
            aliases: [Rassemblement National, RN, National Front]
            country: France
          - name: Serbian Progressive Party
            aliases: [SNS]
            country: Serbia
          # Major parties that protest news often names
          - name: United Russia
            country: Russia
          - name: Justice and Development Party
            aliases: [AKP, AK Party]
            country: Turkey
          - name: Republican People's Party
            aliases: [CHP]
            country: Turkey
          - name: Fidesz
            country: Hungary
          - name: Law and Justice
            aliases: [PiS, Law and Justice party]
            country: Poland
          - name: Georgian Dream
            country: Georgia
          - name: United National Movement
            aliases: [UNM]
            country: Georgia
          - name: Awami League
            country: Bangladesh
          - name: Bangladesh Nationalist Party
            aliases: [BNP]
            country: Bangladesh
          - name: Jamaat-e-Islami
            country: Bangladesh
          - name: Pakistan Tehreek-e-Insaf
            aliases: [PTI, Tehreek-e-Insaf]
            country: Pakistan
          - name: Pakistan Muslim League-Nawaz
            aliases: [PML-N]
            country: Pakistan
          - name: Bharatiya Janata Party
            aliases: [BJP]
            country: India
          - name: Indian National Congress
            country: India
          - name: Nepali Congress
            country: Nepal
          - name: Communist Party of Nepal (Unified Marxist-Leninist)
            aliases: [CPN-UML, UML]
            country: Nepal
          - name: Sri Lanka Podujana Peramuna
            aliases: [SLPP]
            country: Sri Lanka
          - name: Likud
            country: Israel
          - name: Fatah
            kind: group
          - name: Workers' Party of Brazil
            aliases: [Brazilian Workers' Party]
            country: Brazil
          - name: Morena
            aliases: [National Regeneration Movement]
            country: Mexico
          - name: Free Syrian Army
            aliases: [FSA]
            kind: group
          # Security and intelligence services
          - name: Central Intelligence Agency
            aliases: [CIA]
            country: United States
          - name: Federal Bureau of Investigation
            aliases: [FBI]
            country: United States
          - name: Mossad
            country: Israel
          - name: Shin Bet
            country: Israel
          - name: Israel Defense Forces
            aliases: [IDF, Israeli military, Israel Defence Forces]
            country: Israel
          - name: Inter-Services Intelligence
            aliases: [ISI]
            country: Pakistan
        """#

    /// Bodies every state has, named "<name> of <country>" after the country the article is about, and the
    /// words that name ministries. Names that are never actors (news outlets and agencies cited as a source,
    /// social platforms) are listed under `ignore`.
    static let institutions = #"""
        institutions:
          - {name: National Assembly, aliases: [the National Assembly]}
          - {name: Parliament, aliases: [the Parliament]}
          - {name: Congress, aliases: [National Congress]}
          - {name: Senate}
          - {name: Supreme Court}
          - {name: Constitutional Court}
          - {name: Central Election Commission, aliases: [Central Electoral Commission, Election Commission,
              Electoral Commission, Central Elections Commission]}
          - {name: Prosecutor General's Office, aliases: [Prosecutor-General's Office, General Prosecutor's Office,
              Office of the Prosecutor General, Prosecutor General's office]}
          - {name: Ombudsman's Office, aliases: [Ombudsman, Human Rights Ombudsman, Ombudsman Office,
              Ombudsperson's Office, Office of the Ombudsman]}
          - {name: Office of the President, aliases: [Presidential Office, President's Office]}
          - {name: Central Bank, aliases: [National Bank]}
          - {name: General Staff}
          - {name: Comptroller General, aliases: [Comptroller General's Office, Office of the Comptroller General,
              Comptroller's Office]}
        ministries:
          - {name: Interior, aliases: [internal affairs, home affairs, interior affairs]}
          - {name: Home}
          - {name: Health, aliases: [public health, healthcare]}
          - {name: Defence, aliases: [defense]}
          - {name: Foreign, aliases: [foreign affairs, external affairs]}
          - {name: Finance, aliases: [finance and economy]}
          - {name: Economy, aliases: [economic, economic affairs, economic development, economy and finance]}
          - {name: Education, aliases: [education and science, public education]}
          - {name: Justice}
          - {name: Energy, aliases: [energy and mines, energy and mineral resources]}
          - {name: Emergency Situations, aliases: [emergencies, emergency]}
          - {name: Information, aliases: [information and communications, information and social development]}
          - {name: Labour, aliases: [labor, labour and social protection, labor and social protection]}
          - {name: Agriculture}
          - {name: Transport, aliases: [transportation, transport and communications]}
          - {name: Trade, aliases: [trade and integration, commerce]}
          - {name: Culture}
          - {name: Environment, aliases: [ecology]}
          - {name: Communications}
          - {name: Digital Development}
        ignore:
          - Reuters
          - Thomson Reuters
          - Thomson Reuters Trust Principles
          - Associated Press
          - AP
          - AFP
          - Agence France-Presse
          - BBC
          - CNN
          - Al Jazeera
          - Al Arabiya
          - Bloomberg
          - The New York Times
          - New York Times
          - The Washington Post
          - Washington Post
          - The Guardian
          - The Wall Street Journal
          - Financial Times
          - The Economist
          - Euronews
          - Deutsche Welle
          - DW
          - France 24
          - Radio Free Europe/Radio Liberty
          - RFE/RL
          - Radio Liberty
          - Voice of America
          - VOA
          - TASS
          - ITAR-TASS
          - RIA Novosti
          - RIA
          - Interfax
          - Sputnik
          - RT
          - Kommersant
          - Xinhua
          - CGTN
          - Kyodo
          - Yonhap
          - Anadolu
          - Anadolu Agency
          - IRNA
          - Fars
          - Tasnim
          - ISNA
          - EFE
          - dpa
          - ANSA
          - Khabar 24
          - Khabar
          - Kazinform
          - Tengrinews
          - Vlast
          - Orda
          - Kaktus
          - 24.kg
          - AKIpress
          - Belta
          - Nasha Niva
          - Tut.by
          - Armenpress
          - NHK
          - Twitter
          - Facebook
          - Instagram
          - WhatsApp
          - Telegram
          - YouTube
          - TikTok
          - VKontakte
          - Signal
          - Getty Images
          - AFP via Getty Images
          - EPA
          - EPA-EFE
          - Shutterstock
          - Reuters Connect
          - AP Photo
          - Sipa
          - Security Council
          - Communist Party
          - GMT
          - UTC
          - LPG
          - GDP
          - COVID-19
          - Covid
        """#
}
