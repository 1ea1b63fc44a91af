using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>A source's lean is a point on the publication's own scale (site.yml's spectrum).</summary>
internal sealed class LeansInSpectrum : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        if (bag.IsUnreadable("site.yml")) return; // the spectrum may be what is lost
        var spectrum = publication.Site.Spectrum;
        foreach (var source in publication.Sources)
        {
            if (source.Lean is not { } lean || spectrum.Contains(lean.Value)) continue;
            if (spectrum.Count == 0)
                bag.Error(DiagnosticCode.LeanNotInSpectrum, lean.At, $"lean '{lean.Value}' is given, but site.yml has no spectrum",
                    "add 'spectrum: [left, center, right]' (your scale) to site.yml, or remove the lean");
            else
                bag.Error(DiagnosticCode.LeanNotInSpectrum, lean.At, $"lean '{lean.Value}' is not on site.yml's spectrum",
                    Suggestions.Hint(lean.Value, spectrum.ToArray(), "values"));
        }
    }
}
