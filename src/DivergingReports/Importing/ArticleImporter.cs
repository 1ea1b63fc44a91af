using DivergingReports.Content;
using DivergingReports.Content.Paste;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Importing;

/// <summary>What importing one paste did: the file it wrote (null when nothing was written) and what it found.</summary>
public sealed record ImportOutcome(string Input, string? Written, PasteArticle.Result? Result);

/// <summary>
/// <c>divrep import</c>: turns pasted text into content/articles/&lt;date&gt;-&lt;source&gt;-&lt;headline&gt;.md.
/// A paste missing what it needs (source, date) is reported and nothing is written for it; an existing file is never overwritten.
/// </summary>
public static class ArticleImporter
{
    public static (IReadOnlyList<ImportOutcome> Outcomes, IReadOnlyList<Diagnostic> Diagnostics) Import(
        ProjectPaths paths, IReadOnlyList<string> inputs, PasteOptions options)
    {
        var projectBag = new DiagnosticBag();
        var (site, sources) = PublicationLoader.LoadSiteAndSources(paths, projectBag);
        var sourceIds = sources.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var domains = new SourceDomains(sources);
        var noise = NoiseRules.For(site);
        var bag = new DiagnosticBag();
        // Problems in the project's own files matter only when they stop the import (an unreadable site.yml, say).
        foreach (var d in projectBag.Sorted().Where(d => d.IsError)) bag.Add(d);

        var outcomes = new List<ImportOutcome>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            var shown = paths.Relative(full);
            var fileBag = new DiagnosticBag();
            var file = new ContentFile(full, shown, Path.GetFileNameWithoutExtension(full), Path.GetExtension(full));
            var text = ContentFolder.Read(file, paths, SizeLimit.Article(site.Limits), fileBag);
            PasteArticle.Result? result = null;
            string? written = null;
            if (text is not null)
            {
                var paste = PasteReader.Read(text, noise, NoiseRules.BreakdownHeadingPattern(site));
                result = PasteArticle.Infer(paste, "", shown, options, sourceIds, domains, site.TimeZone, fileBag,
                    flag => $"run again with {flag}");
                if (!fileBag.HasErrors && !bag.HasErrors)
                    written = Write(paths, result.Article, result.Body, shown, fileBag);
            }
            foreach (var d in fileBag.Sorted()) bag.Add(d);
            outcomes.Add(new ImportOutcome(shown, written, result));
        }
        return (outcomes, bag.Sorted());
    }

    private static string? Write(ProjectPaths paths, Article article, string body, string input, DiagnosticBag bag)
    {
        var id = ArticleFile.IdFor(article);
        var target = Path.Combine(paths.Articles, id + ".md");
        var shown = paths.Relative(target);
        if (Writing.NewFile.TryCreate(target, ArticleFile.Format(article with { Id = id }, body))) return shown;
        bag.Error(DiagnosticCode.ImportExists, FileLocation.StartOf(input), $"{shown} already exists; nothing was written",
            "the article was imported before: edit that file, or delete it to import again");
        return null;
    }
}
