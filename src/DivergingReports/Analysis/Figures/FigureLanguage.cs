using System.Collections.Frozen;

namespace DivergingReports.Analysis;

/// <summary>
/// How figures are written in one language: its number format (decimal comma, thousands in
/// spaces), and the words around numbers the figure finder reads — hedges, scale words, currencies,
/// percent, months, the words before a year, and the words that end what a figure counts. English
/// is the richest (spelled numbers, plurals); German, French, Spanish, Italian, Portuguese, Dutch,
/// Polish, Ukrainian, Russian and Arabic have these lists; any other language is read with its
/// number format and the English lists. All words are folded (<see cref="TextNormalizer.FoldWord"/>).
/// </summary>
internal sealed record FigureLanguage
{
    /// <summary>The primary language tag these rules are for ("en", "de"); the figures read with them carry it.</summary>
    public string Tag { get; private init; } = "en";

    /// <summary>"1.000,5": a comma before the decimals, a point (or a space) between thousands.</summary>
    public bool DecimalComma { get; private init; }

    /// <summary>Whether an ordinary space may separate thousands ("1 000 000"); a no-break or thin space always may.</summary>
    public bool SpaceGroups { get; private init; }

    /// <summary>"3. Juli", "der 3. Versuch": a number with a point after it is an ordinal.</summary>
    public bool OrdinalPoint { get; private init; }

    /// <summary>Every noun is capitalised (German): a capital says nothing of a name or a designation.</summary>
    public bool CapitalisedNouns { get; private init; }

    /// <summary>How many words after a number may say what it counts, where no plural or capital shows its end: two where adjectives follow their noun ("soldats vesques", "طائرة مسيرة").</summary>
    public int SubjectWords { get; private init; } = 1;

    /// <summary>The English word lists apply (spelled numbers, plurals, "the 2019 freeze").</summary>
    public bool IsEnglish { get; private init; }

    public FrozenDictionary<string, string> Hedges { get; private init; } = Lexicon.Hedges;
    public FrozenDictionary<string, decimal> Scales { get; private init; } = Lexicon.Multipliers;
    public FrozenDictionary<string, string> Currencies { get; private init; } = Lexicon.Currencies;
    public FrozenSet<string> Percent { get; private init; } = Lexicon.PercentWords;
    public FrozenSet<string> Months { get; private init; } = Lexicon.Months;
    public FrozenSet<string> YearWords { get; private init; } = Lexicon.YearPrepositions;
    public FrozenSet<string> Stops { get; private init; } = Lexicon.SubjectStops;
    /// <summary>Phrases after an amount that make it a rate, by period: "a year", "par an", "на рік" → "year".</summary>
    public FrozenDictionary<string, string> Periods { get; private init; } = EnglishPeriods;

    /// <summary>The words of "19 of the 20", "19 der 20", "19 з 20": the part, then the whole.</summary>
    public FrozenSet<string> PartOf { get; private init; } = Words("of");

    /// <summary>Words before a number that make it a designation ("Article 5", "Artikel 5").</summary>
    public FrozenSet<string> Designators { get; private init; } = Lexicon.Designators;

    private static readonly FrozenDictionary<string, string> EnglishPeriods = Pairs(
        "a_year=year per_year=year each_year=year every_year=year annually=year yearly=year a_month=month per_month=month monthly=month "
        + "a_week=week per_week=week weekly=week a_day=day per_day=day each_day=day every_day=day daily=day", v => v);

    public static readonly FigureLanguage English = new() { IsEnglish = true };

    /// <summary>The period of a rate at token k ("a year", "par jour") and the token after it; null when there is none.</summary>
    public (string? Period, int Next) PeriodAt(ReportText report, int k)
    {
        if (!report.IsWord(k)) return (null, k);
        var one = report.Folded[k];
        if (report.IsWord(k + 1) && !report.Tokens[k + 1].NewlineBefore && Periods.TryGetValue(one + " " + report.Folded[k + 1], out var two)) return (two, k + 2);
        return Periods.TryGetValue(one, out var period) ? (period, k + 1) : (null, k);
    }

    private static readonly FrozenDictionary<string, FigureLanguage> ByTag = Build();

    /// <summary>The rules for a language tag ("de", "fr-CA", "uk"); English for an unknown or absent one.</summary>
    public static FigureLanguage For(string? tag)
    {
        if (string.IsNullOrEmpty(tag)) return English;
        var dash = tag.IndexOf('-');
        var primary = (dash < 0 ? tag : tag[..dash]).ToLowerInvariant();
        return ByTag.TryGetValue(primary, out var language) ? language : English;
    }

    /// <summary>The hedge sense of a folded phrase ("more than" → "over"), in this language or in English.</summary>
    public string? HedgeSense(string phrase) =>
        Hedges.TryGetValue(phrase, out var sense) || (!IsEnglish && Lexicon.Hedges.TryGetValue(phrase, out sense)) ? sense : null;

    private static FrozenSet<string> Words(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Select(w => TextNormalizer.FoldWord(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"word=value" pairs, a phrase's words joined by "_": "mehr_als=over".</summary>
    private static FrozenDictionary<string, T> Pairs<T>(string pairs, Func<string, T> value, IReadOnlyDictionary<string, T>? english = null)
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        if (english is not null) foreach (var (k, v) in english) map[k] = v;
        foreach (var pair in pairs.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var phrase = string.Join(' ', pair[..eq].Split('_').Select(w => TextNormalizer.FoldWord(w)));
            map[phrase] = value(pair[(eq + 1)..]);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> With(FrozenSet<string> english, string words) => english.Concat(Words(words)).ToFrozenSet(StringComparer.Ordinal);

    private static decimal Scale(string s) => s switch { "k" => 1_000m, "m" => 1_000_000m, "b" => 1_000_000_000m, "t" => 1_000_000_000_000m, _ => throw new ArgumentException(s) };

    private static FrozenDictionary<string, FigureLanguage> Build()
    {
        // Currency symbols and English words are read in every language (a German report may write "$").
        var symbols = Lexicon.Currencies;
        var map = new Dictionary<string, FigureLanguage>(StringComparer.Ordinal) { ["en"] = English };

        map["de"] = new FigureLanguage
        {
            DecimalComma = true, SpaceGroups = true, OrdinalPoint = true, CapitalisedNouns = true,
            Hedges = Pairs("mehr_als=over über=over mindestens=over wenigstens=over gut=over fast=under knapp=under beinahe=under nahezu=under "
                + "weniger_als=under bis_zu=under rund=about etwa=about ungefähr=about circa=about ca=about zirka=about", v => v),
            Scales = Pairs("tausend=k tsd=k million=m millionen=m mio=m milliarde=b milliarden=b mrd=b billion=t billionen=t", Scale),
            Currencies = Pairs("dollar=dollars us-dollar=dollars euro=euros pfund=pounds rubel=rubles hrywnja=hryvnias hrywnjas=hryvnias", v => v, symbols),
            Percent = Words("prozent %"),
            Months = Words("januar jänner februar märz april mai juni juli august september oktober november dezember jan feb mär apr jun jul aug sep sept okt nov dez"),
            YearWords = Words("in im jahr jahre jahres seit vor nach ab zwischen anfang ende mitte frühjahr sommer herbst winter"),
            Stops = Words("und oder aber in im am an auf aus bei mit nach seit von vom zu zum zur für gegen über unter vor der die das den dem des ein eine einen "
                + "einem einer eines ist sind war waren wurde wurden wird werden hat haben hatte hatten als wie dass sich nicht auch noch pro je insgesamt"),
            Designators = Words("artikel nummer nr flug seite kapitel abschnitt paragraf paragraph resolution version stufe phase"),
            Periods = Pairs("pro_jahr=year im_jahr=year jährlich=year pro_monat=month im_monat=month monatlich=month pro_woche=week wöchentlich=week pro_tag=day am_tag=day täglich=day", v => v, EnglishPeriods),
            PartOf = Words("der von"),
        };
        map["fr"] = new FigureLanguage
        {
            DecimalComma = true, SpaceGroups = true, SubjectWords = 2,
            Hedges = Pairs("plus_de=over au_moins=over au-delà_de=over près_de=under presque=under quasi=under moins_de=under jusqu'à=under "
                + "environ=about quelque=about quelques=about approximativement=about autour_de=about", v => v),
            Scales = Pairs("mille=k million=m millions=m milliard=b milliards=b md=b mds=b mrd=b", Scale),
            Currencies = Pairs("dollar=dollars dollars=dollars euro=euros euros=euros livre=pounds livres=pounds rouble=rubles roubles=rubles hryvnia=hryvnias hryvnias=hryvnias", v => v, symbols),
            Percent = Words("pourcent %"),
            Months = Words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre janv févr avr juil sept oct nov déc"),
            YearWords = Words("en depuis jusqu'en avant après entre début fin mi printemps été automne hiver année an"),
            Stops = Words("et ou mais de des du d la le les l un une en à au aux par pour sur sous dans avec sans entre contre vers chez qui que qu dont ont a été "
                + "sont est était étaient seront sera ne pas plus moins se s y ce cette ces son sa ses leur leurs au total soit"),
            Designators = Words("article numéro no vol page chapitre section résolution version niveau phase"),
            Periods = Pairs("par_an=year par_année=year annuellement=year par_mois=month mensuellement=month par_semaine=week par_jour=day quotidiennement=day", v => v, EnglishPeriods),
            PartOf = Words("des sur"),
        };
        map["uk"] = new FigureLanguage
        {
            DecimalComma = true, SpaceGroups = true,
            Hedges = Pairs("понад=over більше=over більш_ніж=over більше_ніж=over щонайменше=over принаймні=over майже=under менше=under менш_ніж=under "
                + "до=under близько=about приблизно=about орієнтовно=about", v => v),
            Scales = Pairs("тисяча=k тисячі=k тисяч=k тис=k мільйон=m мільйона=m мільйони=m мільйонів=m млн=m мільярд=b мільярда=b мільярди=b мільярдів=b млрд=b", Scale),
            Currencies = Pairs("долар=dollars долари=dollars доларів=dollars дол=dollars євро=euros гривня=hryvnias гривні=hryvnias гривень=hryvnias грн=hryvnias "
                + "рубль=rubles рублі=rubles рублів=rubles фунт=pounds фунтів=pounds", v => v, symbols),
            Percent = Words("відсоток відсотки відсотка відсотків %"),
            Months = Words("січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень "
                + "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
            YearWords = Words("у в з із після між році року рік роки початку кінця середини навесні влітку восени взимку"),
            Stops = Words("і й та а але або в у на з із до по за від для про при під над між що як не це був була було були є щоб які який яка яке його її їх всього загалом"),
            Designators = Words("стаття статті номер рейс сторінка розділ резолюція версія"),
            Periods = Pairs("на_рік=year щороку=year щорічно=year на_місяць=month щомісяця=month на_тиждень=week на_день=day на_добу=day щодня=day", v => v, EnglishPeriods),
            PartOf = Words("з із"),
        };
        map["ru"] = new FigureLanguage
        {
            DecimalComma = true, SpaceGroups = true,
            Hedges = Pairs("более=over свыше=over больше=over более_чем=over не_менее=over по_меньшей_мере=over почти=under менее=under меньше=under "
                + "до=under около=about примерно=about приблизительно=about порядка=about", v => v),
            Scales = Pairs("тысяча=k тысячи=k тысяч=k тыс=k миллион=m миллиона=m миллионов=m млн=m миллиард=b миллиарда=b миллиардов=b млрд=b", Scale),
            Currencies = Pairs("доллар=dollars доллара=dollars долларов=dollars евро=euros гривна=hryvnias гривны=hryvnias гривен=hryvnias "
                + "рубль=rubles рубля=rubles рублей=rubles фунтов=pounds", v => v, symbols),
            Percent = Words("процент процента процентов %"),
            Months = Words("январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь "
                + "января февраля марта апреля мая июня июля августа сентября октября ноября декабря"),
            YearWords = Words("в во с после между году года год начале конце середине весной летом осенью зимой"),
            Stops = Words("и а но или в во на с со из до по за от для о об при под над между что как не это был была было были есть чтобы которые который всего"),
            Designators = Words("статья статьи номер рейс страница раздел резолюция версия"),
            Periods = Pairs("в_год=year ежегодно=year в_месяц=month ежемесячно=month в_неделю=week в_день=day в_сутки=day ежедневно=day", v => v, EnglishPeriods),
            PartOf = Words("из"),
        };
        map["ar"] = new FigureLanguage
        {
            SubjectWords = 2,
            Hedges = Pairs("أكثر_من=over اكثر_من=over أزيد_من=over ما_لا_يقل_عن=over نحو=about حوالي=about حوالى=about قرابة=about زهاء=about "
                + "ما_يقرب_من=under ما_يقارب=under تقريبا=about أقل_من=under أكثر=over", v => v),
            Scales = Pairs("ألف=k آلاف=k الف=k مليون=m ملايين=m مليار=b مليارات=b بليون=b", Scale),
            Currencies = Pairs("دولار=dollars دولارات=dollars يورو=euros جنيه=pounds روبل=rubles هريفنيا=hryvnias", v => v, symbols),
            Percent = Words("بالمئة بالمائة المئة المائة % ٪"),
            Months = Words("يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
                + "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"),
            YearWords = Words("عام سنة منذ في حتى بين قبل بعد مطلع أواخر"),
            Stops = Words("في من إلى الى على عن و أو ثم أن إن التي الذي الذين هذا هذه ذلك تلك قد لا لم لن كان كانت مع ضد حول خلال بعد قبل"),
            Designators = Words("المادة مادة رقم الرحلة رحلة القرار"),
            Periods = Pairs("سنويا=year سنوياً=year في_السنة=year في_العام=year شهريا=month يوميا=day يومياً=day في_اليوم=day", v => v, EnglishPeriods),
            PartOf = Words("من"),
        };
        // Languages that share the comma-decimal, point-thousands format (and, for some, spaces).
        foreach (var tag in new[] { "es", "it", "pt", "nl", "ro", "tr", "el", "id", "da", "sl", "hr", "sr", "bs" })
            map[tag] = new FigureLanguage { DecimalComma = true, SpaceGroups = tag is "pt", SubjectWords = tag is "es" or "it" or "pt" or "ro" ? 2 : 1 };
        foreach (var tag in new[] { "pl", "cs", "sk", "hu", "bg", "be", "kk", "sv", "nb", "nn", "no", "fi", "et", "lv", "lt", "ka" })
            map[tag] = new FigureLanguage { DecimalComma = true, SpaceGroups = true, OrdinalPoint = tag is "cs" or "sk" or "hu" or "fi" or "et" or "lv" or "nb" or "nn" or "no" or "pl" };
        return map.ToFrozenDictionary(entry => entry.Key, entry => entry.Value with { Tag = entry.Key }, StringComparer.Ordinal);
    }
}
