namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The theme's templates, ready to render. The one seam between the tool and its template engine:
/// everything else hands a view in and gets HTML back, and asks which theme files a page is made
/// from (for its key: a page is made again when one of them changes).
/// </summary>
public interface ITemplateSet
{
    /// <summary>
    /// Renders template <paramref name="name"/> (a page kind: "story", "base") with <paramref name="view"/>;
    /// <paramref name="site"/>, when given, is there too as <c>site</c> (the publication: its title, its addresses).
    /// </summary>
    /// <exception cref="TemplateException">The template failed; the exception names its file, line and column.</exception>
    void Render(string name, object view, TextWriter output, object? site = null);

    /// <summary>The theme files a page made with template <paramref name="name"/> depends on: the layout, its own template and the partials they include.</summary>
    IReadOnlyList<ThemeFile> FilesOf(string name);

    /// <summary>The time spent rendering so far, every thread's added up: the template stage of <c>--timings</c>.</summary>
    TimeSpan Spent => TimeSpan.Zero;

    /// <summary>The output of <see cref="Render(string, object, TextWriter, object?)"/> as a string.</summary>
    string Render(string name, object view, object? site = null)
    {
        using var output = new StringWriter();
        Render(name, view, output, site);
        return output.ToString();
    }
}

/// <summary>Makes the template set of a theme, or returns null when its templates have errors (reported in the bag).</summary>
public delegate ITemplateSet? TemplateEngine(Theme theme, Diagnostics.DiagnosticBag bag);

/// <summary>Templates that failed while rendering, each with the file, line and column to open.</summary>
public sealed class TemplateException(IReadOnlyList<Diagnostics.Diagnostic> diagnostics) : Exception(string.Join("\n", diagnostics))
{
    public TemplateException(Diagnostics.Diagnostic diagnostic) : this([diagnostic]) { }

    public IReadOnlyList<Diagnostics.Diagnostic> Diagnostics { get; } = diagnostics;
}
