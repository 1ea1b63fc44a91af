namespace DivergingReports.Rendering.Templates;

/// <summary>
/// One file of the theme a build uses: the publication's own, under templates/, or the built-in
/// theme's, which the tool carries. <paramref name="Name"/> is its place in the theme ("story.sbn",
/// "partials/card.sbn", "assets/style.css"); <paramref name="Path"/> is how diagnostics name it.
/// </summary>
public sealed record ThemeFile(string Name, string Path, bool BuiltIn, byte[] Bytes, UInt128 Hash)
{
    /// <summary>Where built-in files are said to be, in diagnostics and in <c>divrep theme list</c>.</summary>
    public const string BuiltInFolder = "(built-in theme)";

    public bool IsTemplate => Name.EndsWith(Theme.TemplateExtension, StringComparison.Ordinal) && !Name.StartsWith("assets/", StringComparison.Ordinal);

    public bool IsPartial => IsTemplate && Name.StartsWith("partials/", StringComparison.Ordinal);

    public bool IsAsset => Name.StartsWith("assets/", StringComparison.Ordinal);

    /// <summary>A template's name as pages and includes call it: "story", "card".</summary>
    public string TemplateName => System.IO.Path.GetFileNameWithoutExtension(Name);

    public string Text() => new System.Text.UTF8Encoding(false).GetString(Bytes).TrimStart('\uFEFF');
}
