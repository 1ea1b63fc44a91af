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
    void Render(string name, object view, TextWriter output);

    /// <summary>The output of <see cref="Render(string, object, TextWriter)"/> as a string.</summary>
    string Render(string name, object view)
    {
        using var output = new StringWriter();
        Render(name, view, output);
        return output.ToString();
    }
}

/// <summary>A template that failed while rendering, with the file and line to open.</summary>
public sealed class TemplateException(Diagnostics.Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostics.Diagnostic Diagnostic { get; } = diagnostic;
}
