/// The vocabulary of the synthetic corpus, written for this benchmark. Names are invented by combining
/// syllables; places and countries are real so that the gazetteer has something to find.
enum Words {
    struct Topic {
        var verb: String
        var noun: String
        var headline: String
    }

    static let givenNames = [
        "Arman", "Dana", "Yerlan", "Aigerim", "Nurlan", "Saule", "Timur", "Madina", "Ruslan", "Zarina", "Pavel",
        "Irina", "Luis", "Camila", "Mateo", "Valentina", "Jorge", "Lucia", "Amir", "Leila", "Omar", "Yasmin",
        "Karim", "Nadia", "Pierre", "Claire", "Stefan", "Ana", "Milan", "Jelena", "Tariq", "Sana", "Ravi", "Priya",
        "Kofi", "Ama", "Tendai", "Nomsa", "Hiroshi", "Yuki", "Minh", "Linh", "Bakhyt", "Gulnara", "Askar", "Elena",
    ]
    static let surnameStems = [
        "Kel", "Dzhu", "Bek", "Sar", "Tok", "Mas", "Nur", "Abd", "Orl", "Vas", "Gar", "Mend", "Rod", "Fer", "Alv",
        "Haddad", "Khal", "Mans", "Dub", "Lef", "Mor", "Petr", "Jov", "Nik", "Qur", "Shah", "Rao", "Men", "Asa",
        "Boa", "Moyo", "Dlam", "Tana", "Sato", "Ngu", "Tran", "Zhan", "Ibr", "Ser", "Kar", "Pol", "Ost",
    ]
    static let surnameEndings = [
        "ibekov", "abayev", "enko", "ovich", "ov", "ova", "ez", "ez-Luna", "ani", "i", "eau", "ić", "escu", "ar",
        "ou", "ini", "ashvili", "yan", "ssa", "wala", "ura", "ane", "ong", "bayeva", "imov", "ulov", "sky",
    ]
    static let fields = [
        "Energy", "Internal Affairs", "Health", "Education", "Transport", "Agriculture", "Justice", "Labour",
        "Finance", "Defence", "Culture", "Industry", "Mining", "Water", "Housing", "Youth", "Trade", "Fisheries",
        "Railways", "Ports", "Textile", "Teachers", "Nurses", "Miners", "Drivers", "Students", "Farmers",
    ]
    static let organizationShapes = [
        "Ministry of #", "National Union of # Workers", "# Workers' Federation", "Independent # Council",
        "Committee for # Reform", "# Solidarity Front",
    ]
    static let cities = [
        "Almaty", "Aktau", "Zhanaozen", "Shymkent", "Quito", "Guayaquil", "Santiago", "Valparaiso", "Cali",
        "Bogota", "Beirut", "Tripoli", "Khartoum", "Omdurman", "Colombo", "Kandy", "Minsk", "Grodno", "Bishkek",
        "Osh", "Paris", "Lyon", "Tehran", "Mashhad", "Yerevan", "Gyumri", "Kathmandu", "Pokhara", "Belgrade", "Nis",
    ]
    static let countries = [
        "Kazakhstan", "Ecuador", "Chile", "Colombia", "Lebanon", "Sudan", "Sri Lanka", "Belarus", "Kyrgyzstan",
        "France", "Iran", "Armenia", "Nepal", "Serbia",
    ]
    static let outlets = [
        "Steppe Courier", "Andes Daily", "Harbour Times", "Northern Ledger", "River Post", "Plains Herald",
        "Coastal Wire", "Summit News", "Delta Observer", "Meridian Report",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    static let topics = [
        Topic(verb: "marched", noun: "protests", headline: "protests spread"),
        Topic(verb: "rallied", noun: "demonstrations", headline: "crowds rally"),
        Topic(verb: "clashed with police", noun: "clashes", headline: "clashes erupt"),
        Topic(verb: "went on strike", noun: "a general strike", headline: "strike widens"),
        Topic(verb: "blocked roads", noun: "road blockades", headline: "blockades continue"),
    ]
    static let grievances = [
        "a rise in fuel prices", "the pension reform", "a disputed election", "rising bread prices",
        "a new tax on messaging apps", "power cuts", "the arrest of an opposition leader", "water shortages",
    ]
    static let policeActions = [
        "used tear gas and stun grenades", "fired rubber bullets", "detained dozens of people",
        "dispersed the crowd with water cannon", "blocked the roads to the centre",
    ]
    static let triggers = [
        "the government lifted a price cap on January 1", "the electoral commission announced the results",
        "parliament passed the bill without a vote", "a student died in police custody",
    ]
    static let concessions = [
        "bring prices back down", "withdraw the decree", "hold talks with the unions", "recount the ballots",
        "suspend the reform for six months",
    ]
    static let quotes = [
        "The demands have been heard. What matters now is calm.",
        "We will not negotiate under pressure.",
        "Order will be restored in the coming days.",
        "Those responsible for the violence will be punished.",
    ]
    static let resignations = [
        "resigned on Wednesday", "offered to resign", "refused to step down", "was dismissed by decree",
        "announced a cabinet reshuffle",
    ]
    static let posts = [
        "Huge crowd on the main square tonight, no police in sight",
        "Internet is down across the city again",
        "They are shooting at people near the akimat",
        "Thousands marching peacefully, families with children",
    ]
    static let demands = [
        "the strike would continue until the decree was withdrawn", "it had received reports of looting",
        "talks with the government had broken down", "a curfew would be imposed from 11 p.m. to 7 a.m.",
    ]
    static let nextDays = ["on Monday", "next week", "the following day", "later this month", "within two days"]
    static let decrees = [
        "declared a state of emergency", "imposed a curfew", "banned public gatherings",
        "shut down mobile internet", "deployed the army",
    ]
    static let background = [
        "The country has seen several waves of unrest in recent years.",
        "Prices have risen sharply since the currency lost a third of its value.",
        "The opposition has been largely excluded from parliament.",
    ]
    static let relativeDates = [
        "on Sunday", "yesterday", "last week", "two days earlier", "on Tuesday", "the day before",
        "earlier this month", "on Friday night", "three days ago", "last month",
    ]
    static let numberWords = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
        "twenty", "thirty", "forty", "fifty", "a hundred", "two hundred",
    ]
    static let headlineEnds = [
        "government offers concessions", "death toll rises", "president declares emergency",
        "cabinet resigns", "talks collapse",
    ]

    /// Who a figure is attributed to.
    enum Attribution {
        static func random(using generator: inout SeededGenerator, ministry: String) -> String {
            switch generator.int(0...3) {
            case 0: "the \(ministry) said."
            case 1: "according to the health ministry."
            case 2: "local media reported, citing hospital sources."
            default: "a rights group said on its website."
            }
        }
    }
}
