using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DivergingReports.Rendering.Templates;

/// <summary>
/// Resolves <c>include 'card'</c> to the theme's partial of that name, and to nothing else: no
/// path, no file outside the theme. Partials are parsed once when the theme loads and handed to
/// each context ready, so <see cref="Load"/> is never asked for text.
/// </summary>
internal sealed class PartialLoader(IEnumerable<string> partials) : ITemplateLoader
{
    private readonly string[] _partials = partials.Order(StringComparer.Ordinal).ToArray();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (Array.BinarySearch(_partials, templateName, StringComparer.Ordinal) >= 0) return templateName;
        throw new MissingPartialException(callerSpan, templateName, _partials);
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new MissingPartialException(callerSpan, templatePath, _partials);

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new MissingPartialException(callerSpan, templatePath, _partials);
}

/// <summary>An include names no partial of the theme.</summary>
internal sealed class MissingPartialException(SourceSpan span, string name, IReadOnlyCollection<string> partials)
    : ScriptRuntimeException(span, $"there is no partial '{name}' in the theme")
{
    public string Hint { get; } = Diagnostics.Suggestions.Hint(name, partials, "partials")
        ?? $"add templates/partials/{name}{Theme.TemplateExtension}";
}
