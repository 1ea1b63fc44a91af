using System.Collections.Frozen;

namespace DivergingReports.Analysis;

/// <summary>
/// Places: countries, capitals and large cities, regions, U.S. states. A capitalised run that is a
/// place is not a person or a body, so it stays out of the names table. Keys are folded words joined
/// by single spaces.
/// </summary>
internal static class Gazetteer
{
    // The lists below hold single words; the places of several words are these (declared first: static fields initialise in order).
    private static readonly string[] MultiWord =
    [
        "bosnia herzegovina", "bosnia and herzegovina", "burkina faso", "cape verde", "costa rica", "czech republic",
        "dominican republic", "el salvador", "ivory coast", "new zealand", "north korea", "north macedonia", "papua new guinea",
        "san marino", "saudi arabia", "sierra leone", "south africa", "south korea", "south sudan", "sri lanka",
        "united arab emirates", "united kingdom", "great britain", "northern ireland", "united states", "soviet union",
        "gaza strip", "west bank", "golan heights", "east jerusalem", "tel aviv", "khan younis", "the hague", "abu dhabi",
        "new delhi", "hong kong", "mexico city", "buenos aires", "rio de janeiro", "sao paulo", "addis ababa", "cape town",
        "st petersburg", "saint petersburg", "new york", "los angeles", "san francisco", "las vegas", "north america",
        "south america", "latin america", "middle east", "near east", "far east", "the middle east", "persian gulf",
        "black sea", "red sea", "baltic sea", "south china sea", "sea of azov", "strait of hormuz", "indo pacific",
        "west africa", "east africa", "western europe", "eastern europe", "central europe", "southern europe",
        "northern europe", "central asia", "southeast asia", "south asia", "east asia", "the west", "capitol hill",
        "oval office", "west wing", "downing street", "wall street", "silicon valley", "red square", "new hampshire",
        "new jersey", "new mexico", "north carolina", "north dakota", "rhode island", "south carolina", "south dakota",
        "west virginia", "district of columbia", "kremlin square",
    ];

    private static readonly FrozenSet<string> Places = (
        // countries and their short forms
        """
        afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
        barbados belarus belgium belize benin bhutan bolivia botswana brazil brunei bulgaria
        burundi cambodia cameroon canada chad chile china colombia comoros congo croatia
        cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia
        eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti
        honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
        kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar
        malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco
        mozambique myanmar burma namibia nauru nepal netherlands holland nicaragua niger nigeria
        macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland
        portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
        slovakia slovenia somalia spain sudan suriname sweden switzerland syria
        taiwan tajikistan tanzania thailand togo tonga trinidad tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
        uae uk u.k britain england scotland wales
        us u.s usa u.s.a america uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
        ussr korea greenland crimea donbas donbass donetsk luhansk lugansk kherson zaporizhzhia zaporizhia kharkiv
        kharkov odesa odessa mariupol bakhmut avdiivka pokrovsk kursk belgorod dnipro lviv sumy chernihiv mykolaiv
        gaza jerusalem ramallah rafah
        """ + "\n" +
        // capitals and large cities
        """
        kyiv kiev moscow washington london paris berlin rome madrid lisbon brussels amsterdam vienna bern zurich geneva
        warsaw prague budapest bucharest sofia athens ankara istanbul copenhagen stockholm oslo helsinki reykjavik tallinn riga
        vilnius minsk chisinau tbilisi yerevan baku tehran baghdad damascus beirut amman cairo riyadh jeddah doha dubai
        kabul islamabad karachi delhi mumbai dhaka beijing shanghai taipei tokyo seoul pyongyang hanoi bangkok
        manila jakarta singapore sydney melbourne canberra ottawa toronto montreal vancouver havana caracas bogota
        lima santiago brasilia nairobi lagos abuja johannesburg pretoria
        khartoum tripoli tunis algiers rabat sevastopol chicago
        boston miami houston dallas atlanta seattle philadelphia detroit davos munich frankfurt hamburg
        milan naples marseille lyon barcelona edinburgh dublin belfast manchester birmingham glasgow strasbourg luxembourg
        geneva anchorage helsinki minsk alaska hawaii
        """ + "\n" +
        // regions, continents, bodies of water, landmarks that are places
        """
        europe asia africa antarctica oceania eurasia
        gulf balkans baltics caucasus scandinavia siberia arctic pacific atlantic mediterranean
        sahel
        hollywood
        maidan
        """ + "\n" +
        // U.S. states
        """
        alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa
        kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
        ohio oklahoma oregon pennsylvania
        tennessee texas utah vermont virginia wisconsin wyoming
        """)
        .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .Select(w => w.Replace(".", "", StringComparison.Ordinal))
        .Concat(MultiWord)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Compass = FrozenSet.ToFrozenSet(
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest",
         "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "occupied"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceSuffixes = FrozenSet.ToFrozenSet(
        ["sea", "ocean", "river", "lake", "mountains", "mountain", "island", "islands", "strait", "peninsula", "gulf", "bay",
         "valley", "hill", "hills", "street", "square", "avenue", "boulevard", "road", "bridge", "region", "oblast", "province",
         "county", "district", "airport", "port", "desert", "canal", "coast", "plain", "plains", "highway", "park"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacesBySpan = Places.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether folded words name a place: a known one, a compass point before one ("Western Europe"), or a place-like last word ("Black Sea").</summary>
    public static bool IsPlace(IReadOnlyList<string> folded)
    {
        if (folded.Count == 0) return false;
        if (folded.Count == 1) return Places.Contains(folded[0]);
        if (PlaceSuffixes.Contains(folded[^1])) return true;
        var length = WordKey.Length(folded);
        var key = WordKey.Join(folded, length <= WordKey.StackLimit ? stackalloc char[length] : new char[length]);
        if (PlacesBySpan.Contains(key)) return true;
        // The words after the compass point are the rest of the key.
        return Compass.Contains(folded[0]) && PlacesBySpan.Contains(key[(folded[0].Length + 1)..]);
    }
}
