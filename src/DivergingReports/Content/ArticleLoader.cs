using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Content.Paste;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>Reads content/articles/&lt;id&gt;.md (front matter; the Markdown text is read when its story is rendered), and raw pastes (.txt) as the importer does.</summary>
internal sealed class ArticleLoader(SiteSettings site, IReadOnlyCollection<string> sourceIds, SourceDomains domains, bool sourcesComplete = true)
{
    private readonly NoiseRules _noise = NoiseRules.For(site);

    public Article Load(ContentFile file, string text, DiagnosticBag bag) =>
        file.Extension == ".txt" ? LoadPaste(file, text, bag) : LoadMarkdown(file, text, bag);

    private Article LoadMarkdown(ContentFile file, string text, DiagnosticBag bag)
    {
        var context = new FileContext(file.Path, bag);
        var (f, parts) = FrontMatter.Read(text, ContentSchema.Article, context);
        var url = f.Url("url");
        return new Article
        {
            Id = file.Id,
            Title = f.Text("title") ?? file.Id,
            SourceId = SourceId(f, url) ?? "",
            Url = url,
            Published = f.Date("published", site.TimeZone) ?? default,
            Authors = (f.TextList("author", allowSingle: true) ?? []).Select(a => a.Value).ToArray(),
            Language = f.Text("language") is { } lang && SiteLoader.CheckLanguage(lang, f.ValueAt("language"), bag) ? lang : null,
            Translation = Translation(f),
            BodyLine = parts?.BodyLine ?? 1,
            At = FileLocation.StartOf(file.Path),
        };
    }

    private static Translation? Translation(Fields f)
    {
        if (f.Block("translation", ContentSchema.Translation) is not { } block) return null;
        // Both read, so each mistake in the block is reported in the one run.
        var by = block.Text("by");
        var text = block.Markdown("text");
        return by is null || text is null ? null : new Translation(by, text);
    }

    private string? SourceId(Fields f, Uri? url)
    {
        if (f.Id("source") is { } given)
        {
            if (!sourceIds.Contains(given.Value))
                f.File.Bag.Error(DiagnosticCode.UnknownSource, given.At, $"unknown source '{given.Value}'",
                    Suggestions.Hint(given.Value, sourceIds, "sources") ?? $"add it with: divrep new source {given.Value}");
            else if (url is not null && domains.SourceOf(url) is { } owner && owner != given.Value)
                f.File.Bag.Warning(DiagnosticCode.SourceMismatch, given.At, $"the url belongs to source '{owner}', but the article says '{given.Value}'",
                    "check the source; wire copy republished by another outlet belongs to that outlet");
            return given.Value;
        }
        if (f.Has("source")) return null;
        if (url is not null && domains.SourceOf(url) is { } inferred) return inferred;
        // An address in error is reported already; a source in error may be the one that claims it.
        if (url is null && f.Has("url") || url is not null && !sourcesComplete) return null;
        var why = url is null ? "it has no 'source:' and no 'url:'" : $"it has no 'source:' and no source claims the domain '{url.Host}'";
        f.File.Bag.Error(DiagnosticCode.SourceUnknown, url is null ? f.At : f.ValueAt("url"), $"cannot tell which source published this article: {why}",
            "add 'source: ID'" + (Suggestions.Known(sourceIds, "sources") is { } known ? "; " + known : "")
            + (url is null ? "" : $", or add '{url.Host}' to a source's domains"));
        return null;
    }

    private Article LoadPaste(ContentFile file, string text, DiagnosticBag bag)
    {
        var paste = PasteReader.Read(text, _noise, NoiseRules.BreakdownHeadingPattern(site));
        var result = PasteArticle.Infer(paste, file.Id, file.Path, new PasteOptions(), sourceIds, domains, site.TimeZone, bag,
            flag => $"run: divrep import {file.Path} {flag} (it writes an article file with that field)");
        return result.Article;
    }
}
