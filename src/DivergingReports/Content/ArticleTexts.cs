using DivergingReports.Content.Paste;
using DivergingReports.Diagnostics;
using DivergingReports.Model;

namespace DivergingReports.Content;

/// <summary>
/// An article's text as Markdown, read from its file when its story is rendered: the body of a
/// .md file after its front matter, or the paragraphs of a paste (.txt) as the importer reads them.
/// Untrusted scraped material, rendered with raw HTML off.
/// </summary>
public sealed class ArticleTexts(ProjectPaths paths, SiteSettings site)
{
    // Made only when a paste is read: the rules are regular expressions, slow to build, and most
    // publications and most rebuilds of serve read no paste.
    private readonly Lazy<NoiseRules> _noise = new(() => NoiseRules.For(site));

    /// <exception cref="IOException">The file can no longer be read, or changed since the build read it.</exception>
    public string Read(Article article)
    {
        var file = new ContentFile(Path.Combine(paths.Root, article.At.Path), article.At.Path, article.Id, Path.GetExtension(article.At.Path));
        return file.Extension == ".txt" ? ReadPaste(file) : ReadMarkdown(file);
    }

    private string ReadPaste(ContentFile file)
    {
        var text = ContentFolder.Read(file, paths, SizeLimit.Article(site.Limits), new DiagnosticBag()) ?? throw new IOException($"{file.Path} could not be read again while building");
        return PasteArticle.BodyOf(PasteReader.Read(text, _noise.Value, NoiseRules.BreakdownHeadingPattern(site)));
    }

    private string ReadMarkdown(ContentFile file)
    {
        string? body = null;
        var readable = false;
        try
        {
            using var read = FileBuffer.Read(file.FullPath, site.Limits.ArticleBytes);
            readable = System.Text.Unicode.Utf8.IsValid(read.Bytes);
            if (readable) body = FrontMatter.BodyOf(read.Bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
        if (!readable) throw new IOException($"{file.Path} could not be read again while building");
        // Its front matter was whole when the build read it (or the build would have stopped there).
        return body ?? throw new IOException($"{file.Path} changed while building");
    }
}
