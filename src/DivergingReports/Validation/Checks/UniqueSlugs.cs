using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Validation.Checks;

/// <summary>A slug is a story's address (/stories/&lt;slug&gt;/): two stories cannot share one.</summary>
internal sealed class UniqueSlugs : IContentCheck
{
    public void Run(Publication publication, DiagnosticBag bag)
    {
        var first = new Dictionary<string, Story>(StringComparer.Ordinal);
        foreach (var story in publication.Stories)
        {
            if (first.TryAdd(story.Slug.Value, story)) continue;
            bag.Error(DiagnosticCode.DuplicateSlug, story.Slug.At, $"slug '{story.Slug.Value}' is also used by {first[story.Slug.Value].At.Path}",
                "give this story its own 'slug:'");
        }
    }
}
