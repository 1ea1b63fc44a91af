using DivergingReports.Content.Schema;
using DivergingReports.Content.Yaml;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;

namespace DivergingReports.Content;

/// <summary>Reads content/pages/&lt;id&gt;.md: a free page such as About.</summary>
internal static class PageLoader
{
    public static Page Load(ContentFile file, string text, DiagnosticBag bag)
    {
        var context = new FileContext(file.Path, bag);
        var (f, parts) = FrontMatter.Read(text, ContentSchema.Page, context);
        if (parts is not null)
            MarkdownLinks.Check(parts.Body, new FileLocation(file.Path, parts.BodyLine - 1, 1), "the page", bag, onNextLine: true);
        return new Page
        {
            Id = file.Id,
            Title = f.Text("title") ?? file.Id,
            Description = f.Text("description"),
            Body = parts?.Body ?? "",
            At = FileLocation.StartOf(file.Path),
        };
    }
}
