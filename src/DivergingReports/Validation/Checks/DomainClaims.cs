using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>A domain tells which outlet an article address belongs to, so only one source may claim it.</summary>
internal sealed class DomainClaims : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var first = new Dictionary<string, (string Source, FileLocation At)>(StringComparer.Ordinal);
        foreach (var source in publication.Sources)
        foreach (var domain in source.Domains)
        {
            if (!first.TryGetValue(domain.Value, out var claim))
            {
                first[domain.Value] = (source.Id, domain.At);
                continue;
            }
            if (claim.Source == source.Id)
                bag.Error(DiagnosticCode.DomainClaimedTwice, domain.At, $"domain '{domain.Value}' is listed twice", "list each domain once");
            else
                bag.Error(DiagnosticCode.DomainClaimedTwice, domain.At, $"domain '{domain.Value}' is also claimed by source '{claim.Source}' ({claim.At})",
                    "a domain belongs to one outlet: remove it from one of the two sources");
        }
    }
}
