using System.Text;
using DivergingReports.Content.Yaml;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Importing;

/// <summary>Writes an article as content/articles/&lt;id&gt;.md text: front matter, then the Markdown body.</summary>
public static class ArticleFile
{
    /// <summary>The id an imported article gets: date, source and the first words of its headline.</summary>
    public static string IdFor(Article article)
    {
        var words = Identifiers.Slugify(article.Title).Split('-', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Take(4);
        var headline = string.Join('-', words);
        var id = $"{article.Published.Day}-{article.SourceId}-{headline}".TrimEnd('-');
        return id.Length > 100 ? id[..100].TrimEnd('-') : id;
    }

    /// <summary>The file's text: the article's fields as front matter, then <paramref name="body"/>.</summary>
    public static string Format(Article article, string body)
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(YamlScalar.Format(article.Title)).Append('\n');
        sb.Append("source: ").Append(article.SourceId).Append('\n');
        if (article.Url is not null) sb.Append("url: ").Append(YamlScalar.Format(article.Url.AbsoluteUri)).Append('\n');
        sb.Append("published: ").Append(article.Published.ToString()).Append('\n');
        if (article.Authors.Count == 1) sb.Append("author: ").Append(YamlScalar.Format(article.Authors[0])).Append('\n');
        else if (article.Authors.Count > 1) sb.Append("author: [").Append(string.Join(", ", article.Authors.Select(YamlScalar.Format))).Append("]\n");
        sb.Append("---\n\n");
        sb.Append(body.TrimEnd()).Append('\n');
        return sb.ToString();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "about", "during", "as", "by", "from",
        "is", "are", "was", "were", "be", "its", "it", "that", "this", "after", "over", "into",
    };
}
