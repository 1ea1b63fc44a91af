using DivergingReports.Planning;

namespace DivergingReports.Rendering.Pages;

/// <summary>
/// The stories an edit changed without changing the site's shape (<see cref="SiteShape"/>): the
/// files to make again are those that show one of them.
/// </summary>
public sealed class ShownStories(IEnumerable<PlannedStory> stories)
{
    private readonly HashSet<PlannedStory> _stories = new(stories, ReferenceEqualityComparer.Instance);

    public IEnumerable<PlannedStory> All => _stories;

    public bool Contains(PlannedStory story) => _stories.Contains(story);

    public bool AnyOf(IEnumerable<PlannedStory> stories) => stories.Any(_stories.Contains);

    /// <summary>The numbers of the pages of <paramref name="list"/>, <paramref name="size"/> stories to a page, that hold one of the stories.</summary>
    public Func<int, bool> PagesOf(IReadOnlyList<PlannedStory> list, int size)
    {
        var pages = new HashSet<int>();
        for (var i = 0; i < list.Count; i++)
            if (_stories.Contains(list[i])) pages.Add(i / size + 1);
        return pages.Contains;
    }
}
