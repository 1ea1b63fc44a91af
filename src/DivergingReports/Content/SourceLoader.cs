using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>Reads content/sources/&lt;id&gt;.yml.</summary>
internal static class SourceLoader
{
    public static Source Load(ContentFile file, string text, DiagnosticBag bag)
    {
        var f = Fields.Parse(text, ContentSchema.Source, new FileContext(file.Path, bag));
        var homepage = f.Url("homepage");
        return new Source
        {
            Id = file.Id,
            Name = f.Text("name") ?? file.Id,
            Homepage = homepage,
            Domains = Domains(f, homepage),
            Country = Country(f),
            Language = f.Text("language") is { } lang && SiteLoader.CheckLanguage(lang, f.ValueAt("language"), bag) ? lang : null,
            Description = f.Markdown("description"),
            Lean = f.Id("lean"),
            Facts = (f.Pairs("facts") ?? []).Select(p => new KeyValuePair<string, string>(p.Key.Value, p.Value.Value)).ToArray(),
            At = FileLocation.StartOf(file.Path),
        };
    }

    private static IReadOnlyList<Claimed<string>> Domains(Fields f, Uri? homepage)
    {
        if (!f.Has("domains"))
            return homepage is null ? [] : [new Claimed<string>(StripWww(homepage.IdnHost.ToLowerInvariant()), f.ValueAt("homepage"))];
        var domains = new List<Claimed<string>>();
        foreach (var item in f.TextList("domains", allowSingle: true) ?? [])
        {
            var host = item.Value.ToLowerInvariant();
            if (!WebAddresses.IsHostName(host))
            {
                var bare = WebAddresses.Parse(item.Value)?.Host;
                f.File.Bag.Error(DiagnosticCode.InvalidValue, item.At, $"'{item.Value}' is not a domain",
                    bare is null ? "write the bare host name, such as washingtonpost.com" : $"write the bare host name: {StripWww(bare)}");
                continue;
            }
            domains.Add(item with { Value = host });
        }
        return domains;
    }

    private static string StripWww(string host) => host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;

    private static string? Country(Fields f)
    {
        if (f.Text("country") is not { } text) return null;
        var code = text.ToUpperInvariant();
        if (Countries.IsAssigned(code)) return code;
        var mistake = Countries.CommonMistake(code);
        var hint = mistake is not null
            ? $"did you mean '{mistake}' ({Countries.NameOf(mistake)})?"
            : Suggestions.Hint(code, Countries.Codes.Where(c => c[0] == code.FirstOrDefault()).ToArray(), "codes starting so") is { } near && code.Length == 2
                ? "use the two-letter ISO 3166-1 code, such as US, GB or NO; " + near
                : "use the two-letter ISO 3166-1 code, such as US, GB or NO; leave the field out when the country is unknown";
        f.File.Bag.Error(DiagnosticCode.InvalidCountry, f.ValueAt("country"), $"'{text}' is not an ISO 3166-1 country code", hint);
        return null;
    }
}
