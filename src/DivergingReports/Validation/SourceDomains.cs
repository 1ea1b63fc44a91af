using DivergingReports.Model;

namespace DivergingReports.Validation;

/// <summary>Tells which source an article address belongs to, by the sources' domains (the most specific domain wins).</summary>
public sealed class SourceDomains
{
    private readonly Dictionary<string, string> _owner = new(StringComparer.Ordinal);

    public SourceDomains(IEnumerable<Source> sources)
    {
        foreach (var source in sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        foreach (var domain in source.Domains)
            _owner.TryAdd(domain.Value, source.Id);
    }

    /// <summary>The id of the source whose domain (or a parent domain of it) hosts <paramref name="url"/>; null when none does.</summary>
    public string? SourceOf(Uri url)
    {
        var host = url.IdnHost.ToLowerInvariant().TrimEnd('.');
        for (var candidate = host; candidate.Length > 0;)
        {
            if (_owner.TryGetValue(candidate, out var id)) return id;
            var dot = candidate.IndexOf('.');
            if (dot < 0) break;
            candidate = candidate[(dot + 1)..];
        }
        return null;
    }
}
