extension BuiltInKnowledge {
    /// Heads of state and government (and a few other holders of top offices) from about 2015, with the dates
    /// of their terms, so that "the president" in an article resolves by the article's date. `until` is the
    /// first day out of office. Surnames are listed only where no other entry shares them.
    static let leaders = #"""
        people:
          # Central Asia
          - name: Nursultan Nazarbayev
            aliases: [Nazarbayev, Nazarbaev, Nursultan Nazarbaev, Elbasy]
            roles: [{title: president, country: Kazakhstan, from: 1990-04-24, until: 2019-03-20}]
          - name: Kassym-Jomart Tokayev
            aliases: [Tokayev, Tokaev, Kassym-Jomart Tokaev, Kasym-Zhomart Tokayev, Qasym-Jomart Toqaev]
            roles:
              - {title: president, country: Kazakhstan, from: 2019-03-20}
              - {title: prime minister, country: Kazakhstan, from: 1999-10-01, until: 2002-01-28}
          - name: Karim Masimov
            aliases: [Masimov, Massimov, Karim Massimov]
            roles:
              - {title: prime minister, country: Kazakhstan, from: 2007-01-10, until: 2012-09-24}
              - {title: prime minister, country: Kazakhstan, from: 2014-04-02, until: 2016-09-08}
              - {title: chairman of the national security committee, country: Kazakhstan, from: 2016-09-08,
                 until: 2022-01-06}
          - name: Bakhytzhan Sagintayev
            aliases: [Sagintayev, Sagintaev]
            roles: [{title: prime minister, country: Kazakhstan, from: 2016-09-08, until: 2019-02-25}]
          - name: Askar Mamin
            aliases: [Mamin]
            roles: [{title: prime minister, country: Kazakhstan, from: 2019-02-25, until: 2022-01-05}]
          - name: Alikhan Smailov
            aliases: [Smailov]
            roles: [{title: prime minister, country: Kazakhstan, from: 2022-01-05, until: 2024-02-06}]
          - name: Olzhas Bektenov
            aliases: [Bektenov, Oljas Bektenov]
            roles: [{title: prime minister, country: Kazakhstan, from: 2024-02-06}]
          - name: Almazbek Atambayev
            aliases: [Atambayev, Atambaev]
            roles: [{title: president, country: Kyrgyzstan, from: 2011-12-01, until: 2017-11-24}]
          - name: Sooronbay Jeenbekov
            aliases: [Jeenbekov, Zheenbekov, Sooronbai Jeenbekov]
            roles:
              - {title: president, country: Kyrgyzstan, from: 2017-11-24, until: 2020-10-16}
              - {title: prime minister, country: Kyrgyzstan, from: 2016-04-13, until: 2017-08-22}
          - name: Sadyr Japarov
            aliases: [Japarov, Zhaparov, Sadyr Zhaparov]
            roles:
              - {title: president, country: Kyrgyzstan, from: 2021-01-28}
              - {title: prime minister, country: Kyrgyzstan, from: 2020-10-10, until: 2020-11-14}
          - name: Kurmanbek Bakiyev
            aliases: [Bakiyev, Bakiev]
            roles: [{title: president, country: Kyrgyzstan, from: 2005-08-14, until: 2010-04-15}]
          - name: Roza Otunbayeva
            aliases: [Otunbayeva]
            roles: [{title: president, country: Kyrgyzstan, from: 2010-04-07, until: 2011-12-01}]
          - name: Kubatbek Boronov
            aliases: [Boronov]
            roles: [{title: prime minister, country: Kyrgyzstan, from: 2020-06-17, until: 2020-10-06}]
          - name: Mukhammedkalyi Abylgaziev
            aliases: [Abylgaziev]
            roles: [{title: prime minister, country: Kyrgyzstan, from: 2018-04-20, until: 2020-06-15}]
          - name: Akylbek Japarov
            roles: [{title: chairman of the cabinet, country: Kyrgyzstan, from: 2021-10-12, until: 2024-12-16}]
          - name: Adylbek Kasymaliev
            aliases: [Kasymaliev]
            roles: [{title: chairman of the cabinet, country: Kyrgyzstan, from: 2024-12-16}]
          - name: Emomali Rahmon
            aliases: [Rahmon, Emomali Rakhmon, Emomali Rahmonov]
            roles: [{title: president, country: Tajikistan, from: 1994-11-16}]
          - name: Kokhir Rasulzoda
            aliases: [Rasulzoda]
            roles: [{title: prime minister, country: Tajikistan, from: 2013-11-23}]
          - name: Islam Karimov
            aliases: [Karimov]
            roles: [{title: president, country: Uzbekistan, from: 1990-03-24, until: 2016-09-02}]
          - name: Shavkat Mirziyoyev
            aliases: [Mirziyoyev, Mirziyoev, Shavkat Mirziyoev]
            roles:
              - {title: president, country: Uzbekistan, from: 2016-09-08}
              - {title: prime minister, country: Uzbekistan, from: 2003-12-12, until: 2016-12-14}
          - name: Abdulla Aripov
            aliases: [Aripov]
            roles: [{title: prime minister, country: Uzbekistan, from: 2016-12-14}]
          - name: Gurbanguly Berdimuhamedow
            aliases: [Gurbanguly Berdymukhamedov]
            roles: [{title: president, country: Turkmenistan, from: 2006-12-21, until: 2022-03-19}]
          - name: Serdar Berdimuhamedow
            aliases: [Serdar Berdymukhamedov]
            roles: [{title: president, country: Turkmenistan, from: 2022-03-19}]
          # Russia, Ukraine, Belarus, Moldova
          - name: Vladimir Putin
            aliases: [Putin, Vladimir Vladimirovich Putin]
            roles:
              - {title: president, country: Russia, from: 2000-05-07, until: 2008-05-07}
              - {title: president, country: Russia, from: 2012-05-07}
              - {title: prime minister, country: Russia, from: 2008-05-08, until: 2012-05-07}
          - name: Dmitry Medvedev
            aliases: [Medvedev, Dmitri Medvedev]
            roles:
              - {title: president, country: Russia, from: 2008-05-07, until: 2012-05-07}
              - {title: prime minister, country: Russia, from: 2012-05-08, until: 2020-01-16}
          - name: Mikhail Mishustin
            aliases: [Mishustin]
            roles: [{title: prime minister, country: Russia, from: 2020-01-16}]
          - name: Sergei Lavrov
            aliases: [Lavrov, Sergey Lavrov]
            roles: [{title: foreign minister, country: Russia, from: 2004-03-09}]
          - name: Sergei Shoigu
            aliases: [Shoigu, Sergey Shoigu]
            roles: [{title: defence minister, country: Russia, from: 2012-11-06, until: 2024-05-12}]
          - name: Andrei Belousov
            aliases: [Belousov, Andrey Belousov]
            roles: [{title: defence minister, country: Russia, from: 2024-05-12}]
          - name: Alexei Navalny
            aliases: [Navalny, Alexey Navalny]
          - name: Viktor Yanukovych
            aliases: [Yanukovych, Yanukovich]
            roles: [{title: president, country: Ukraine, from: 2010-02-25, until: 2014-02-22}]
          - name: Petro Poroshenko
            aliases: [Poroshenko]
            roles: [{title: president, country: Ukraine, from: 2014-06-07, until: 2019-05-20}]
          - name: Volodymyr Zelensky
            aliases: [Zelensky, Zelenskyy, Volodymyr Zelenskyy, Zelenskiy, Volodymyr Zelenskiy]
            roles: [{title: president, country: Ukraine, from: 2019-05-20}]
          - name: Arseniy Yatsenyuk
            aliases: [Yatsenyuk]
            roles: [{title: prime minister, country: Ukraine, from: 2014-02-27, until: 2016-04-14}]
          - name: Volodymyr Groysman
            aliases: [Groysman]
            roles: [{title: prime minister, country: Ukraine, from: 2016-04-14, until: 2019-08-29}]
          - name: Oleksiy Honcharuk
            aliases: [Honcharuk]
            roles: [{title: prime minister, country: Ukraine, from: 2019-08-29, until: 2020-03-04}]
          - name: Denys Shmyhal
            aliases: [Shmyhal]
            roles: [{title: prime minister, country: Ukraine, from: 2020-03-04, until: 2025-07-17}]
          - name: Yulia Svyrydenko
            aliases: [Svyrydenko]
            roles: [{title: prime minister, country: Ukraine, from: 2025-07-17}]
          - name: Alexander Lukashenko
            aliases: [Lukashenko, Alyaksandr Lukashenka, Lukashenka, Aleksandr Lukashenko]
            roles: [{title: president, country: Belarus, from: 1994-07-20}]
          - name: Svetlana Tikhanovskaya
            aliases: [Tikhanovskaya, Sviatlana Tsikhanouskaya, Tsikhanouskaya]
          - name: Sergei Rumas
            aliases: [Rumas]
            roles: [{title: prime minister, country: Belarus, from: 2018-08-18, until: 2020-06-04}]
          - name: Roman Golovchenko
            aliases: [Golovchenko]
            roles: [{title: prime minister, country: Belarus, from: 2020-06-04, until: 2025-04-08}]
          - name: Alexander Turchin
            aliases: [Turchin]
            roles: [{title: prime minister, country: Belarus, from: 2025-04-08}]
          - name: Maia Sandu
            aliases: [Sandu]
            roles: [{title: president, country: Moldova, from: 2020-12-24}]
          - name: Igor Dodon
            aliases: [Dodon]
            roles: [{title: president, country: Moldova, from: 2016-12-23, until: 2020-12-24}]
          # The Caucasus
          - name: Serzh Sargsyan
            aliases: [Sargsyan, Serzh Sarkisian, Sarkisian, Serzh Sargsian, Serzh Sarkisyan]
            roles:
              - {title: president, country: Armenia, from: 2008-04-09, until: 2018-04-09}
              - {title: prime minister, country: Armenia, from: 2018-04-17, until: 2018-04-23}
          - name: Armen Sarkissian
            aliases: [Sarkissian, Armen Sargsyan]
            roles: [{title: president, country: Armenia, from: 2018-04-09, until: 2022-02-01}]
          - name: Vahagn Khachaturyan
            aliases: [Khachaturyan]
            roles: [{title: president, country: Armenia, from: 2022-03-13}]
          - name: Karen Karapetyan
            aliases: [Karapetyan]
            roles: [{title: prime minister, country: Armenia, from: 2016-09-13, until: 2018-04-17}]
          - name: Nikol Pashinyan
            aliases: [Pashinyan, Pashinian, Nikol Pashinian]
            roles: [{title: prime minister, country: Armenia, from: 2018-05-08}]
          - name: Robert Kocharyan
            aliases: [Kocharyan]
            roles: [{title: president, country: Armenia, from: 1998-02-04, until: 2008-04-09}]
          - name: Ilham Aliyev
            aliases: [Aliyev, Ilham Aliev]
            roles: [{title: president, country: Azerbaijan, from: 2003-10-31}]
          - name: Ali Asadov
            aliases: [Asadov]
            roles: [{title: prime minister, country: Azerbaijan, from: 2019-10-08}]
          - name: Salome Zourabichvili
            aliases: [Zourabichvili, Salome Zurabishvili]
            roles: [{title: president, country: Georgia, from: 2018-12-16, until: 2024-12-29}]
          - name: Mikheil Kavelashvili
            aliases: [Kavelashvili]
            roles: [{title: president, country: Georgia, from: 2024-12-29}]
          - name: Giorgi Margvelashvili
            aliases: [Margvelashvili]
            roles: [{title: president, country: Georgia, from: 2013-11-17, until: 2018-12-16}]
          - name: Irakli Garibashvili
            aliases: [Garibashvili, Irakli Gharibashvili]
            roles:
              - {title: prime minister, country: Georgia, from: 2013-11-20, until: 2015-12-30}
              - {title: prime minister, country: Georgia, from: 2021-02-22, until: 2024-02-08}
          - name: Giorgi Kvirikashvili
            aliases: [Kvirikashvili]
            roles: [{title: prime minister, country: Georgia, from: 2015-12-30, until: 2018-06-20}]
          - name: Mamuka Bakhtadze
            aliases: [Bakhtadze]
            roles: [{title: prime minister, country: Georgia, from: 2018-06-20, until: 2019-09-08}]
          - name: Giorgi Gakharia
            aliases: [Gakharia]
            roles: [{title: prime minister, country: Georgia, from: 2019-09-08, until: 2021-02-18}]
          - name: Irakli Kobakhidze
            aliases: [Kobakhidze]
            roles: [{title: prime minister, country: Georgia, from: 2024-02-08}]
          - name: Bidzina Ivanishvili
            aliases: [Ivanishvili]
            roles: [{title: prime minister, country: Georgia, from: 2012-10-25, until: 2013-11-20}]
          - name: Mikheil Saakashvili
            aliases: [Saakashvili]
            roles: [{title: president, country: Georgia, from: 2004-01-25, until: 2013-11-17}]
          # Turkey, Iran and the Middle East
          - name: Recep Tayyip Erdoğan
            aliases: [Erdogan, Erdoğan, Recep Tayyip Erdogan]
            roles:
              - {title: president, country: Turkey, from: 2014-08-28}
              - {title: prime minister, country: Turkey, from: 2003-03-14, until: 2014-08-28}
          - name: Ahmet Davutoglu
            aliases: [Davutoglu]
            roles: [{title: prime minister, country: Turkey, from: 2014-08-29, until: 2016-05-24}]
          - name: Binali Yildirim
            aliases: [Yildirim]
            roles: [{title: prime minister, country: Turkey, from: 2016-05-24, until: 2018-07-09}]
          - name: Ali Khamenei
            aliases: [Khamenei, Ayatollah Ali Khamenei, Ayatollah Khamenei]
            roles: [{title: supreme leader, country: Iran, from: 1989-06-04}]
          - name: Ruhollah Khomeini
            aliases: [Khomeini, Ayatollah Khomeini]
            roles: [{title: supreme leader, country: Iran, from: 1979-12-03, until: 1989-06-04}]
          - name: Hassan Rouhani
            aliases: [Rouhani, Hassan Rohani]
            roles: [{title: president, country: Iran, from: 2013-08-03, until: 2021-08-03}]
          - name: Ebrahim Raisi
            aliases: [Raisi, Ebrahim Raeisi]
            roles: [{title: president, country: Iran, from: 2021-08-03, until: 2024-05-19}]
          - name: Masoud Pezeshkian
            aliases: [Pezeshkian]
            roles: [{title: president, country: Iran, from: 2024-07-28}]
          - name: Mahmoud Ahmadinejad
            aliases: [Ahmadinejad]
            roles: [{title: president, country: Iran, from: 2005-08-03, until: 2013-08-03}]
          - name: Haider al-Abadi
            aliases: [Abadi, al-Abadi]
            roles: [{title: prime minister, country: Iraq, from: 2014-09-08, until: 2018-10-25}]
          - name: Adil Abdul-Mahdi
            aliases: [Abdul-Mahdi, Adel Abdul Mahdi]
            roles: [{title: prime minister, country: Iraq, from: 2018-10-25, until: 2020-05-07}]
          - name: Mustafa al-Kadhimi
            aliases: [Kadhimi, al-Kadhimi]
            roles: [{title: prime minister, country: Iraq, from: 2020-05-07, until: 2022-10-27}]
          - name: Mohammed Shia al-Sudani
            aliases: [al-Sudani, Mohammed Shia al-Sudani]
            roles: [{title: prime minister, country: Iraq, from: 2022-10-27}]
          - name: Barham Salih
            aliases: [Salih]
            roles: [{title: president, country: Iraq, from: 2018-10-02, until: 2022-10-17}]
          - name: Abdul Latif Rashid
            roles: [{title: president, country: Iraq, from: 2022-10-17}]
          - name: Bashar al-Assad
            aliases: [Assad, al-Assad, Bashar Assad]
            roles: [{title: president, country: Syria, from: 2000-07-17, until: 2024-12-08}]
          - name: Ahmed al-Sharaa
            aliases: [al-Sharaa, Sharaa, Abu Mohammed al-Jolani, al-Jolani]
            roles: [{title: president, country: Syria, from: 2025-01-29}]
          - name: Michel Aoun
            roles: [{title: president, country: Lebanon, from: 2016-10-31, until: 2022-10-31}]
          - name: Joseph Aoun
            roles: [{title: president, country: Lebanon, from: 2025-01-09}]
          - name: Michel Suleiman
            roles: [{title: president, country: Lebanon, from: 2008-05-25, until: 2014-05-25}]
          - name: Saad Hariri
            aliases: [Hariri]
            roles:
              - {title: prime minister, country: Lebanon, from: 2009-11-09, until: 2011-06-13}
              - {title: prime minister, country: Lebanon, from: 2016-12-18, until: 2020-01-21}
          - name: Rafik Hariri
            aliases: [Hariri, Rafic Hariri]
            roles:
              - {title: prime minister, country: Lebanon, from: 1992-10-31, until: 1998-12-04}
              - {title: prime minister, country: Lebanon, from: 2000-10-23, until: 2004-10-21}
          - name: Tammam Salam
            roles: [{title: prime minister, country: Lebanon, from: 2014-02-15, until: 2016-12-18}]
          - name: Hassan Diab
            aliases: [Diab]
            roles: [{title: prime minister, country: Lebanon, from: 2020-01-21, until: 2021-09-10}]
          - name: Najib Mikati
            aliases: [Mikati]
            roles: [{title: prime minister, country: Lebanon, from: 2021-09-10, until: 2025-02-08}]
          - name: Nawaf Salam
            roles: [{title: prime minister, country: Lebanon, from: 2025-02-08}]
          - name: Hassan Nasrallah
            aliases: [Nasrallah, Sayyed Hassan Nasrallah]
            roles: [{title: secretary-general of hezbollah, from: 1992-02-16, until: 2024-09-27}]
          - name: Naim Qassem
            aliases: [Qassem, Naim Qasim]
            roles: [{title: secretary-general of hezbollah, from: 2024-10-29}]
          - name: Nabih Berri
            aliases: [Berri]
            roles: [{title: speaker of parliament, country: Lebanon, from: 1992-11-20}]
          - name: Benjamin Netanyahu
            aliases: [Netanyahu, Bibi Netanyahu]
            roles:
              - {title: prime minister, country: Israel, from: 2009-03-31, until: 2021-06-13}
              - {title: prime minister, country: Israel, from: 2022-12-29}
          - name: Naftali Bennett
            roles: [{title: prime minister, country: Israel, from: 2021-06-13, until: 2022-06-30}]
          - name: Yair Lapid
            aliases: [Lapid]
            roles: [{title: prime minister, country: Israel, from: 2022-07-01, until: 2022-12-29}]
          - name: Reuven Rivlin
            aliases: [Rivlin]
            roles: [{title: president, country: Israel, from: 2014-07-24, until: 2021-07-07}]
          - name: Isaac Herzog
            aliases: [Herzog]
            roles: [{title: president, country: Israel, from: 2021-07-07}]
          - name: Mahmoud Abbas
            aliases: [Abbas, Abu Mazen]
            roles: [{title: president, country: Palestine, from: 2005-01-15}]
          - name: King Salman
            aliases: [Salman bin Abdulaziz, King Salman bin Abdulaziz]
            roles: [{title: king, country: Saudi Arabia, from: 2015-01-23}]
          - name: Mohammed bin Salman
            aliases: [MBS, Crown Prince Mohammed bin Salman, Mohammed bin Salman Al Saud]
            roles:
              - {title: crown prince, country: Saudi Arabia, from: 2017-06-21}
              - {title: prime minister, country: Saudi Arabia, from: 2022-09-27}
          - name: Khalifa bin Zayed
            aliases: [Khalifa bin Zayed Al Nahyan]
            roles: [{title: president, country: United Arab Emirates, from: 2004-11-03, until: 2022-05-13}]
          - name: Mohamed bin Zayed
            aliases: [Mohamed bin Zayed Al Nahyan, MBZ, Mohammed bin Zayed]
            roles: [{title: president, country: United Arab Emirates, from: 2022-05-14}]
          - name: Tamim bin Hamad Al Thani
            aliases: [Sheikh Tamim, Tamim bin Hamad]
            roles: [{title: emir, country: Qatar, from: 2013-06-25}]
          - name: King Abdullah II
            aliases: [Abdullah II]
            roles: [{title: king, country: Jordan, from: 1999-02-07}]
          - name: Abdel Fattah el-Sisi
            aliases: [Sisi, el-Sisi, al-Sisi, Abdel Fattah al-Sisi]
            roles: [{title: president, country: Egypt, from: 2014-06-08}]
          - name: Mostafa Madbouly
            aliases: [Madbouly]
            roles: [{title: prime minister, country: Egypt, from: 2018-06-07}]
          - name: Hosni Mubarak
            aliases: [Mubarak]
            roles: [{title: president, country: Egypt, from: 1981-10-14, until: 2011-02-11}]
          - name: Mohamed Morsi
            aliases: [Morsi, Mohammed Morsi]
            roles: [{title: president, country: Egypt, from: 2012-06-30, until: 2013-07-03}]
          - name: Kais Saied
            aliases: [Saied, Kais Saeid]
            roles: [{title: president, country: Tunisia, from: 2019-10-23}]
          - name: Abdelmadjid Tebboune
            aliases: [Tebboune]
            roles: [{title: president, country: Algeria, from: 2019-12-19}]
          - name: Abdelaziz Bouteflika
            aliases: [Bouteflika]
            roles: [{title: president, country: Algeria, from: 1999-04-27, until: 2019-04-02}]
          - name: King Mohammed VI
            aliases: [Mohammed VI]
            roles: [{title: king, country: Morocco, from: 1999-07-23}]
          # Sudan and the rest of Africa
          - name: Omar al-Bashir
            aliases: [al-Bashir, Bashir, Omar Bashir, Omar Hassan al-Bashir]
            roles: [{title: president, country: Sudan, from: 1989-06-30, until: 2019-04-11}]
          - name: Abdel Fattah al-Burhan
            aliases: [al-Burhan, Burhan, Abdel-Fattah Burhan]
            roles: [{title: head of state, country: Sudan, from: 2019-04-12}]
          - name: Mohamed Hamdan Dagalo
            aliases: [Dagalo, Hemedti, Hemeti, Mohamed Hamdan Daglo]
          - name: Abdalla Hamdok
            aliases: [Hamdok, Abdallah Hamdok]
            roles: [{title: prime minister, country: Sudan, from: 2019-08-21, until: 2022-01-02}]
          - name: Kamil Idris
            roles: [{title: prime minister, country: Sudan, from: 2025-05-19}]
          - name: Salva Kiir
            aliases: [Kiir, Salva Kiir Mayardit]
            roles: [{title: president, country: South Sudan, from: 2011-07-09}]
          - name: Abiy Ahmed
            aliases: [Abiy, Abiy Ahmed Ali]
            roles: [{title: prime minister, country: Ethiopia, from: 2018-04-02}]
          - name: Hailemariam Desalegn
            aliases: [Hailemariam]
            roles: [{title: prime minister, country: Ethiopia, from: 2012-08-21, until: 2018-04-02}]
          - name: Muhammadu Buhari
            aliases: [Buhari]
            roles: [{title: president, country: Nigeria, from: 2015-05-29, until: 2023-05-29}]
          - name: Bola Tinubu
            aliases: [Tinubu, Bola Ahmed Tinubu]
            roles: [{title: president, country: Nigeria, from: 2023-05-29}]
          - name: Goodluck Jonathan
            roles: [{title: president, country: Nigeria, from: 2010-05-06, until: 2015-05-29}]
          - name: Uhuru Kenyatta
            aliases: [Kenyatta]
            roles: [{title: president, country: Kenya, from: 2013-04-09, until: 2022-09-13}]
          - name: William Ruto
            aliases: [Ruto]
            roles: [{title: president, country: Kenya, from: 2022-09-13}]
          - name: Jacob Zuma
            aliases: [Zuma]
            roles: [{title: president, country: South Africa, from: 2009-05-09, until: 2018-02-15}]
          - name: Cyril Ramaphosa
            aliases: [Ramaphosa]
            roles: [{title: president, country: South Africa, from: 2018-02-15}]
          - name: Yoweri Museveni
            aliases: [Museveni]
            roles: [{title: president, country: Uganda, from: 1986-01-29}]
          - name: Samia Suluhu Hassan
            aliases: [Samia Suluhu]
            roles: [{title: president, country: Tanzania, from: 2021-03-19}]
          - name: John Magufuli
            aliases: [Magufuli]
            roles: [{title: president, country: Tanzania, from: 2015-11-05, until: 2021-03-17}]
          - name: Paul Kagame
            aliases: [Kagame]
            roles: [{title: president, country: Rwanda, from: 2000-04-22}]
          - name: Félix Tshisekedi
            aliases: [Tshisekedi, Felix Tshisekedi]
            roles: [{title: president, country: Democratic Republic of the Congo, from: 2019-01-24}]
          - name: Joseph Kabila
            aliases: [Kabila]
            roles: [{title: president, country: Democratic Republic of the Congo, from: 2001-01-26, until: 2019-01-24}]
          - name: Robert Mugabe
            aliases: [Mugabe]
            roles: [{title: president, country: Zimbabwe, from: 1987-12-31, until: 2017-11-21}]
          - name: Emmerson Mnangagwa
            aliases: [Mnangagwa]
            roles: [{title: president, country: Zimbabwe, from: 2017-11-24}]
          - name: Macky Sall
            roles: [{title: president, country: Senegal, from: 2012-04-02, until: 2024-04-02}]
          - name: Bassirou Diomaye Faye
            aliases: [Diomaye Faye]
            roles: [{title: president, country: Senegal, from: 2024-04-02}]
          - name: Ousmane Sonko
            aliases: [Sonko]
            roles: [{title: prime minister, country: Senegal, from: 2024-04-02}]
          - name: Assimi Goïta
            aliases: [Goita, Assimi Goita]
            roles: [{title: president, country: Mali, from: 2021-05-24}]
          - name: Ibrahim Traoré
            aliases: [Ibrahim Traore]
            roles: [{title: president, country: Burkina Faso, from: 2022-09-30}]
          - name: Mohamed Bazoum
            aliases: [Bazoum]
            roles: [{title: president, country: Niger, from: 2021-04-02, until: 2023-07-26}]
          - name: Abdourahamane Tchiani
            aliases: [Tchiani, Abdourahamane Tiani]
            roles: [{title: president, country: Niger, from: 2023-07-26}]
          - name: Nana Akufo-Addo
            aliases: [Akufo-Addo]
            roles: [{title: president, country: Ghana, from: 2017-01-07, until: 2025-01-07}]
          - name: John Mahama
            aliases: [Mahama, John Dramani Mahama]
            roles:
              - {title: president, country: Ghana, from: 2012-07-24, until: 2017-01-07}
              - {title: president, country: Ghana, from: 2025-01-07}
          - name: Paul Biya
            aliases: [Biya]
            roles: [{title: president, country: Cameroon, from: 1982-11-06}]
          - name: Andry Rajoelina
            aliases: [Rajoelina]
            roles: [{title: president, country: Madagascar, from: 2019-01-19, until: 2025-10-14}]
          - name: Michael Randrianirina
            aliases: [Randrianirina]
            roles: [{title: president, country: Madagascar, from: 2025-10-17}]
          - name: Filipe Nyusi
            aliases: [Nyusi]
            roles: [{title: president, country: Mozambique, from: 2015-01-15, until: 2025-01-15}]
          - name: Daniel Chapo
            aliases: [Chapo]
            roles: [{title: president, country: Mozambique, from: 2025-01-15}]
          # South Asia
          - name: Narendra Modi
            aliases: [Modi]
            roles: [{title: prime minister, country: India, from: 2014-05-26}]
          - name: Ram Nath Kovind
            aliases: [Kovind]
            roles: [{title: president, country: India, from: 2017-07-25, until: 2022-07-25}]
          - name: Droupadi Murmu
            aliases: [Murmu]
            roles: [{title: president, country: India, from: 2022-07-25}]
          - name: Nawaz Sharif
            roles: [{title: prime minister, country: Pakistan, from: 2013-06-05, until: 2017-07-28}]
          - name: Shahid Khaqan Abbasi
            roles: [{title: prime minister, country: Pakistan, from: 2017-08-01, until: 2018-05-31}]
          - name: Imran Khan
            roles: [{title: prime minister, country: Pakistan, from: 2018-08-18, until: 2022-04-10}]
          - name: Shehbaz Sharif
            aliases: [Shahbaz Sharif]
            roles:
              - {title: prime minister, country: Pakistan, from: 2022-04-11, until: 2023-08-14}
              - {title: prime minister, country: Pakistan, from: 2024-03-04}
          - name: Anwaar-ul-Haq Kakar
            aliases: [Kakar]
            roles: [{title: prime minister, country: Pakistan, from: 2023-08-14, until: 2024-03-04}]
          - name: Arif Alvi
            aliases: [Alvi]
            roles: [{title: president, country: Pakistan, from: 2018-09-09, until: 2024-03-10}]
          - name: Asif Ali Zardari
            aliases: [Zardari]
            roles:
              - {title: president, country: Pakistan, from: 2008-09-09, until: 2013-09-09}
              - {title: president, country: Pakistan, from: 2024-03-10}
          - name: Asim Munir
            aliases: [Munir]
            roles: [{title: army chief, country: Pakistan, from: 2022-11-29}]
          - name: Sheikh Hasina
            aliases: [Hasina, Sheikh Hasina Wazed]
            roles: [{title: prime minister, country: Bangladesh, from: 2009-01-06, until: 2024-08-05}]
          - name: Muhammad Yunus
            aliases: [Yunus]
            roles: [{title: chief adviser, country: Bangladesh, from: 2024-08-08}]
          - name: Mohammed Shahabuddin
            aliases: [Shahabuddin]
            roles: [{title: president, country: Bangladesh, from: 2023-04-24}]
          - name: Gotabaya Rajapaksa
            aliases: [Gotabaya]
            roles: [{title: president, country: Sri Lanka, from: 2019-11-18, until: 2022-07-15}]
          - name: Mahinda Rajapaksa
            roles:
              - {title: president, country: Sri Lanka, from: 2005-11-19, until: 2015-01-09}
              - {title: prime minister, country: Sri Lanka, from: 2019-11-21, until: 2022-05-09}
          - name: Maithripala Sirisena
            aliases: [Sirisena]
            roles: [{title: president, country: Sri Lanka, from: 2015-01-09, until: 2019-11-18}]
          - name: Ranil Wickremesinghe
            aliases: [Wickremesinghe, Ranil Wickramasinghe, Wickramasinghe]
            roles:
              - {title: president, country: Sri Lanka, from: 2022-07-21, until: 2024-09-23}
              - {title: prime minister, country: Sri Lanka, from: 2015-01-09, until: 2018-10-26}
              - {title: prime minister, country: Sri Lanka, from: 2018-12-16, until: 2019-11-21}
              - {title: prime minister, country: Sri Lanka, from: 2022-05-12, until: 2022-07-21}
          - name: Dinesh Gunawardena
            aliases: [Gunawardena]
            roles: [{title: prime minister, country: Sri Lanka, from: 2022-07-22, until: 2024-09-24}]
          - name: Anura Kumara Dissanayake
            aliases: [Dissanayake, AKD]
            roles: [{title: president, country: Sri Lanka, from: 2024-09-23}]
          - name: Harini Amarasuriya
            aliases: [Amarasuriya]
            roles: [{title: prime minister, country: Sri Lanka, from: 2024-09-24}]
          - name: K.P. Sharma Oli
            aliases: [KP Sharma Oli, Khadga Prasad Sharma Oli, Khadga Prasad Oli, K P Sharma Oli, Oli]
            roles:
              - {title: prime minister, country: Nepal, from: 2015-10-12, until: 2016-08-04}
              - {title: prime minister, country: Nepal, from: 2018-02-15, until: 2021-07-13}
              - {title: prime minister, country: Nepal, from: 2024-07-15, until: 2025-09-09}
          - name: Pushpa Kamal Dahal
            aliases: [Prachanda, Dahal]
            roles:
              - {title: prime minister, country: Nepal, from: 2016-08-04, until: 2017-06-07}
              - {title: prime minister, country: Nepal, from: 2022-12-26, until: 2024-07-15}
          - name: Sher Bahadur Deuba
            aliases: [Deuba]
            roles:
              - {title: prime minister, country: Nepal, from: 2017-06-07, until: 2018-02-15}
              - {title: prime minister, country: Nepal, from: 2021-07-13, until: 2022-12-26}
          - name: Sushila Karki
            aliases: [Karki]
            roles: [{title: prime minister, country: Nepal, from: 2025-09-12}]
          - name: Bidya Devi Bhandari
            aliases: [Bhandari]
            roles: [{title: president, country: Nepal, from: 2015-10-29, until: 2023-03-13}]
          - name: Ram Chandra Poudel
            aliases: [Poudel, Ram Chandra Paudel, Paudel]
            roles: [{title: president, country: Nepal, from: 2023-03-13}]
          - name: Ashraf Ghani
            aliases: [Ghani]
            roles: [{title: president, country: Afghanistan, from: 2014-09-29, until: 2021-08-15}]
          - name: Hibatullah Akhundzada
            aliases: [Akhundzada]
            roles: [{title: supreme leader, country: Afghanistan, from: 2021-08-15}]
          # East and Southeast Asia
          - name: Xi Jinping
            aliases: [Xi]
            roles: [{title: president, country: China, from: 2013-03-14}]
          - name: Li Keqiang
            roles: [{title: prime minister, country: China, from: 2013-03-15, until: 2023-03-11}]
          - name: Li Qiang
            roles: [{title: prime minister, country: China, from: 2023-03-11}]
          - name: Wang Yi
            roles: [{title: foreign minister, country: China, from: 2013-03-16, until: 2022-12-30},
              {title: foreign minister, country: China, from: 2023-07-25}]
          - name: Carrie Lam
            roles: [{title: chief executive, country: Hong Kong, from: 2017-07-01, until: 2022-07-01}]
          - name: John Lee
            roles: [{title: chief executive, country: Hong Kong, from: 2022-07-01}]
          - name: Tsai Ing-wen
            roles: [{title: president, country: Taiwan, from: 2016-05-20, until: 2024-05-20}]
          - name: Lai Ching-te
            aliases: [William Lai]
            roles: [{title: president, country: Taiwan, from: 2024-05-20}]
          - name: Shinzo Abe
            roles: [{title: prime minister, country: Japan, from: 2012-12-26, until: 2020-09-16}]
          - name: Yoshihide Suga
            roles: [{title: prime minister, country: Japan, from: 2020-09-16, until: 2021-10-04}]
          - name: Fumio Kishida
            aliases: [Kishida]
            roles: [{title: prime minister, country: Japan, from: 2021-10-04, until: 2024-10-01}]
          - name: Shigeru Ishiba
            aliases: [Ishiba]
            roles: [{title: prime minister, country: Japan, from: 2024-10-01, until: 2025-10-21}]
          - name: Sanae Takaichi
            aliases: [Takaichi]
            roles: [{title: prime minister, country: Japan, from: 2025-10-21}]
          - name: Moon Jae-in
            roles: [{title: president, country: South Korea, from: 2017-05-10, until: 2022-05-10}]
          - name: Yoon Suk Yeol
            aliases: [Yoon, Yoon Suk-yeol]
            roles: [{title: president, country: South Korea, from: 2022-05-10, until: 2025-04-04}]
          - name: Lee Jae-myung
            aliases: [Lee Jae-myung]
            roles: [{title: president, country: South Korea, from: 2025-06-04}]
          - name: Park Geun-hye
            roles: [{title: president, country: South Korea, from: 2013-02-25, until: 2017-03-10}]
          - name: Kim Jong Un
            aliases: [Kim Jong-un]
            roles: [{title: supreme leader, country: North Korea, from: 2011-12-17}]
          - name: Aung San Suu Kyi
            aliases: [Suu Kyi]
            roles: [{title: state counsellor, country: Myanmar, from: 2016-04-06, until: 2021-02-01}]
          - name: Min Aung Hlaing
            roles: [{title: head of state, country: Myanmar, from: 2021-02-01}]
          - name: Prayut Chan-o-cha
            aliases: [Prayut, Prayuth Chan-ocha]
            roles: [{title: prime minister, country: Thailand, from: 2014-08-24, until: 2023-08-22}]
          - name: Srettha Thavisin
            aliases: [Srettha]
            roles: [{title: prime minister, country: Thailand, from: 2023-08-22, until: 2024-08-14}]
          - name: Paetongtarn Shinawatra
            aliases: [Paetongtarn]
            roles: [{title: prime minister, country: Thailand, from: 2024-08-16, until: 2025-08-29}]
          - name: Anutin Charnvirakul
            aliases: [Anutin]
            roles: [{title: prime minister, country: Thailand, from: 2025-09-07}]
          - name: Joko Widodo
            aliases: [Jokowi, Widodo]
            roles: [{title: president, country: Indonesia, from: 2014-10-20, until: 2024-10-20}]
          - name: Prabowo Subianto
            aliases: [Prabowo]
            roles: [{title: president, country: Indonesia, from: 2024-10-20}]
          - name: Rodrigo Duterte
            aliases: [Duterte]
            roles: [{title: president, country: Philippines, from: 2016-06-30, until: 2022-06-30}]
          - name: Ferdinand Marcos Jr.
            aliases: [Bongbong Marcos, Ferdinand Marcos Jr, Marcos Jr.]
            roles: [{title: president, country: Philippines, from: 2022-06-30}]
          - name: Anwar Ibrahim
            roles: [{title: prime minister, country: Malaysia, from: 2022-11-24}]
          # Europe
          - name: Emmanuel Macron
            aliases: [Macron]
            roles: [{title: president, country: France, from: 2017-05-14}]
          - name: François Hollande
            aliases: [Hollande, Francois Hollande]
            roles: [{title: president, country: France, from: 2012-05-15, until: 2017-05-14}]
          - name: Nicolas Sarkozy
            aliases: [Sarkozy]
            roles: [{title: president, country: France, from: 2007-05-16, until: 2012-05-15}]
          - name: Manuel Valls
            aliases: [Valls]
            roles: [{title: prime minister, country: France, from: 2014-03-31, until: 2016-12-06}]
          - name: Bernard Cazeneuve
            aliases: [Cazeneuve]
            roles: [{title: prime minister, country: France, from: 2016-12-06, until: 2017-05-15}]
          - name: Édouard Philippe
            aliases: [Edouard Philippe]
            roles: [{title: prime minister, country: France, from: 2017-05-15, until: 2020-07-03}]
          - name: Jean Castex
            aliases: [Castex]
            roles: [{title: prime minister, country: France, from: 2020-07-03, until: 2022-05-16}]
          - name: Élisabeth Borne
            aliases: [Borne, Elisabeth Borne]
            roles: [{title: prime minister, country: France, from: 2022-05-16, until: 2024-01-09}]
          - name: Gabriel Attal
            aliases: [Attal]
            roles: [{title: prime minister, country: France, from: 2024-01-09, until: 2024-09-05}]
          - name: Michel Barnier
            aliases: [Barnier]
            roles: [{title: prime minister, country: France, from: 2024-09-05, until: 2024-12-13}]
          - name: François Bayrou
            aliases: [Bayrou, Francois Bayrou]
            roles: [{title: prime minister, country: France, from: 2024-12-13, until: 2025-09-09}]
          - name: Sébastien Lecornu
            aliases: [Lecornu, Sebastien Lecornu]
            roles: [{title: prime minister, country: France, from: 2025-09-09}]
          - name: Marine Le Pen
            aliases: [Le Pen]
          - name: Angela Merkel
            aliases: [Merkel]
            roles: [{title: chancellor, country: Germany, from: 2005-11-22, until: 2021-12-08}]
          - name: Olaf Scholz
            aliases: [Scholz]
            roles: [{title: chancellor, country: Germany, from: 2021-12-08, until: 2025-05-06}]
          - name: Friedrich Merz
            aliases: [Merz]
            roles: [{title: chancellor, country: Germany, from: 2025-05-06}]
          - name: Frank-Walter Steinmeier
            aliases: [Steinmeier]
            roles: [{title: president, country: Germany, from: 2017-03-19}]
          - name: David Cameron
            aliases: [Cameron]
            roles: [{title: prime minister, country: United Kingdom, from: 2010-05-11, until: 2016-07-13}]
          - name: Theresa May
            roles: [{title: prime minister, country: United Kingdom, from: 2016-07-13, until: 2019-07-24}]
          - name: Boris Johnson
            roles: [{title: prime minister, country: United Kingdom, from: 2019-07-24, until: 2022-09-06}]
          - name: Liz Truss
            aliases: [Truss]
            roles: [{title: prime minister, country: United Kingdom, from: 2022-09-06, until: 2022-10-25}]
          - name: Rishi Sunak
            aliases: [Sunak]
            roles: [{title: prime minister, country: United Kingdom, from: 2022-10-25, until: 2024-07-05}]
          - name: Keir Starmer
            aliases: [Starmer]
            roles: [{title: prime minister, country: United Kingdom, from: 2024-07-05}]
          - name: Queen Elizabeth II
            aliases: [Elizabeth II]
            roles: [{title: queen, country: United Kingdom, from: 1952-02-06, until: 2022-09-08}]
          - name: Charles III
            aliases: [King Charles III, King Charles]
            roles: [{title: king, country: United Kingdom, from: 2022-09-08}]
          - name: Matteo Renzi
            aliases: [Renzi]
            roles: [{title: prime minister, country: Italy, from: 2014-02-22, until: 2016-12-12}]
          - name: Paolo Gentiloni
            aliases: [Gentiloni]
            roles: [{title: prime minister, country: Italy, from: 2016-12-12, until: 2018-06-01}]
          - name: Giuseppe Conte
            roles: [{title: prime minister, country: Italy, from: 2018-06-01, until: 2021-02-13}]
          - name: Mario Draghi
            aliases: [Draghi]
            roles: [{title: prime minister, country: Italy, from: 2021-02-13, until: 2022-10-22}]
          - name: Giorgia Meloni
            aliases: [Meloni]
            roles: [{title: prime minister, country: Italy, from: 2022-10-22}]
          - name: Sergio Mattarella
            aliases: [Mattarella]
            roles: [{title: president, country: Italy, from: 2015-02-03}]
          - name: Mariano Rajoy
            aliases: [Rajoy]
            roles: [{title: prime minister, country: Spain, from: 2011-12-21, until: 2018-06-02}]
          - name: Pedro Sánchez
            aliases: [Pedro Sanchez]
            roles: [{title: prime minister, country: Spain, from: 2018-06-02}]
          - name: King Felipe VI
            aliases: [Felipe VI]
            roles: [{title: king, country: Spain, from: 2014-06-19}]
          - name: Andrzej Duda
            aliases: [Duda]
            roles: [{title: president, country: Poland, from: 2015-08-06, until: 2025-08-06}]
          - name: Karol Nawrocki
            aliases: [Nawrocki]
            roles: [{title: president, country: Poland, from: 2025-08-06}]
          - name: Mateusz Morawiecki
            aliases: [Morawiecki]
            roles: [{title: prime minister, country: Poland, from: 2017-12-11, until: 2023-12-13}]
          - name: Donald Tusk
            aliases: [Tusk]
            roles:
              - {title: prime minister, country: Poland, from: 2023-12-13}
              - {title: president of the european council, from: 2014-12-01, until: 2019-12-01}
          - name: Viktor Orbán
            aliases: [Orban, Viktor Orban, Orbán]
            roles: [{title: prime minister, country: Hungary, from: 2010-05-29}]
          - name: Robert Fico
            aliases: [Fico]
            roles:
              - {title: prime minister, country: Slovakia, from: 2012-04-04, until: 2018-03-22}
              - {title: prime minister, country: Slovakia, from: 2023-10-25}
          - name: Klaus Iohannis
            aliases: [Iohannis]
            roles: [{title: president, country: Romania, from: 2014-12-21, until: 2025-02-12}]
          - name: Nicușor Dan
            aliases: [Nicusor Dan]
            roles: [{title: president, country: Romania, from: 2025-05-26}]
          - name: Alexis Tsipras
            aliases: [Tsipras]
            roles: [{title: prime minister, country: Greece, from: 2015-01-26, until: 2019-07-08}]
          - name: Kyriakos Mitsotakis
            aliases: [Mitsotakis]
            roles: [{title: prime minister, country: Greece, from: 2019-07-08}]
          - name: Mark Rutte
            aliases: [Rutte]
            roles:
              - {title: prime minister, country: Netherlands, from: 2010-10-14, until: 2024-07-02}
              - {title: secretary general of nato, from: 2024-10-01}
          - name: Jens Stoltenberg
            aliases: [Stoltenberg]
            roles: [{title: secretary general of nato, from: 2014-10-01, until: 2024-10-01}]
          - name: Aleksandar Vučić
            aliases: [Vucic, Vučić, Aleksandar Vucic]
            roles:
              - {title: president, country: Serbia, from: 2017-05-31}
              - {title: prime minister, country: Serbia, from: 2014-04-27, until: 2017-05-31}
          - name: Tomislav Nikolić
            aliases: [Nikolic, Tomislav Nikolic]
            roles: [{title: president, country: Serbia, from: 2012-05-31, until: 2017-05-31}]
          - name: Ana Brnabić
            aliases: [Brnabic, Ana Brnabic]
            roles: [{title: prime minister, country: Serbia, from: 2017-06-29, until: 2024-05-02}]
          - name: Miloš Vučević
            aliases: [Vucevic, Vučević, Milos Vucevic]
            roles: [{title: prime minister, country: Serbia, from: 2024-05-02, until: 2025-04-16}]
          - name: Đuro Macut
            aliases: [Macut, Djuro Macut]
            roles: [{title: prime minister, country: Serbia, from: 2025-04-16}]
          - name: Andrej Plenković
            aliases: [Plenkovic, Andrej Plenkovic]
            roles: [{title: prime minister, country: Croatia, from: 2016-10-19}]
          - name: Zoran Milanović
            aliases: [Milanovic, Zoran Milanovic]
            roles: [{title: president, country: Croatia, from: 2020-02-19}]
          - name: Milo Đukanović
            aliases: [Djukanovic, Milo Djukanovic]
            roles: [{title: president, country: Montenegro, from: 2018-05-20, until: 2023-05-20}]
          - name: Edi Rama
            roles: [{title: prime minister, country: Albania, from: 2013-09-15}]
          - name: Albin Kurti
            aliases: [Kurti]
            roles: [{title: prime minister, country: Kosovo, from: 2021-03-22}]
          - name: Vjosa Osmani
            aliases: [Osmani]
            roles: [{title: president, country: Kosovo, from: 2021-04-04}]
          - name: Milorad Dodik
            aliases: [Dodik]
          # International organisations
          - name: António Guterres
            aliases: [Guterres, Antonio Guterres]
            roles: [{title: secretary-general of the united nations, from: 2017-01-01}]
          - name: Ban Ki-moon
            roles: [{title: secretary-general of the united nations, from: 2007-01-01, until: 2017-01-01}]
          - name: Michelle Bachelet
            aliases: [Bachelet]
            roles:
              - {title: president, country: Chile, from: 2014-03-11, until: 2018-03-11}
              - {title: president, country: Chile, from: 2006-03-11, until: 2010-03-11}
              - {title: un high commissioner for human rights, from: 2018-09-01, until: 2022-09-01}
          - name: Volker Türk
            aliases: [Volker Turk]
            roles: [{title: un high commissioner for human rights, from: 2022-10-17}]
          - name: Zeid Ra'ad Al Hussein
            aliases: [Zeid Ra'ad al-Hussein]
            roles: [{title: un high commissioner for human rights, from: 2014-09-01, until: 2018-09-01}]
          - name: Ursula von der Leyen
            aliases: [von der Leyen]
            roles: [{title: president of the european commission, from: 2019-12-01}]
          - name: Jean-Claude Juncker
            aliases: [Juncker]
            roles: [{title: president of the european commission, from: 2014-11-01, until: 2019-12-01}]
          - name: Charles Michel
            roles: [{title: president of the european council, from: 2019-12-01, until: 2024-12-01}]
          - name: António Costa
            aliases: [Antonio Costa]
            roles:
              - {title: president of the european council, from: 2024-12-01}
              - {title: prime minister, country: Portugal, from: 2015-11-26, until: 2024-04-02}
          - name: Josep Borrell
            aliases: [Borrell]
            roles: [{title: eu foreign policy chief, from: 2019-12-01, until: 2024-12-01}]
          - name: Kaja Kallas
            aliases: [Kallas]
            roles: [{title: eu foreign policy chief, from: 2024-12-01}]
          - name: Federica Mogherini
            aliases: [Mogherini]
            roles: [{title: eu foreign policy chief, from: 2014-11-01, until: 2019-12-01}]
          - name: Kristalina Georgieva
            aliases: [Georgieva]
            roles: [{title: managing director of the imf, from: 2019-10-01}]
          - name: Tedros Adhanom Ghebreyesus
            aliases: [Tedros, Tedros Adhanom]
            roles: [{title: director-general of the who, from: 2017-07-01}]
          - name: Pope Francis
            roles: [{title: pope, from: 2013-03-13, until: 2025-04-21}]
          - name: Pope Leo XIV
            aliases: [Leo XIV]
            roles: [{title: pope, from: 2025-05-08}]
          # The Americas
          - name: Barack Obama
            aliases: [Obama]
            roles: [{title: president, country: United States, from: 2009-01-20, until: 2017-01-20}]
          - name: Donald Trump
            aliases: [Trump, Donald J. Trump]
            roles:
              - {title: president, country: United States, from: 2017-01-20, until: 2021-01-20}
              - {title: president, country: United States, from: 2025-01-20}
          - name: Joe Biden
            aliases: [Biden, Joseph Biden, Joseph R. Biden]
            roles:
              - {title: president, country: United States, from: 2021-01-20, until: 2025-01-20}
              - {title: vice president, country: United States, from: 2009-01-20, until: 2017-01-20}
          - name: Mike Pence
            aliases: [Pence]
            roles: [{title: vice president, country: United States, from: 2017-01-20, until: 2021-01-20}]
          - name: Kamala Harris
            aliases: [Harris]
            roles: [{title: vice president, country: United States, from: 2021-01-20, until: 2025-01-20}]
          - name: JD Vance
            aliases: [J.D. Vance, Vance]
            roles: [{title: vice president, country: United States, from: 2025-01-20}]
          - name: John Kerry
            aliases: [Kerry]
            roles: [{title: secretary of state, country: United States, from: 2013-02-01, until: 2017-02-01}]
          - name: Rex Tillerson
            aliases: [Tillerson]
            roles: [{title: secretary of state, country: United States, from: 2017-02-01, until: 2018-03-31}]
          - name: Mike Pompeo
            aliases: [Pompeo]
            roles: [{title: secretary of state, country: United States, from: 2018-04-26, until: 2021-01-20}]
          - name: Antony Blinken
            aliases: [Blinken, Tony Blinken]
            roles: [{title: secretary of state, country: United States, from: 2021-01-26, until: 2025-01-20}]
          - name: Marco Rubio
            aliases: [Rubio]
            roles: [{title: secretary of state, country: United States, from: 2025-01-21}]
          - name: Justin Trudeau
            aliases: [Trudeau]
            roles: [{title: prime minister, country: Canada, from: 2015-11-04, until: 2025-03-14}]
          - name: Mark Carney
            aliases: [Carney]
            roles: [{title: prime minister, country: Canada, from: 2025-03-14}]
          - name: Enrique Peña Nieto
            aliases: [Pena Nieto, Enrique Pena Nieto, Peña Nieto]
            roles: [{title: president, country: Mexico, from: 2012-12-01, until: 2018-12-01}]
          - name: Andrés Manuel López Obrador
            aliases: [Lopez Obrador, AMLO, Andres Manuel Lopez Obrador, López Obrador]
            roles: [{title: president, country: Mexico, from: 2018-12-01, until: 2024-10-01}]
          - name: Claudia Sheinbaum
            aliases: [Sheinbaum]
            roles: [{title: president, country: Mexico, from: 2024-10-01}]
          - name: Dilma Rousseff
            aliases: [Rousseff]
            roles: [{title: president, country: Brazil, from: 2011-01-01, until: 2016-08-31}]
          - name: Michel Temer
            aliases: [Temer]
            roles: [{title: president, country: Brazil, from: 2016-08-31, until: 2019-01-01}]
          - name: Jair Bolsonaro
            aliases: [Bolsonaro]
            roles: [{title: president, country: Brazil, from: 2019-01-01, until: 2023-01-01}]
          - name: Luiz Inácio Lula da Silva
            aliases: [Lula, Lula da Silva, Luiz Inacio Lula da Silva]
            roles:
              - {title: president, country: Brazil, from: 2023-01-01}
              - {title: president, country: Brazil, from: 2003-01-01, until: 2011-01-01}
          - name: Mauricio Macri
            aliases: [Macri]
            roles: [{title: president, country: Argentina, from: 2015-12-10, until: 2019-12-10}]
          - name: Alberto Fernández
            aliases: [Alberto Fernandez]
            roles: [{title: president, country: Argentina, from: 2019-12-10, until: 2023-12-10}]
          - name: Cristina Fernández de Kirchner
            aliases: [Cristina Fernandez de Kirchner, Cristina Kirchner, Kirchner]
            roles: [{title: president, country: Argentina, from: 2007-12-10, until: 2015-12-10}]
          - name: Javier Milei
            aliases: [Milei]
            roles: [{title: president, country: Argentina, from: 2023-12-10}]
          - name: Sebastián Piñera
            aliases: [Piñera, Pinera, Sebastian Pinera]
            roles:
              - {title: president, country: Chile, from: 2018-03-11, until: 2022-03-11}
              - {title: president, country: Chile, from: 2010-03-11, until: 2014-03-11}
          - name: Gabriel Boric
            aliases: [Boric]
            roles: [{title: president, country: Chile, from: 2022-03-11, until: 2026-03-11}]
          - name: Augusto Pinochet
            aliases: [Pinochet]
            roles: [{title: president, country: Chile, from: 1973-09-11, until: 1990-03-11}]
          - name: Rafael Correa
            aliases: [Correa]
            roles: [{title: president, country: Ecuador, from: 2007-01-15, until: 2017-05-24}]
          - name: Lenín Moreno
            aliases: [Lenin Moreno]
            roles: [{title: president, country: Ecuador, from: 2017-05-24, until: 2021-05-24}]
          - name: Guillermo Lasso
            aliases: [Lasso]
            roles: [{title: president, country: Ecuador, from: 2021-05-24, until: 2023-11-23}]
          - name: Daniel Noboa
            aliases: [Noboa]
            roles: [{title: president, country: Ecuador, from: 2023-11-23}]
          - name: Juan Manuel Santos
            roles: [{title: president, country: Colombia, from: 2010-08-07, until: 2018-08-07}]
          - name: Iván Duque
            aliases: [Ivan Duque, Duque, Iván Duque Márquez]
            roles: [{title: president, country: Colombia, from: 2018-08-07, until: 2022-08-07}]
          - name: Gustavo Petro
            aliases: [Petro]
            roles: [{title: president, country: Colombia, from: 2022-08-07, until: 2026-08-07}]
          - name: Pedro Pablo Kuczynski
            aliases: [Kuczynski]
            roles: [{title: president, country: Peru, from: 2016-07-28, until: 2018-03-23}]
          - name: Martín Vizcarra
            aliases: [Vizcarra, Martin Vizcarra]
            roles: [{title: president, country: Peru, from: 2018-03-23, until: 2020-11-10}]
          - name: Manuel Merino
            roles: [{title: president, country: Peru, from: 2020-11-10, until: 2020-11-17}]
          - name: Francisco Sagasti
            aliases: [Sagasti]
            roles: [{title: president, country: Peru, from: 2020-11-17, until: 2021-07-28}]
          - name: Pedro Castillo
            roles: [{title: president, country: Peru, from: 2021-07-28, until: 2022-12-07}]
          - name: Dina Boluarte
            aliases: [Boluarte]
            roles: [{title: president, country: Peru, from: 2022-12-07, until: 2025-10-10}]
          - name: José Jerí
            aliases: [Jose Jeri, Jeri]
            roles: [{title: president, country: Peru, from: 2025-10-10}]
          - name: Evo Morales
            roles: [{title: president, country: Bolivia, from: 2006-01-22, until: 2019-11-10}]
          - name: Jeanine Añez
            aliases: [Jeanine Anez, Añez]
            roles: [{title: president, country: Bolivia, from: 2019-11-12, until: 2020-11-08}]
          - name: Luis Arce
            aliases: [Arce]
            roles: [{title: president, country: Bolivia, from: 2020-11-08, until: 2025-11-08}]
          - name: Rodrigo Paz
            aliases: [Rodrigo Paz Pereira]
            roles: [{title: president, country: Bolivia, from: 2025-11-08}]
          - name: Nicolás Maduro
            aliases: [Nicolas Maduro, Maduro]
            roles: [{title: president, country: Venezuela, from: 2013-04-19}]
          - name: Hugo Chávez
            aliases: [Chavez, Hugo Chavez, Chávez]
            roles: [{title: president, country: Venezuela, from: 1999-02-02, until: 2013-03-05}]
          - name: Juan Guaidó
            aliases: [Guaido, Juan Guaido, Guaidó]
          - name: Miguel Díaz-Canel
            aliases: [Diaz-Canel, Miguel Diaz-Canel, Díaz-Canel]
            roles: [{title: president, country: Cuba, from: 2018-04-19}]
          - name: Daniel Ortega
            aliases: [Ortega]
            roles: [{title: president, country: Nicaragua, from: 2007-01-10}]
          - name: Nayib Bukele
            aliases: [Bukele]
            roles: [{title: president, country: El Salvador, from: 2019-06-01}]
          - name: Bernardo Arévalo
            aliases: [Arevalo, Bernardo Arevalo]
            roles: [{title: president, country: Guatemala, from: 2024-01-14}]
          - name: Jovenel Moïse
            aliases: [Moise, Jovenel Moise]
            roles: [{title: president, country: Haiti, from: 2017-02-07, until: 2021-07-07}]
          - name: Ariel Henry
            roles: [{title: prime minister, country: Haiti, from: 2021-07-20, until: 2024-04-25}]
          - name: Luis Lacalle Pou
            aliases: [Lacalle Pou]
            roles: [{title: president, country: Uruguay, from: 2020-03-01, until: 2025-03-01}]
          - name: Yamandú Orsi
            aliases: [Orsi, Yamandu Orsi]
            roles: [{title: president, country: Uruguay, from: 2025-03-01}]
        """#
}
