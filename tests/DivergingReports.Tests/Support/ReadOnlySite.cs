namespace DivergingReports.Tests.Support;

/// <summary>
/// A site built once for the whole test run, for tests that only read it (in a browser or as
/// files): several classes load the same publications, and building each again costs seconds.
/// Never hand one to a test that writes to the project or its output. Deleted when the run ends.
/// </summary>
public sealed class ReadOnlySite(Func<TestProject> create, params string[] buildArgs)
{
    public static readonly ReadOnlySite ShippedContent = new(TestProject.FromShippedContent);
    public static readonly ReadOnlySite SixOutletStory = new(Support.SixOutletStory.Create);
    public static readonly ReadOnlySite WorldStory = new(Support.WorldStory.Create);
    public static readonly ReadOnlySite SyntheticPublication = new(Support.SyntheticPublication.Create);

    /// <summary>The synthetic publication with <see cref="Support.MultilingualStory"/>: reports in four languages, one right to left with a translation.</summary>
    public static readonly ReadOnlySite MultilingualPublication = new(() =>
    {
        var project = Support.SyntheticPublication.Create();
        Support.MultilingualStory.WriteTo(project);
        return project;
    });

    /// <summary>The address <see cref="SearchablePublication"/> is built for: search must work under a sub-path.</summary>
    public const string SubPathUrl = "https://example.org/sub/path/";

    /// <summary>The synthetic publication with <see cref="Support.SearchableStory"/>, built with search under a sub-path, indexed by Pagefind.</summary>
    public static readonly ReadOnlySite SearchablePublication = new(() =>
    {
        var project = Support.SyntheticPublication.Create();
        Support.SearchableStory.WriteTo(project);
        return project.WithPagefind();
    }, "--search", "--base-url", SubPathUrl);

    private readonly Lazy<BuiltSite> _site = new(() =>
    {
        var project = create();
        TestRun.AtEnd(() => { project.Dispose(); return Task.CompletedTask; });
        return project.Build(buildArgs);
    });

    /// <summary>The site, built by the first test that asks (the others wait for it).</summary>
    public BuiltSite Site => _site.Value;
}
