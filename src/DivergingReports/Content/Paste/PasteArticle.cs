using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content.Paste;

/// <summary>
/// Turns a read paste into an article: the source from the options or the address's domain, the
/// date from the options, the address's path or the paste's own date lines, the authors from its byline. What cannot be told is reported with the flag or
/// field that supplies it; the article is still returned so one run reports everything.
/// </summary>
public static class PasteArticle
{
    /// <summary>How each field was found, for the importer's report to the editor.</summary>
    public sealed record Result(Article Article, string Body, string? EditorSummary, IReadOnlyList<(string Field, string Value, string How)> Inferred,
        IReadOnlyList<string> Missing, IReadOnlyList<KeyValuePair<string, int>> Removed);

    /// <param name="fixHint">Says how to supply a missing value, given the flag (such as "--source ID").</param>
    public static Result Infer(PasteText paste, string id, string path, PasteOptions options, IReadOnlyCollection<string> sourceIds,
        SourceDomains domains, TimeZoneInfo zone, DiagnosticBag bag, Func<string, string> fixHint)
    {
        var inferred = new List<(string, string, string)>();
        var missing = new List<string>();
        var titleAt = new FileLocation(path, paste.TitleLine, 1);

        if (paste.Title.Length == 0)
            bag.Error(DiagnosticCode.ImportEmpty, FileLocation.StartOf(path), "the paste holds no text once noise is removed",
                "paste the article's headline on the first line and its text below");
        else inferred.Add(("title", paste.Title, "first line"));

        var url = options.Url ?? paste.Url;
        if (options.Url is not null) inferred.Add(("url", url!.AbsoluteUri, "--url"));
        else if (paste.Url is not null) inferred.Add(("url", paste.Url.AbsoluteUri, $"'Source:' line {paste.UrlLine}"));
        else missing.Add("url (optional: the page will say the original was not recorded)");

        var sourceId = Source(options, url, sourceIds, domains, inferred);
        if (sourceId is null)
        {
            var why = url is null ? "the paste has no 'Source:' address" : $"no source claims the domain '{url.Host}'";
            bag.Error(DiagnosticCode.ImportNoSource, titleAt, $"cannot tell which source published this article: {why}",
                fixHint("--source ID") + (Suggestions.Known(sourceIds, "sources") is { } known ? "; " + known : ""));
            missing.Add("source");
        }
        else if (options.SourceId is not null && !sourceIds.Contains(sourceId))
        {
            bag.Error(DiagnosticCode.UnknownSource, FileLocation.StartOf(path), $"--source names unknown source '{sourceId}'",
                Suggestions.Hint(sourceId, sourceIds, "sources") ?? "add it first with: divrep new source " + sourceId);
            missing.Add("source");
        }
        else if (options.SourceId is not null && url is not null && domains.SourceOf(url) is { } owner && owner != sourceId)
            bag.Warning(DiagnosticCode.SourceMismatch, titleAt, $"the address belongs to source '{owner}', but the article is filed under '{sourceId}'",
                "check --source; wire copy republished by another outlet belongs to that outlet");

        var published = Published(options, url, paste.Header, zone, inferred, path, bag);
        if (published is null)
        {
            bag.Error(DiagnosticCode.ImportNoDate, titleAt, "cannot tell when this article was published: "
                + (url is null ? "the paste has no address to read a date from" : "its address carries no date"),
                fixHint("--published YYYY-MM-DD"));
            missing.Add("published");
        }
        if (paste.Header.Dateline is { } dateline)
            inferred.Add(("dateline", dateline.Text, $"the first paragraph, line {paste.Header.DatelineLine}, which now starts after it"));
        var authors = paste.Header.Authors;
        if (authors.Count > 0) inferred.Add(("author", string.Join(", ", authors), $"the byline, line {paste.Header.AuthorsLine}"));
        else missing.Add("author (optional)");

        var article = new Article
        {
            Id = id,
            Title = paste.Title.Length > 0 ? paste.Title : id,
            SourceId = sourceId ?? "",
            Url = url,
            Published = published ?? default,
            Authors = authors,
            BodyLine = paste.BodyLine,
            At = FileLocation.StartOf(path),
        };
        return new Result(article, BodyOf(paste), paste.EditorSummary, inferred, missing, paste.Removed);
    }

    /// <summary>The paste's paragraphs as Markdown that reads back as the same text.</summary>
    public static string BodyOf(PasteText paste) => string.Join("\n\n", paste.Paragraphs.Select(MarkdownText.Escape));

    private static string? Source(PasteOptions options, Uri? url, IReadOnlyCollection<string> sourceIds, SourceDomains domains, List<(string, string, string)> inferred)
    {
        if (options.SourceId is not null)
        {
            inferred.Add(("source", options.SourceId, "--source"));
            return options.SourceId;
        }
        if (url is not null && domains.SourceOf(url) is { } id)
        {
            inferred.Add(("source", id, $"the address's domain {url.Host}"));
            return id;
        }
        return null;
    }

    private static ContentDate? Published(PasteOptions options, Uri? url, PasteHeader.Found header, TimeZoneInfo zone,
        List<(string, string, string)> inferred, string path, DiagnosticBag bag)
    {
        if (options.Published is not null)
        {
            if (ContentDates.TryParse(options.Published, zone, out var given))
            {
                inferred.Add(("published", given.ToString(), "--published"));
                return given;
            }
            bag.Error(DiagnosticCode.InvalidDate, FileLocation.StartOf(path), $"--published '{options.Published}' is not a valid date",
                "write YYYY-MM-DD, such as 2025-07-03");
            return null;
        }
        var own = HeaderDates.Find(header, url, zone);
        if (url is not null && UrlDates.Find(url) is { } day
            && ContentDates.TryParse(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), zone, out var date))
        {
            inferred.Add(("published", date.ToString(), "the address's path"));
            // The address is the outlet's own record of the day; a page's line may be a later update or a
            // different zone's day. Both are shown so the editor can choose.
            if (own is { } line && line.Date.Day != date.Day)
                bag.Warning(DiagnosticCode.ImportDatesDisagree, FileLocation.StartOf(path),
                    $"the address says {date.Day} but {line.How} says {line.Date}; the address's date was kept",
                    "if the line is right, set published: in the written file");
            return date;
        }
        if (own is { } found)
        {
            inferred.Add(("published", found.Date.ToString(), found.How));
            return found.Date;
        }
        return null;
    }
}
