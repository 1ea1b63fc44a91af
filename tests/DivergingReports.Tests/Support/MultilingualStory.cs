namespace DivergingReports.Tests.Support;

/// <summary>
/// A story covered in four languages, written into a publication whose site is in English: an
/// English report; a German one (the language set on its source); a French one from a Swiss outlet
/// whose source says German (the article's own language wins); and an Arabic one, right to left,
/// with the editors' English translation. All four quote the minister's one sentence, each in its own
/// language; the Arabic original quotes it in « » and only its translation in English.
/// </summary>
public static class MultilingualStory
{
    public const string Slug = "geneva-talks";
    public const string Page = "stories/geneva-talks/index.html";
    public const string English = "2025-07-10-wire-daily-geneva-talks";
    public const string German = "2025-07-10-berliner-blatt-genf";
    public const string French = "2025-07-10-courrier-du-lac-geneve";
    public const string Arabic = "2025-07-10-al-sahifa-geneva";

    /// <summary>The quotation the English report and the translation of the Arabic one share.</summary>
    public const string SharedQuote = "will not accept a ceasefire that freezes the front line";

    public const string ArabicHeadline = "الوزير: لا وقف لإطلاق النار يجمّد خط الجبهة";

    public static void WriteTo(TestProject project)
    {
        project.Write("content/sources/wire-daily.yml", """
            name: Wire Daily
            homepage: https://www.wire-daily.example/
            country: GB
            language: en
            """);
        project.Write("content/sources/berliner-blatt.yml", """
            name: Berliner Blatt
            homepage: https://www.berliner-blatt.example/
            country: DE
            language: de
            """);
        project.Write("content/sources/courrier-du-lac.yml", """
            name: Le Courrier du Lac
            homepage: https://www.courrier-du-lac.example/
            country: CH
            language: de
            """);
        project.Write("content/sources/al-sahifa.yml", """
            name: Al-Sahifa
            homepage: https://www.al-sahifa.example/
            country: EG
            language: ar
            """);

        project.Write($"content/articles/{English}.md", """
            ---
            title: Geneva talks end without a deal
            url: https://www.wire-daily.example/2025/07/10/geneva-talks/
            published: 2025-07-10
            ---

            The foreign ministers met in Geneva on Thursday. The minister said his country "will not
            accept a ceasefire that freezes the front line", and officials said the talks would
            resume next week.
            """);
        project.Write($"content/articles/{German}.md", """
            ---
            title: Gespräche in Genf enden ohne Einigung
            url: https://www.berliner-blatt.example/2025/07/10/genf/
            published: 2025-07-10
            ---

            Die Außenminister trafen sich am Donnerstag in Genf. „Wir werden keinen Waffenstillstand
            akzeptieren, der die Frontlinie einfriert“, sagte der Minister. Die Gespräche sollen in der
            kommenden Woche weitergehen.
            """);
        project.Write($"content/articles/{French}.md", """
            ---
            title: À Genève, des pourparlers sans percée
            url: https://www.courrier-du-lac.example/2025/07/10/geneve/
            published: 2025-07-10
            language: fr
            ---

            Les ministres se sont réunis jeudi à Genève. « Nous n’accepterons pas un cessez-le-feu qui
            gèle la ligne de front », a déclaré le ministre. Les discussions reprendront la semaine
            prochaine.
            """);
        project.Write($"content/articles/{Arabic}.md", $"""
            ---
            title: "{ArabicHeadline}"
            url: https://www.al-sahifa.example/2025/07/10/geneva/
            published: 2025-07-10
            translation:
              by: Diverging Reports
              text: |
                The foreign minister said on Thursday that his country "{SharedQuote}",
                adding that the talks would continue next week.

                Officials said the meeting lasted *about two hours*. <b>Not bold</b>
            ---

            قال وزير الخارجية يوم الخميس إن بلاده «لن تقبل أي وقف لإطلاق النار يجمّد خط الجبهة»، مضيفاً
            أن المحادثات ستستمر الأسبوع المقبل.

            وأفاد مسؤولون بأن الاجتماع استمر نحو ساعتين.
            """);

        project.Write("content/breakdowns/2025-07-10-geneva-talks.yml", $"""
            title: Geneva talks end without a ceasefire
            date: 2025-07-10
            slug: {Slug}
            tags: [diplomacy]
            summary: |
              Foreign ministers met in Geneva; no ceasefire was agreed.
            reports:
              - article: {English}
                summary: Leads with the minister's refusal.
              - article: {German}
                summary: Quotes the minister in German.
              - article: {French}
                summary: Quotes the minister in French.
              - article: {Arabic}
                summary: Adds how long the meeting lasted.
            """);
    }
}
