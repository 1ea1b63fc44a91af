using DivergingReports.Content;
using DivergingReports.Diagnostics;
using DivergingReports.Planning;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Pages;
using DivergingReports.Rendering.Templates;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Building;

/// <summary>
/// A build renders its files on every core, sharing what many pages use (story cards, each story's
/// texts and comparison, rendered summaries, pooled buffers). None of that may leak from one file
/// into another: every file the build writes holds exactly the bytes the same file has when the
/// files are made one after the other on one thread.
/// </summary>
public class ParallelOutputTests
{
    [Fact]
    public void A_build_on_every_core_writes_what_making_each_file_in_turn_gives()
    {
        using var project = SyntheticPublication.Create();
        var built = project.Build().Snapshot();

        var loaded = PublicationLoader.Load(project.Paths);
        Assert.False(loaded.HasErrors);
        var theme = Theme.Load(project.Paths, new DiagnosticBag());
        var templates = ScribanTemplateSet.Load(theme, new DiagnosticBag());
        Assert.NotNull(templates);
        var plan = new SitePlan(loaded.Publication, new BuildOptions());
        var views = new ViewFactory(plan);
        var analysis = new StoryAnalysis(new ArticleTexts(project.Paths, plan.Site), views.Markdown, plan.Publication.Sources.Select(s => s.Name).ToArray(), plan.Site);
        var inTurn = new SitePages(new PageMaker(plan, views, analysis, templates, theme)).All()
            .Select(file => (file.Path, Bytes: file.Bytes()))
            .ToArray();

        Assert.Equal(inTurn.Select(f => f.Path).Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in inTurn)
            Assert.True(bytes.AsSpan().SequenceEqual(built[path]), $"{path} differs from the same file made on its own");
    }
}
