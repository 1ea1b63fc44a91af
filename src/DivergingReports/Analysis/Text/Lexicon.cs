using System.Collections.Frozen;

namespace DivergingReports.Analysis;

/// <summary>
/// The built-in English word lists the heuristics rely on. All entries are folded (lower case, no
/// diacritics, no apostrophes), matched against <see cref="TextNormalizer.FoldWord"/>.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words written as in the text (with hyphens, apostrophes, accents), folded here.</summary>
    private static FrozenSet<string> Folded(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => TextNormalizer.FoldWord(w)).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> Days = Set("""
        monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
        today tonight yesterday tomorrow weekend
        """);

    public static readonly FrozenSet<string> Months = Set("""
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec
        """);

    /// <summary>Holidays and seasons: capitalised, never a person.</summary>
    public static readonly FrozenSet<string> Calendar = Set("""
        christmas easter ramadan eid hanukkah passover thanksgiving halloween diwali lent advent
        spring summer autumn fall winter
        """);

    /// <summary>Words that open sentences and headlines but are no part of a name.</summary>
    public static readonly FrozenSet<string> Common = Set("""
        a an the this that these those there here it its i me my mine we us our ours you your yours he him his she her hers they them their theirs
        who whom whose which what when where why how whether whatever whoever
        and or but nor so yet for because since although though while whereas if unless until till than as
        in on at by to from of off up down out over under into onto upon about above below across after against along amid amidst among around
        before behind beneath beside besides between beyond despite during except inside near outside past per through throughout toward towards via with within without
        according regarding following including concerning
        is are was were be been being am do does did done have has had having will would shall should can could may might must
        not no yes all any both each every few more most much many other others some such only own same also just even still again
        already always never ever often sometimes perhaps maybe meanwhile however therefore thus instead indeed moreover nevertheless nonetheless otherwise
        then now once later earlier soon recently currently finally first second third last next another one two three four five six seven eight nine ten
        after afterwards asked speaking says said told added
        mr mrs ms dr
        new old many several
        like unlike whether either neither
        let lets oh well please thank thanks dear hello
        im ive ill id weve youre youve theyre theyve hes shes thats theres whats dont didnt cant wont isnt wasnt arent werent doesnt havent hasnt
        breaking update updated read watch see listen exclusive analysis opinion editorial live advertisement
        """);

    /// <summary>Ordinary words that open sentences and quotations, never names ("Nobody should pretend…").</summary>
    public static readonly FrozenSet<string> SentenceStarters = Set("""
        nobody everyone everybody someone somebody anyone anybody nothing everything something none noone
        elsewhere overall together instead ultimately initially afterwards similarly likewise hence besides altogether
        never always sometimes sure true indeed yes no okay ok thanks sorry welcome please
        police staff personnel people everyone crowds officials diplomats critics analysts experts observers residents witnesses
        sources negotiators protesters ministers lawmakers leaders supporters opponents investigators prosecutors authorities
        """);

    /// <summary>Titles and roles that precede a name and are no part of it ("President Volodymyr Zelensky").</summary>
    public static readonly FrozenSet<string> Titles = Folded("""
        secretary-general director-general under-secretary prime-minister
        präsident präsidentin kanzler kanzlerin bundeskanzler bundeskanzlerin ministerin ministerpräsident generalsekretär sprecher sprecherin botschafter
        außenminister außenministerin verteidigungsminister verteidigungsministerin premierminister premierministerin
        président présidente ministre premier-ministre secrétaire porte-parole ambassadeur chancelier chancelière mme mlle
        президент президентка прем'єр-міністр прем'єр міністр міністерка речник речниця посол генсек канцлер глава голова
        премьер-министр министр представитель посол канцлер председатель
        """).Union(Set("""
        president presidents minister ministers secretary secretaries chancellor premier king queen prince princess emperor
        pope cardinal bishop archbishop patriarch rabbi imam sheikh sheik ayatollah sultan emir
        senator sen senators representative rep congressman congresswoman lawmaker
        governor gov mayor judge chairman chairwoman chairperson ceo founder director
        spokesman spokeswoman spokesperson spokespeople ambassador envoy aide adviser advisor commissioner
        general gen lieutenant lt colonel col major maj captain capt sergeant sgt admiral adm commander cmdr marshal
        mr mrs ms miss mx dr prof professor sir dame lord lady madam madame monsieur herr chief speaker leader whip
        """)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that belong to a title when next to one ("Defense Secretary", "Secretary of State", "Prime Minister").</summary>
    public static readonly FrozenSet<string> TitleModifiers = Set("""
        vice prime deputy former acting interim late outgoing incoming designate elect
        foreign defense defence interior finance treasury state home health justice special presidential national security
        press attorney minority majority crown field staff first
        """);

    /// <summary>Title abbreviations written with a dot ("Sen. Roger Wicker", "Gen. Mark Milley").</summary>
    public static readonly FrozenSet<string> TitleAbbreviations = Set("""
        sen rep gov gen lt col maj capt sgt adm cmdr mr mrs ms dr prof pres sec amb supt insp cpl pvt rev fr st m mme
        """);

    /// <summary>Abbreviations whose dot does not end a sentence ("Jan. 5", "Sen. Wicker").</summary>
    public static readonly FrozenSet<string> Abbreviations = Set("""
        mr mrs ms dr prof sen rep gov gen lt col maj capt sgt adm cmdr rev fr st jr sr supt insp cpl pvt pres sec amb
        jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
        no nos vs v etc approx est inc ltd co corp bros dept univ mt ft ave blvd rd hwy fig vol p pp
        """);

    /// <summary>Nationality and party adjectives and their plurals: a word, not a name.</summary>
    public static readonly FrozenSet<string> Demonyms = Set("""
        american americans russian russians ukrainian ukrainians soviet soviets british briton britons english scottish welsh irish
        french german germans italian italians spanish portuguese dutch belgian belgians swiss austrian austrians polish pole poles
        czech czechs slovak hungarian hungarians romanian romanians bulgarian bulgarians greek greeks turkish turk turks
        serbian serbs croatian croats bosnian albanian albanians moldovan belarusian belarusians lithuanian latvian estonian
        finnish finn finns swedish swede swedes norwegian norwegians danish dane danes icelandic nordic baltic european europeans
        western eastern northern southern central
        chinese japanese korean koreans taiwanese vietnamese thai indian indians pakistani pakistanis afghan afghans iranian iranians
        iraqi iraqis syrian syrians lebanese israeli israelis palestinian palestinians jordanian egyptian egyptians saudi saudis
        yemeni qatari emirati kuwaiti turkmen kazakh uzbek georgian georgians armenian armenians azerbaijani azeri
        african africans nigerian kenyan ethiopian sudanese somali south libyan tunisian algerian moroccan
        canadian canadians mexican mexicans brazilian brazilians argentine argentinian chilean colombian venezuelan venezuelans cuban cubans
        australian australians asian asians arab arabs latin hispanic muslim muslims christian christians jewish jews catholic orthodox
        republican republicans democrat democrats democratic conservative conservatives liberal liberals labour tory tories socialist
        communist communists nationalist nationalists federal
        """);

    /// <summary>Single words that name a body ("the Kremlin said").</summary>
    public static readonly FrozenSet<string> KnownBodies = Set("""
        kremlin pentagon congress senate parliament duma rada knesset bundestag bundeswehr politburo vatican
        nato reuters bloomberg interfax tass ria xinhua afp ap bbc cnn nbc abc cbs fox msnbc npr pbs
        hamas hezbollah taliban houthis wagner isis opec imf un eu
        google apple microsoft amazon meta twitter facebook tesla gazprom rosneft boeing airbus
        """);

    /// <summary>A word that makes a capitalised run a body ("White House", "NBC News", "Defense Ministry").</summary>
    public static readonly FrozenSet<string> BodyWords = Set("""
        house office ministry department council congress senate parliament assembly committee commission court party army navy
        force forces guard agency bureau service services union nations organization organisation alliance coalition federation
        association institute university college school foundation fund bank group company corporation corp inc ltd llc
        news times post press journal herald tribune telegraph guardian network broadcasting radio television tv agency
        government administration cabinet command staff police church movement front brigade battalion regiment division
        authority board centre center club league
        """);

    /// <summary>Verbs that follow a person's name or precede it in attribution ("Biden emptied", "said Parnell").</summary>
    public static readonly FrozenSet<string> Verbs = Set("""
        said says say told tells added wrote writes posted posts stated states warned warns noted notes argued argues
        claimed claims insisted insists announced announces confirmed confirms denied denies emphasized emphasised
        stressed urged urges asked asks replied replies responded responds explained explains reported reports tweeted
        has had is was will would could can did does may might must should also spoke speaks met meets called calls
        proposed proposes wants wanted thinks thought believes believed hopes hoped agreed agrees signed signs
        """);

    /// <summary>Hedges before a figure, one or two words, with their sense: below, about or above the figure.</summary>
    public static readonly FrozenDictionary<string, string> Hedges = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nearly"] = "under", ["almost"] = "under", ["under"] = "under", ["below"] = "under", ["less than"] = "under",
        ["fewer than"] = "under", ["up to"] = "under", ["within"] = "under", ["just under"] = "under", ["at most"] = "under", ["close to"] = "under",
        ["about"] = "about", ["around"] = "about", ["roughly"] = "about", ["approximately"] = "about", ["some"] = "about",
        ["an estimated"] = "about", ["estimated"] = "about", ["circa"] = "about", ["or so"] = "about",
        ["over"] = "over", ["more than"] = "over", ["at least"] = "over", ["upwards of"] = "over", ["just over"] = "over",
        ["well over"] = "over", ["above"] = "over", ["as many as"] = "under", ["as much as"] = "under", ["exceeding"] = "over",
        ["only"] = "exact", ["just"] = "exact", ["exactly"] = "exact", ["precisely"] = "exact",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>(StringComparer.Ordinal)
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["mln"] = 1_000_000m, ["bn"] = 1_000_000_000m, ["m"] = 1_000_000m,
        ["k"] = 1_000m, ["tn"] = 1_000_000_000_000m, ["mn"] = 1_000_000m,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenDictionary<string, int> NumberWords = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Plural quantities that stand for a number ("thousands of drones").</summary>
    public static readonly FrozenSet<string> VagueNumbers = Set("dozens hundreds thousands millions billions scores tens");

    /// <summary>Currency symbols and words, by the unit they name.</summary>
    public static readonly FrozenDictionary<string, string> Currencies = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "dollars", ["€"] = "euros", ["£"] = "pounds", ["¥"] = "yen", ["₽"] = "rubles", ["₴"] = "hryvnias", ["₹"] = "rupees",
        ["dollars"] = "dollars", ["dollar"] = "dollars", ["euros"] = "euros", ["euro"] = "euros", ["pounds"] = "pounds",
        ["rubles"] = "rubles", ["roubles"] = "rubles", ["hryvnias"] = "hryvnias", ["yuan"] = "yuan", ["yen"] = "yen",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The units <see cref="Currencies"/> name ("dollars", "euros").</summary>
    public static readonly FrozenSet<string> CurrencyUnits = Currencies.Values.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words for percent after a number ("40 percent"; "per cent" is two words, read apart).</summary>
    public static readonly FrozenSet<string> PercentWords = Set("percent pct");

    /// <summary>Words that qualify what is counted without saying what it is: two subjects that share only these ("new tanks", "new jets") are two things.</summary>
    public static readonly FrozenSet<string> Modifiers = Set("""
        new old big small large major minor more other additional further extra first last next previous earlier later total overall
        own several various many few some such same different similar main key top high low full partial
        """);

    /// <summary>Words before a number that make it a designation, not a count ("page 12", "Flight 17").</summary>
    public static readonly FrozenSet<string> Designators = Set("""
        page pages section chapter paragraph number no version vol item line row rule
        clause grade level phase stage category channel route flight highway
        """);

    /// <summary>Time units a hedged "a"/"an" counts ("nearly an hour").</summary>
    public static readonly FrozenSet<string> TimeUnits = Set("second minute hour day week month year decade century dozen");

    /// <summary>Words after a number that mean it is a time of day.</summary>
    public static readonly FrozenSet<string> ClockWords = Set("am pm gmt utc bst cet cest est edt pst pdt et pt oclock hrs uhr h");

    /// <summary>Words that end what a figure counts ("5,000 drones and", "80 missiles in").</summary>
    public static readonly FrozenSet<string> SubjectStops = Set("""
        a an the this that these those it its their his her our your my and or but nor so yet than as if
        in on at by to from of off into onto with without for per over under about after before during since until while when where which who whom whose what
        is are was were be been being am do does did have has had will would shall should can could may might must not no
        said says say told according
        yesterday today tomorrow tonight ago earlier later last next each every alone apiece total altogether more less fewer
        monday tuesday wednesday thursday friday saturday sunday
        january february march april may june july august september october november december
        """);

    /// <summary>Words before a year ("in 2022", "since 2014"): the number is a date, not a figure.</summary>
    public static readonly FrozenSet<string> YearPrepositions = Set("""
        in since of by until till from to through before after during early late mid and or the between circa year fiscal
        spring summer autumn fall winter end start beginning class
        """);

    /// <summary>Determiners before a spelled number that make it a reference, not a count ("the two presidents").</summary>
    public static readonly FrozenSet<string> Determiners = Set("the these those its their his her our your my all both whose which");

    public static readonly FrozenDictionary<string, string> IrregularPlurals = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["people"] = "person", ["men"] = "man", ["women"] = "woman", ["children"] = "child", ["feet"] = "foot",
        ["personnel"] = "personnel", ["police"] = "police", ["staff"] = "staff", ["troops"] = "troop", ["crew"] = "crew",
        ["civilians"] = "civilian", ["data"] = "data", ["aircraft"] = "aircraft", ["sheep"] = "sheep", ["cattle"] = "cattle",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Particles inside a person's name ("Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> NameParticles = Set("de da di du del della der den van von ter bin ibn al el la le dos das");

    /// <summary>
    /// The lists among those of <see cref="WordList"/> that a folded word is in. A <see cref="Lexeme"/>
    /// reads them once, where the loops over every word of a story would hash the word again at each test.
    /// </summary>
    public static WordList ListsOf(string folded)
    {
        var lists = WordList.None;
        if (Days.Contains(folded)) lists |= WordList.Days;
        if (Months.Contains(folded)) lists |= WordList.Months;
        if (Calendar.Contains(folded)) lists |= WordList.Calendar;
        if (Common.Contains(folded)) lists |= WordList.Common;
        if (Titles.Contains(folded)) lists |= WordList.Titles;
        if (TitleModifiers.Contains(folded)) lists |= WordList.TitleModifiers;
        if (TitleAbbreviations.Contains(folded)) lists |= WordList.TitleAbbreviations;
        if (Demonyms.Contains(folded)) lists |= WordList.Demonyms;
        if (KnownBodies.Contains(folded)) lists |= WordList.KnownBodies;
        if (BodyWords.Contains(folded)) lists |= WordList.BodyWords;
        if (Verbs.Contains(folded)) lists |= WordList.Verbs;
        if (NameParticles.Contains(folded)) lists |= WordList.NameParticles;
        if (Determiners.Contains(folded)) lists |= WordList.Determiners;
        if (NumberWords.ContainsKey(folded)) lists |= WordList.NumberWords;
        if (VagueNumbers.Contains(folded)) lists |= WordList.VagueNumbers;
        if (folded is "a" or "an" or "one") lists |= WordList.One;
        if (folded is "million" or "billion" or "thousand" or "hundred" or "trillion" or "dozen") lists |= WordList.Scales;
        if (TimeUnits.Contains(folded)) lists |= WordList.TimeUnits;
        foreach (var (word, _) in NumberWords)
            if (folded.Length > word.Length && folded.StartsWith(word, StringComparison.Ordinal))
                lists |= WordList.NumberFirst;
        return lists;
    }
}

/// <summary>The <see cref="Lexicon"/> lists the name and figure finders test on every word, as flags.</summary>
[Flags]
internal enum WordList
{
    None = 0,
    Days = 1 << 0,
    Months = 1 << 1,
    Calendar = 1 << 2,
    Common = 1 << 3,
    Titles = 1 << 4,
    TitleModifiers = 1 << 5,
    TitleAbbreviations = 1 << 6,
    Demonyms = 1 << 7,
    KnownBodies = 1 << 8,
    BodyWords = 1 << 9,
    Verbs = 1 << 10,
    NameParticles = 1 << 11,
    Determiners = 1 << 12,
    NumberWords = 1 << 13,
    VagueNumbers = 1 << 14,
    /// <summary>"a", "an", "one": the words that count one ("a million", "nearly an hour").</summary>
    One = 1 << 15,
    /// <summary>Not a list: longer words that begin with a number word, as "twenty-five" and "three-year" fold ("twentyfive", "threeyear").</summary>
    NumberFirst = 1 << 16,
    /// <summary>"hundred", "thousand", "million", "billion", "trillion", "dozen": what "a" or "one" can count.</summary>
    Scales = 1 << 17,
    TimeUnits = 1 << 18,
}
