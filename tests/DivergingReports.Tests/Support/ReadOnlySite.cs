namespace DivergingReports.Tests.Support;

/// <summary>
/// A site built once for the whole test run, for tests that only read it (in a browser or as
/// files): several classes load the same publications, and building each again costs seconds.
/// Never hand one to a test that writes to the project or its output. Deleted when the run ends.
/// </summary>
public sealed class ReadOnlySite(Func<TestProject> create)
{
    public static readonly ReadOnlySite ShippedContent = new(TestProject.FromShippedContent);
    public static readonly ReadOnlySite SixOutletStory = new(Support.SixOutletStory.Create);
    public static readonly ReadOnlySite WorldStory = new(Support.WorldStory.Create);

    private readonly Lazy<BuiltSite> _site = new(() =>
    {
        var project = create();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => project.Dispose();
        return project.Build();
    });

    /// <summary>The site, built by the first test that asks (the others wait for it).</summary>
    public BuiltSite Site => _site.Value;
}
