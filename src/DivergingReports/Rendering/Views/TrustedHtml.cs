namespace DivergingReports.Rendering.Views;

/// <summary>
/// HTML the tool made and vouches for: Markdown rendered with raw HTML off, serialised JSON-LD, a
/// partial's output. Templates write it as it is; every other value they write is HTML-escaped. A
/// view field holds it exactly when its name ends in Html or Json (a test keeps the two in step).
/// </summary>
public sealed class TrustedHtml(string html)
{
    public static readonly TrustedHtml Empty = new("");

    public string Html { get; } = html;

    public override string ToString() => Html;
}
