namespace DivergingReports.Rendering.Templates;

/// <summary>
/// The site's templates, compiled once. The one seam between the tool and its template engine:
/// everything else hands a view model in and gets HTML back.
/// </summary>
public interface ITemplateSet
{
    bool Has(string name);

    /// <summary>Renders template <paramref name="name"/> (a file name in templates/ without extension) with <paramref name="view"/>.</summary>
    /// <exception cref="TemplateException">The template failed; the exception names its file and line.</exception>
    string Render(string name, object view);
}

/// <summary>A template that failed while rendering, with the file and line to open.</summary>
public sealed class TemplateException(Diagnostics.Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostics.Diagnostic Diagnostic { get; } = diagnostic;
}
