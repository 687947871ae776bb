/// The built-in YAML documents, parsed once into `Knowledge.builtIn`.
enum BuiltInKnowledge {
    static let documents = [countries, places, leaders, organizations, institutions]

    /// Every UN member state (and a few other states and territories) with its demonyms, capital, major
    /// cities and main regions. General geographic facts.
    static let countries = #"""
        countries:
          # Central Asia, the Caucasus and Eastern Europe
          - name: Kazakhstan
            aliases: [Republic of Kazakhstan]
            demonyms: [Kazakh, Kazakhstani]
            capital: Astana
            cities: [Almaty, Shymkent, Karaganda, Aktobe, Taraz, Pavlodar, Ust-Kamenogorsk, Oskemen, Semey, Atyrau,
              Kostanay, Kyzylorda, Uralsk, Oral, Petropavl, Petropavlovsk, Aktau, Temirtau, Turkestan, Taldykorgan,
              Ekibastuz, Zhanaozen, Kokshetau, Zhezkazgan, Baikonur]
            regions: [Mangystau, Mangistau, Atyrau Region, Aktobe Region, West Kazakhstan, East Kazakhstan,
              North Kazakhstan, Almaty Region, Zhambyl, Turkestan Region, Kyzylorda Region, Karaganda Region,
              Pavlodar Region, Kostanay Region, Akmola, Abai Region, Zhetysu, Ulytau]
            centralBank: National Bank of Kazakhstan
          - name: Kyrgyzstan
            aliases: [Kyrgyz Republic, Kirghizia]
            demonyms: [Kyrgyz, Kirghiz]
            capital: Bishkek
            cities: [Osh, Jalal-Abad, Karakol, Tokmok, Naryn, Talas, Batken, Uzgen]
            regions: [Chuy, Issyk-Kul, Jalal-Abad Region, Osh Region, Naryn Region, Talas Region, Batken Region]
          - name: Tajikistan
            demonyms: [Tajik, Tajikistani]
            capital: Dushanbe
            cities: [Khujand, Kulob, Bokhtar, Khorog, Istaravshan]
            regions: [Gorno-Badakhshan, Sughd, Khatlon]
          - name: Uzbekistan
            demonyms: [Uzbek, Uzbekistani]
            capital: Tashkent
            cities: [Samarkand, Bukhara, Namangan, Andijan, Fergana, Nukus, Karshi, Khiva, Termez]
            regions: [Karakalpakstan, Fergana Valley]
          - name: Turkmenistan
            demonyms: [Turkmen]
            capital: Ashgabat
            cities: [Turkmenabat, Dashoguz, Mary, Balkanabat, Turkmenbashi]
          - name: Russia
            aliases: [Russian Federation]
            demonyms: [Russian]
            capital: Moscow
            cities: [Saint Petersburg, St Petersburg, St. Petersburg, Novosibirsk, Yekaterinburg, Kazan,
              Nizhny Novgorod, Chelyabinsk, Samara, Omsk, Rostov-on-Don, Ufa, Krasnoyarsk, Voronezh, Perm, Volgograd,
              Krasnodar, Saratov, Tyumen, Vladivostok, Khabarovsk, Irkutsk, Grozny, Makhachkala, Kaliningrad,
              Murmansk, Sochi, Belgorod, Kursk, Bryansk, Orenburg, Astrakhan]
            regions: [Siberia, Chechnya, Dagestan, Tatarstan, Bashkortostan, Ingushetia, Crimea, Kursk Region,
              Belgorod Region, Far East, Urals]
            ministryPrefix: Russian
            centralBank: Central Bank of Russia
            seats: [Kremlin]
          - name: Ukraine
            demonyms: [Ukrainian]
            capital: Kyiv
            cities: [Kharkiv, Odesa, Odessa, Dnipro, Donetsk, Zaporizhzhia, Lviv, Kryvyi Rih, Mykolaiv, Mariupol,
              Luhansk, Kherson, Sumy, Chernihiv, Poltava, Bakhmut, Avdiivka, Kramatorsk, Bucha, Irpin]
            regions: [Donbas, Donbass, Donetsk Region, Luhansk Region, Kherson Region, Zaporizhzhia Region,
              Kharkiv Region]
            ministryPrefix: Ukrainian
            centralBank: National Bank of Ukraine
          - name: Belarus
            aliases: [Republic of Belarus, Byelorussia]
            demonyms: [Belarusian, Belarussian, Byelorussian]
            capital: Minsk
            cities: [Gomel, Homel, Mogilev, Vitebsk, Grodno, Hrodna, Brest, Bobruisk, Baranovichi, Borisov, Pinsk,
              Soligorsk, Salihorsk]
            centralBank: National Bank of Belarus
          - name: Moldova
            aliases: [Republic of Moldova]
            demonyms: [Moldovan]
            capital: Chisinau
            cities: [Tiraspol, Balti, Bender, Comrat]
            regions: [Transnistria, Gagauzia]
          - name: Armenia
            demonyms: [Armenian]
            capital: Yerevan
            cities: [Gyumri, Vanadzor, Vagharshapat, Abovyan, Kapan, Goris, Dilijan]
            regions: [Syunik, Lori, Shirak, Tavush]
          - name: Azerbaijan
            demonyms: [Azerbaijani, Azeri]
            capital: Baku
            cities: [Ganja, Sumgait, Mingachevir, Lankaran, Shusha, Nakhchivan]
            regions: [Nagorno-Karabakh, Karabakh]
          - name: Georgia
            demonyms: [Georgian]
            capital: Tbilisi
            cities: [Batumi, Kutaisi, Rustavi, Zugdidi, Gori, Poti]
            regions: [Abkhazia, South Ossetia, Adjara]
          # Europe
          - name: France
            aliases: [French Republic]
            demonyms: [French]
            capital: Paris
            cities: [Marseille, Lyon, Toulouse, Nice, Nantes, Strasbourg, Montpellier, Bordeaux, Lille, Rennes, Reims,
              Dijon, Grenoble, Toulon, Le Havre, Rouen, Nancy, Metz, Calais, Versailles, Nanterre]
            regions: [Brittany, Normandy, Provence, Corsica, Alsace, Ile-de-France, Occitania, New Caledonia,
              Martinique, Guadeloupe, Mayotte]
            ministryPrefix: French
          - name: Germany
            demonyms: [German]
            capital: Berlin
            cities: [Hamburg, Munich, Cologne, Frankfurt, Stuttgart, Dusseldorf, Leipzig, Dortmund, Essen, Bremen,
              Dresden, Hanover, Nuremberg, Bonn, Magdeburg, Chemnitz]
            regions: [Bavaria, Saxony, Thuringia, Brandenburg, Hesse, North Rhine-Westphalia, Baden-Wurttemberg]
            ministryPrefix: German
          - name: United Kingdom
            aliases: [UK, U.K., Britain, Great Britain]
            demonyms: [British, Briton]
            capital: London
            cities: [Birmingham, Manchester, Glasgow, Liverpool, Leeds, Sheffield, Edinburgh, Bristol, Cardiff,
              Belfast, Newcastle, Nottingham, Leicester, Southampton, Aberdeen]
            regions: [England, Scotland, Wales, Northern Ireland]
            ministryPrefix: British
            centralBank: Bank of England
            seats: [Downing Street]
          - name: Italy
            demonyms: [Italian]
            capital: Rome
            cities: [Milan, Naples, Turin, Palermo, Genoa, Bologna, Florence, Bari, Catania, Venice, Verona]
            regions: [Sicily, Sardinia, Lombardy, Tuscany, Calabria, Lampedusa]
            ministryPrefix: Italian
          - name: Spain
            demonyms: [Spanish, Spaniard]
            capital: Madrid
            cities: [Barcelona, Valencia, Seville, Zaragoza, Malaga, Murcia, Palma, Bilbao, Alicante, Cordoba,
              Granada]
            regions: [Catalonia, Andalusia, Basque Country, Galicia, Canary Islands, Balearic Islands]
            ministryPrefix: Spanish
          - name: Portugal
            demonyms: [Portuguese]
            capital: Lisbon
            cities: [Porto, Braga, Coimbra, Faro]
          - name: Netherlands
            aliases: [Holland, The Netherlands]
            demonyms: [Dutch]
            capital: Amsterdam
            cities: [Rotterdam, The Hague, Utrecht, Eindhoven]
            ministryPrefix: Dutch
          - name: Belgium
            demonyms: [Belgian]
            capital: Brussels
            cities: [Antwerp, Ghent, Liege, Bruges, Charleroi]
          - name: Luxembourg
            demonyms: [Luxembourgish]
            capital: Luxembourg
          - name: Switzerland
            demonyms: [Swiss]
            capital: Bern
            cities: [Zurich, Geneva, Basel, Lausanne, Davos]
          - name: Austria
            demonyms: [Austrian]
            capital: Vienna
            cities: [Graz, Linz, Salzburg, Innsbruck]
          - name: Ireland
            aliases: [Republic of Ireland]
            demonyms: [Irish]
            capital: Dublin
            cities: [Cork, Limerick, Galway]
          - name: Poland
            demonyms: [Polish, Pole]
            capital: Warsaw
            cities: [Krakow, Lodz, Wroclaw, Poznan, Gdansk, Szczecin, Lublin, Katowice, Rzeszow]
            ministryPrefix: Polish
          - name: Czech Republic
            aliases: [Czechia]
            demonyms: [Czech]
            capital: Prague
            cities: [Brno, Ostrava, Plzen]
          - name: Slovakia
            demonyms: [Slovak]
            capital: Bratislava
            cities: [Kosice]
          - name: Hungary
            demonyms: [Hungarian]
            capital: Budapest
            cities: [Debrecen, Szeged, Miskolc, Pecs]
          - name: Romania
            demonyms: [Romanian]
            capital: Bucharest
            cities: [Cluj-Napoca, Timisoara, Iasi, Constanta, Brasov]
          - name: Bulgaria
            demonyms: [Bulgarian]
            capital: Sofia
            cities: [Plovdiv, Varna, Burgas]
          - name: Greece
            demonyms: [Greek]
            capital: Athens
            cities: [Thessaloniki, Patras, Heraklion, Piraeus]
            regions: [Crete, Lesbos]
          - name: Cyprus
            demonyms: [Cypriot]
            capital: Nicosia
            cities: [Limassol, Larnaca, Famagusta]
          - name: Malta
            demonyms: [Maltese]
            capital: Valletta
          - name: Slovenia
            demonyms: [Slovenian, Slovene]
            capital: Ljubljana
          - name: Croatia
            demonyms: [Croatian, Croat]
            capital: Zagreb
            cities: [Split, Rijeka, Osijek, Dubrovnik]
          - name: Serbia
            demonyms: [Serbian, Serb]
            capital: Belgrade
            cities: [Novi Sad, Nis, Kragujevac, Subotica, Cacak, Novi Pazar, Kraljevo]
            regions: [Vojvodina, Sandzak]
          - name: Bosnia and Herzegovina
            aliases: [Bosnia]
            demonyms: [Bosnian, Bosniak]
            capital: Sarajevo
            cities: [Banja Luka, Tuzla, Zenica, Mostar, Srebrenica]
            regions: [Republika Srpska]
          - name: Montenegro
            demonyms: [Montenegrin]
            capital: Podgorica
            cities: [Niksic, Budva]
          - name: North Macedonia
            aliases: [Macedonia]
            demonyms: [Macedonian]
            capital: Skopje
            cities: [Bitola, Kumanovo, Tetovo, Ohrid]
          - name: Albania
            demonyms: [Albanian]
            capital: Tirana
            cities: [Durres, Vlore, Shkoder]
          - name: Kosovo
            demonyms: [Kosovar, Kosovan]
            capital: Pristina
            cities: [Mitrovica, Prizren, Peja]
          - name: Lithuania
            demonyms: [Lithuanian]
            capital: Vilnius
            cities: [Kaunas, Klaipeda]
          - name: Latvia
            demonyms: [Latvian]
            capital: Riga
            cities: [Daugavpils]
          - name: Estonia
            demonyms: [Estonian]
            capital: Tallinn
            cities: [Tartu, Narva]
          - name: Finland
            demonyms: [Finnish, Finn]
            capital: Helsinki
            cities: [Espoo, Tampere, Turku]
          - name: Sweden
            demonyms: [Swedish, Swede]
            capital: Stockholm
            cities: [Gothenburg, Malmo, Uppsala]
          - name: Norway
            demonyms: [Norwegian]
            capital: Oslo
            cities: [Bergen, Trondheim, Stavanger]
          - name: Denmark
            demonyms: [Danish, Dane]
            capital: Copenhagen
            cities: [Aarhus, Odense]
            regions: [Greenland, Faroe Islands]
          - name: Iceland
            demonyms: [Icelandic]
            capital: Reykjavik
          - name: Andorra
            demonyms: [Andorran]
            capital: Andorra la Vella
          - name: Monaco
            demonyms: [Monegasque]
          - name: Liechtenstein
            capital: Vaduz
          - name: San Marino
            demonyms: [Sammarinese]
          - name: Vatican City
            aliases: [Holy See, Vatican]
          # Middle East and North Africa
          - name: Turkey
            aliases: [Turkiye, Republic of Turkey]
            demonyms: [Turkish]
            capital: Ankara
            cities: [Istanbul, Izmir, Bursa, Antalya, Adana, Gaziantep, Konya, Diyarbakir, Mersin, Kayseri,
              Hatay, Antakya, Kahramanmaras, Malatya, Van]
            ministryPrefix: Turkish
          - name: Iran
            aliases: [Islamic Republic of Iran, Islamic Republic]
            demonyms: [Iranian, Persian]
            capital: Tehran
            cities: [Mashhad, Isfahan, Karaj, Shiraz, Tabriz, Qom, Ahvaz, Kermanshah, Urmia, Rasht, Zahedan, Sanandaj,
              Saqqez, Bandar Abbas, Yazd, Arak, Mahabad]
            regions: [Kurdistan Province, Sistan and Baluchestan, Khuzestan, Baluchistan]
            ministryPrefix: Iranian
          - name: Iraq
            demonyms: [Iraqi]
            capital: Baghdad
            cities: [Basra, Mosul, Erbil, Kirkuk, Najaf, Karbala, Sulaymaniyah, Nasiriyah, Fallujah, Ramadi]
            regions: [Iraqi Kurdistan, Anbar]
          - name: Syria
            aliases: [Syrian Arab Republic]
            demonyms: [Syrian]
            capital: Damascus
            cities: [Aleppo, Homs, Latakia, Hama, Raqqa, Deir ez-Zor, Idlib, Daraa, Tartus, Qamishli]
          - name: Lebanon
            demonyms: [Lebanese]
            capital: Beirut
            cities: [Tripoli, Sidon, Tyre, Baalbek, Byblos, Zahle, Nabatieh]
            regions: [Bekaa Valley, Bekaa]
            centralBank: Banque du Liban
          - name: Israel
            demonyms: [Israeli]
            capital: Jerusalem
            cities: [Tel Aviv, Haifa, Beersheba, Ashdod, Netanya, Eilat, Ashkelon, Sderot]
            regions: [Negev, Galilee, Golan Heights]
          - name: Palestine
            aliases: [State of Palestine, Palestinian territories]
            demonyms: [Palestinian]
            capital: Ramallah
            cities: [Gaza City, Khan Younis, Rafah, Hebron, Nablus, Jenin, Bethlehem, Jericho, Tulkarm]
            regions: [Gaza, Gaza Strip, West Bank, East Jerusalem]
          - name: Jordan
            demonyms: [Jordanian]
            capital: Amman
            cities: [Zarqa, Irbid, Aqaba]
          - name: Saudi Arabia
            demonyms: [Saudi]
            capital: Riyadh
            cities: [Jeddah, Mecca, Medina, Dammam, Taif]
          - name: Yemen
            demonyms: [Yemeni]
            capital: Sanaa
            cities: [Aden, Taiz, Hodeidah, Marib, Mukalla]
          - name: Oman
            demonyms: [Omani]
            capital: Muscat
            cities: [Salalah]
          - name: United Arab Emirates
            aliases: [UAE, U.A.E., Emirates]
            demonyms: [Emirati]
            capital: Abu Dhabi
            cities: [Dubai, Sharjah, Ajman]
          - name: Qatar
            demonyms: [Qatari]
            capital: Doha
          - name: Bahrain
            demonyms: [Bahraini]
            capital: Manama
          - name: Kuwait
            demonyms: [Kuwaiti]
            capital: Kuwait City
          - name: Egypt
            demonyms: [Egyptian]
            capital: Cairo
            cities: [Alexandria, Giza, Port Said, Suez, Luxor, Aswan, Ismailia, Mansoura, Tanta, Sharm el-Sheikh]
            regions: [Sinai]
          - name: Libya
            demonyms: [Libyan]
            capital: Tripoli
            cities: [Benghazi, Misrata, Sirte, Derna, Tobruk, Sabha]
          - name: Tunisia
            demonyms: [Tunisian]
            capital: Tunis
            cities: [Sfax, Sousse, Kairouan, Gafsa, Sidi Bouzid]
          - name: Algeria
            demonyms: [Algerian]
            capital: Algiers
            cities: [Oran, Constantine, Annaba, Blida, Bejaia, Tizi Ouzou]
            regions: [Kabylie]
          - name: Morocco
            demonyms: [Moroccan]
            capital: Rabat
            cities: [Casablanca, Fez, Marrakesh, Tangier, Agadir, Meknes, Oujda, Al Hoceima]
            regions: [Rif]
          - name: Western Sahara
            demonyms: [Sahrawi]
            cities: [Laayoune]
          # Sub-Saharan Africa
          - name: Sudan
            demonyms: [Sudanese]
            capital: Khartoum
            cities: [Omdurman, Khartoum North, Bahri, Port Sudan, Kassala, Atbara, El Obeid, Nyala, El Fasher,
              Wad Madani, Geneina, El Geneina, Kadugli]
            regions: [Darfur, North Darfur, South Darfur, West Darfur, Kordofan, South Kordofan, Blue Nile, Gezira]
          - name: South Sudan
            demonyms: [South Sudanese]
            capital: Juba
            cities: [Malakal, Wau, Bor]
          - name: Ethiopia
            demonyms: [Ethiopian]
            capital: Addis Ababa
            cities: [Mekelle, Gondar, Bahir Dar, Dire Dawa, Hawassa, Adama, Dessie]
            regions: [Tigray, Amhara, Oromia, Afar, Somali Region]
          - name: Eritrea
            demonyms: [Eritrean]
            capital: Asmara
          - name: Djibouti
            demonyms: [Djiboutian]
            capital: Djibouti
          - name: Somalia
            demonyms: [Somali]
            capital: Mogadishu
            cities: [Hargeisa, Kismayo, Baidoa, Bosaso]
            regions: [Somaliland, Puntland, Jubaland]
          - name: Kenya
            demonyms: [Kenyan]
            capital: Nairobi
            cities: [Mombasa, Kisumu, Nakuru, Eldoret, Garissa]
          - name: Uganda
            demonyms: [Ugandan]
            capital: Kampala
            cities: [Gulu, Entebbe, Jinja, Mbarara]
          - name: Tanzania
            demonyms: [Tanzanian]
            capital: Dodoma
            cities: [Dar es Salaam, Arusha, Mwanza, Zanzibar City]
            regions: [Zanzibar]
          - name: Rwanda
            demonyms: [Rwandan]
            capital: Kigali
          - name: Burundi
            demonyms: [Burundian]
            capital: Gitega
            cities: [Bujumbura]
          - name: Democratic Republic of the Congo
            aliases: [DR Congo, DRC, Congo-Kinshasa]
            demonyms: [Congolese]
            capital: Kinshasa
            cities: [Lubumbashi, Goma, Bukavu, Kisangani, Mbuji-Mayi, Beni]
            regions: [North Kivu, South Kivu, Ituri, Katanga]
          - name: Republic of the Congo
            aliases: [Congo-Brazzaville]
            capital: Brazzaville
            cities: [Pointe-Noire]
          - name: Nigeria
            demonyms: [Nigerian]
            capital: Abuja
            cities: [Lagos, Kano, Ibadan, Port Harcourt, Benin City, Kaduna, Maiduguri, Jos, Enugu, Zaria, Sokoto]
            regions: [Borno, Zamfara, Niger Delta, Kaduna State, Lagos State, Plateau State]
          - name: Ghana
            demonyms: [Ghanaian]
            capital: Accra
            cities: [Kumasi, Tamale]
          - name: Senegal
            demonyms: [Senegalese]
            capital: Dakar
            cities: [Touba, Thies, Ziguinchor, Saint-Louis]
            regions: [Casamance]
          - name: Mali
            demonyms: [Malian]
            capital: Bamako
            cities: [Timbuktu, Gao, Kidal, Mopti, Sikasso]
          - name: Burkina Faso
            demonyms: [Burkinabe]
            capital: Ouagadougou
            cities: [Bobo-Dioulasso, Djibo]
          - name: Niger
            demonyms: [Nigerien]
            capital: Niamey
            cities: [Agadez, Zinder, Maradi]
          - name: Chad
            demonyms: [Chadian]
            capital: N'Djamena
          - name: Cameroon
            demonyms: [Cameroonian]
            capital: Yaounde
            cities: [Douala, Bamenda, Buea]
          - name: Central African Republic
            aliases: [CAR]
            demonyms: [Central African]
            capital: Bangui
          - name: Gabon
            demonyms: [Gabonese]
            capital: Libreville
          - name: Equatorial Guinea
            demonyms: [Equatoguinean]
            capital: Malabo
          - name: Guinea
            demonyms: [Guinean]
            capital: Conakry
          - name: Guinea-Bissau
            capital: Bissau
          - name: Sierra Leone
            demonyms: [Sierra Leonean]
            capital: Freetown
          - name: Liberia
            demonyms: [Liberian]
            capital: Monrovia
          - name: Ivory Coast
            aliases: [Cote d'Ivoire]
            demonyms: [Ivorian]
            capital: Yamoussoukro
            cities: [Abidjan, Bouake]
          - name: Togo
            demonyms: [Togolese]
            capital: Lome
          - name: Benin
            demonyms: [Beninese]
            capital: Porto-Novo
            cities: [Cotonou]
          - name: Mauritania
            demonyms: [Mauritanian]
            capital: Nouakchott
          - name: Gambia
            aliases: [The Gambia]
            demonyms: [Gambian]
            capital: Banjul
          - name: Cape Verde
            aliases: [Cabo Verde]
            capital: Praia
          - name: Angola
            demonyms: [Angolan]
            capital: Luanda
            cities: [Cabinda, Huambo, Lobito]
          - name: Zambia
            demonyms: [Zambian]
            capital: Lusaka
            cities: [Ndola, Kitwe]
          - name: Zimbabwe
            demonyms: [Zimbabwean]
            capital: Harare
            cities: [Bulawayo, Mutare]
          - name: Malawi
            demonyms: [Malawian]
            capital: Lilongwe
            cities: [Blantyre]
          - name: Mozambique
            demonyms: [Mozambican]
            capital: Maputo
            cities: [Beira, Nampula, Pemba]
            regions: [Cabo Delgado]
          - name: Madagascar
            demonyms: [Malagasy]
            capital: Antananarivo
            cities: [Toamasina]
          - name: South Africa
            demonyms: [South African]
            capital: Pretoria
            cities: [Johannesburg, Cape Town, Durban, Soweto, Port Elizabeth, Gqeberha, Bloemfontein]
            regions: [KwaZulu-Natal, Gauteng, Western Cape, Eastern Cape]
          - name: Namibia
            demonyms: [Namibian]
            capital: Windhoek
          - name: Botswana
            demonyms: [Botswanan, Motswana]
            capital: Gaborone
          - name: Lesotho
            capital: Maseru
          - name: Eswatini
            aliases: [Swaziland]
            capital: Mbabane
          - name: Mauritius
            demonyms: [Mauritian]
            capital: Port Louis
          - name: Seychelles
            capital: Victoria
          - name: Comoros
            capital: Moroni
          - name: Sao Tome and Principe
            capital: Sao Tome
          # South and East Asia
          - name: India
            demonyms: [Indian]
            capital: New Delhi
            cities: [Delhi, Mumbai, Bombay, Kolkata, Calcutta, Chennai, Madras, Bengaluru, Bangalore, Hyderabad,
              Ahmedabad, Pune, Surat, Jaipur, Lucknow, Kanpur, Nagpur, Patna, Srinagar, Amritsar, Imphal, Guwahati,
              Bhopal, Chandigarh]
            regions: [Kashmir, Jammu and Kashmir, Punjab, Manipur, Assam, Uttar Pradesh, Maharashtra, West Bengal,
              Tamil Nadu, Kerala, Karnataka, Gujarat, Bihar, Ladakh]
            ministryPrefix: Indian
          - name: Pakistan
            demonyms: [Pakistani]
            capital: Islamabad
            cities: [Karachi, Lahore, Faisalabad, Rawalpindi, Peshawar, Multan, Quetta, Hyderabad, Gwadar]
            regions: [Balochistan, Khyber Pakhtunkhwa, Sindh, Punjab Province]
          - name: Afghanistan
            demonyms: [Afghan]
            capital: Kabul
            cities: [Kandahar, Herat, Mazar-i-Sharif, Jalalabad, Kunduz]
            regions: [Helmand, Panjshir]
          - name: Bangladesh
            demonyms: [Bangladeshi]
            capital: Dhaka
            cities: [Chittagong, Chattogram, Khulna, Rajshahi, Sylhet, Cox's Bazar]
          - name: Sri Lanka
            demonyms: [Sri Lankan]
            capital: Colombo
            cities: [Sri Jayawardenepura Kotte, Kandy, Galle, Jaffna, Negombo, Trincomalee, Batticaloa]
            regions: [Western Province, Northern Province, Eastern Province]
          - name: Nepal
            demonyms: [Nepali, Nepalese]
            capital: Kathmandu
            cities: [Pokhara, Lalitpur, Patan, Bhaktapur, Biratnagar, Birgunj, Dharan, Itahari, Janakpur, Butwal]
            regions: [Kathmandu Valley, Madhesh, Koshi, Bagmati, Gandaki, Lumbini, Karnali]
          - name: Bhutan
            demonyms: [Bhutanese]
            capital: Thimphu
          - name: Maldives
            demonyms: [Maldivian]
            capital: Male
          - name: China
            aliases: [People's Republic of China, PRC]
            demonyms: [Chinese]
            capital: Beijing
            cities: [Shanghai, Guangzhou, Shenzhen, Chongqing, Tianjin, Wuhan, Chengdu, Nanjing, Xi'an, Hangzhou,
              Urumqi, Lhasa, Kashgar, Harbin, Shenyang, Zhengzhou]
            regions: [Xinjiang, Tibet, Inner Mongolia, Guangdong, Sichuan, Yunnan, Hubei]
            ministryPrefix: Chinese
          - name: Hong Kong
            demonyms: [Hongkonger]
          - name: Macau
            aliases: [Macao]
          - name: Taiwan
            aliases: [Republic of China]
            demonyms: [Taiwanese]
            capital: Taipei
            cities: [Kaohsiung, Taichung, Tainan]
          - name: Mongolia
            demonyms: [Mongolian]
            capital: Ulaanbaatar
          - name: Japan
            demonyms: [Japanese]
            capital: Tokyo
            cities: [Osaka, Yokohama, Nagoya, Sapporo, Kobe, Kyoto, Fukuoka, Hiroshima, Nagasaki, Okinawa]
            ministryPrefix: Japanese
          - name: South Korea
            aliases: [Republic of Korea]
            demonyms: [South Korean]
            capital: Seoul
            cities: [Busan, Incheon, Daegu, Daejeon, Gwangju, Ulsan]
          - name: North Korea
            aliases: [DPRK, Democratic People's Republic of Korea]
            demonyms: [North Korean]
            capital: Pyongyang
          - name: Vietnam
            demonyms: [Vietnamese]
            capital: Hanoi
            cities: [Ho Chi Minh City, Saigon, Da Nang, Haiphong, Hue]
          - name: Laos
            demonyms: [Lao, Laotian]
            capital: Vientiane
          - name: Cambodia
            demonyms: [Cambodian, Khmer]
            capital: Phnom Penh
            cities: [Siem Reap]
          - name: Thailand
            demonyms: [Thai]
            capital: Bangkok
            cities: [Chiang Mai, Pattaya, Phuket, Hat Yai]
          - name: Myanmar
            aliases: [Burma]
            demonyms: [Myanmar, Burmese]
            capital: Naypyidaw
            cities: [Yangon, Rangoon, Mandalay, Sittwe, Myitkyina, Bago]
            regions: [Rakhine, Shan State, Kachin, Karen State, Sagaing, Chin State]
          - name: Malaysia
            demonyms: [Malaysian]
            capital: Kuala Lumpur
            cities: [George Town, Johor Bahru, Ipoh, Kota Kinabalu, Kuching]
            regions: [Sabah, Sarawak]
          - name: Singapore
            demonyms: [Singaporean]
          - name: Indonesia
            demonyms: [Indonesian]
            capital: Jakarta
            cities: [Surabaya, Bandung, Medan, Semarang, Makassar, Yogyakarta, Denpasar, Jayapura]
            regions: [Java, Sumatra, Bali, Papua, Aceh, Borneo, Sulawesi, Kalimantan]
          - name: Philippines
            demonyms: [Filipino, Philippine]
            capital: Manila
            cities: [Quezon City, Davao, Cebu, Zamboanga, Marawi]
            regions: [Mindanao, Luzon]
          - name: Timor-Leste
            aliases: [East Timor]
            demonyms: [Timorese]
            capital: Dili
          - name: Brunei
            capital: Bandar Seri Begawan
          - name: Australia
            demonyms: [Australian]
            capital: Canberra
            cities: [Sydney, Melbourne, Brisbane, Perth, Adelaide, Darwin, Hobart]
          - name: New Zealand
            demonyms: [New Zealander]
            capital: Wellington
            cities: [Auckland, Christchurch]
          - name: Papua New Guinea
            capital: Port Moresby
          - name: Fiji
            demonyms: [Fijian]
            capital: Suva
          - name: Solomon Islands
            capital: Honiara
          - name: Vanuatu
            capital: Port Vila
          - name: Samoa
            capital: Apia
          - name: Tonga
            capital: Nuku'alofa
          - name: Kiribati
          - name: Tuvalu
          - name: Nauru
          - name: Palau
          - name: Marshall Islands
          - name: Micronesia
          # The Americas
          - name: United States
            aliases: [United States of America, US, U.S., USA, U.S.A., America]
            demonyms: [American, U.S., US]
            capital: Washington
            cities: [New York, Los Angeles, Chicago, Houston, Phoenix, Philadelphia, San Antonio, San Diego, Dallas,
              San Francisco, Seattle, Boston, Miami, Atlanta, Detroit, Minneapolis, Denver, Portland, New Orleans,
              Baltimore, Las Vegas, Washington D.C.]
            regions: [California, Texas, Florida, New York State, Alaska, Hawaii, Puerto Rico]
            centralBank: Federal Reserve
            seats: [State Department, U.S. State Department, US State Department, Pentagon]
          - name: Canada
            demonyms: [Canadian]
            capital: Ottawa
            cities: [Toronto, Montreal, Vancouver, Calgary, Edmonton, Winnipeg, Quebec City]
            regions: [Quebec, Ontario, British Columbia, Alberta]
          - name: Mexico
            demonyms: [Mexican]
            capital: Mexico City
            cities: [Guadalajara, Monterrey, Puebla, Tijuana, Ciudad Juarez, Acapulco, Cancun, Culiacan, Oaxaca]
            regions: [Chiapas, Sinaloa, Guerrero, Michoacan, Chihuahua, Jalisco, Tamaulipas]
          - name: Guatemala
            demonyms: [Guatemalan]
            capital: Guatemala City
          - name: Belize
            capital: Belmopan
          - name: Honduras
            demonyms: [Honduran]
            capital: Tegucigalpa
            cities: [San Pedro Sula]
          - name: El Salvador
            demonyms: [Salvadoran]
            capital: San Salvador
          - name: Nicaragua
            demonyms: [Nicaraguan]
            capital: Managua
            cities: [Masaya, Leon]
          - name: Costa Rica
            demonyms: [Costa Rican]
            capital: San Jose
          - name: Panama
            demonyms: [Panamanian]
            capital: Panama City
          - name: Cuba
            demonyms: [Cuban]
            capital: Havana
            cities: [Santiago de Cuba]
          - name: Haiti
            demonyms: [Haitian]
            capital: Port-au-Prince
            cities: [Cap-Haitien]
          - name: Dominican Republic
            demonyms: [Dominican]
            capital: Santo Domingo
          - name: Jamaica
            demonyms: [Jamaican]
            capital: Kingston
          - name: Trinidad and Tobago
            capital: Port of Spain
          - name: Bahamas
            aliases: [The Bahamas]
            capital: Nassau
          - name: Barbados
            capital: Bridgetown
          - name: Dominica
          - name: Grenada
          - name: Saint Lucia
          - name: Saint Vincent and the Grenadines
          - name: Saint Kitts and Nevis
          - name: Antigua and Barbuda
          - name: Colombia
            demonyms: [Colombian]
            capital: Bogota
            cities: [Medellin, Cali, Barranquilla, Cartagena, Cucuta, Bucaramanga, Pereira, Santa Marta, Ibague,
              Pasto, Manizales, Popayan, Buenaventura, Yumbo]
            regions: [Valle del Cauca, Cauca, Antioquia, Narino, Choco, Catatumbo]
          - name: Venezuela
            demonyms: [Venezuelan]
            capital: Caracas
            cities: [Maracaibo, Valencia, Barquisimeto, Maracay, Ciudad Guayana, San Cristobal]
          - name: Ecuador
            demonyms: [Ecuadorian, Ecuadorean]
            capital: Quito
            cities: [Guayaquil, Cuenca, Santo Domingo de los Colorados, Machala, Manta, Portoviejo, Ambato,
              Esmeraldas, Latacunga]
            regions: [Cotopaxi, Pichincha, Guayas, Imbabura, Chimborazo, Amazonia, Galapagos]
          - name: Peru
            demonyms: [Peruvian]
            capital: Lima
            cities: [Arequipa, Trujillo, Chiclayo, Cusco, Cuzco, Puno, Juliaca, Ayacucho, Piura, Iquitos, Huancayo]
          - name: Bolivia
            demonyms: [Bolivian]
            capital: La Paz
            cities: [Sucre, Santa Cruz, Cochabamba, El Alto, Oruro, Potosi]
          - name: Chile
            demonyms: [Chilean]
            capital: Santiago
            cities: [Valparaiso, Vina del Mar, Concepcion, Antofagasta, Temuco, La Serena, Iquique, Puerto Montt,
              Rancagua, Talca, Arica, San Bernardo, Puente Alto, Maipu]
            regions: [Araucania, Biobio, Atacama, Patagonia, Santiago Metropolitan Region]
            prosecutor: Chile Public Prosecutor's Office
          - name: Argentina
            demonyms: [Argentine, Argentinian]
            capital: Buenos Aires
            cities: [Cordoba, Rosario, Mendoza, La Plata, Mar del Plata, Tucuman, Salta]
          - name: Uruguay
            demonyms: [Uruguayan]
            capital: Montevideo
          - name: Paraguay
            demonyms: [Paraguayan]
            capital: Asuncion
          - name: Brazil
            demonyms: [Brazilian]
            capital: Brasilia
            cities: [Sao Paulo, Rio de Janeiro, Salvador, Fortaleza, Belo Horizonte, Manaus, Curitiba, Recife,
              Porto Alegre, Belem, Goiania]
            regions: [Amazonas, Para, Bahia, Rio Grande do Sul, Minas Gerais]
          - name: Guyana
            demonyms: [Guyanese]
            capital: Georgetown
          - name: Suriname
            demonyms: [Surinamese]
            capital: Paramaribo
        """#
}
