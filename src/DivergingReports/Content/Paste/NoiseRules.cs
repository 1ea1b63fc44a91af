using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using DivergingReports.Model;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Lines that pasted pages carry but that are not the article: advertising slots, theme widgets,
/// and this publication's own chrome. Each rule must match a whole (trimmed) line.
/// </summary>
public sealed class NoiseRules
{
    // The non-backtracking engine keeps an editor's pattern from hanging a build (no catastrophic backtracking).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (string Name, string Pattern)[] BuiltIn =
    [
        ("Advertisement", @"(advertisement|\[ad\]|ad)(\s+(advertisement|\[ad\]|ad))*"),
        ("read time", @"(estimated\s+)?read(ing)?\s+time:?\s*\d+\s*(min|mins|minutes?)(\s+read)?"),
        ("\"You May Also Like\"", @"(you may also like|related articles?|read more|recommended( for you)?|most read)"),
        ("\"Share your view\"", @"share your view in the comments\.?"),
    ];

    private readonly List<(string Name, Regex Regex)> _rules;

    private NoiseRules(List<(string, Regex)> rules) => _rules = rules;

    /// <summary>The built-in rules, the publication's own chrome (reader prompt, breakdown heading) and site.yml's extra patterns.</summary>
    public static NoiseRules For(SiteSettings site)
    {
        var rules = BuiltIn.Select(r => (r.Name, Compile(r.Pattern))).ToList();
        rules.Add(("reader prompt", Compile(Regex.Escape(site.Question) + @"(\s+share your view in the comments\.?)?")));
        rules.Add(("breakdown heading", Compile(BreakdownHeadingPattern(site))));
        rules.AddRange(site.ImportNoise.Select(p => ($"site.yml pattern '{p}'", Compile(p))));
        return new NoiseRules(rules);
    }

    /// <summary>The heading this publication's story pages put above the reports: "Diverging Reports Breakdown".</summary>
    public static string BreakdownHeadingPattern(SiteSettings site) => Regex.Escape(site.Title) + @"\s+breakdown";

    /// <summary>The name of the rule a line matches, or null when the line is text.</summary>
    public string? Match(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0) return null;
        foreach (var (name, regex) in _rules)
            if (regex.IsMatch(trimmed)) return name;
        return null;
    }

    public static bool TryCompile(string pattern, out string? error)
    {
        try
        {
            Compile(pattern);
            error = null;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            error = e.Message;
            return false;
        }
    }

    // Building a non-backtracking matcher costs far more than loading a small publication, and every
    // load (each preview rebuild) asks for the same few patterns: each is compiled once per process.
    // Bounded, since an editor typing a pattern in site.yml under serve makes a new one per save.
    private const int Kept = 256;
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    private static Regex Compile(string pattern)
    {
        if (Compiled.TryGetValue(pattern, out var regex)) return regex;
        regex = new Regex("^(?:" + pattern + ")$", Options);
        if (Compiled.Count >= Kept) Compiled.Clear();
        return Compiled.GetOrAdd(pattern, regex);
    }
}
