using System.Globalization;
using HandlebarsDotNet;

namespace DivergingReports.Rendering.Templates;

/// <summary>The few helpers templates get besides Handlebars' own: counting in words.</summary>
internal static class TemplateHelpers
{
    public static void Register(IHandlebars handlebars)
    {
        // {{plural reportCount "report"}} → "1 report", "2 reports"; {{plural n "story" "stories"}} for irregular plurals.
        handlebars.RegisterHelper("plural", (context, arguments) =>
        {
            if (arguments.Length is < 2 or > 3) throw new HandlebarsException("plural takes a number and a noun, and optionally the plural noun");
            var n = Convert.ToInt64(arguments[0], CultureInfo.InvariantCulture);
            var singular = arguments[1]?.ToString() ?? "";
            var plural = arguments.Length == 3 ? arguments[2]?.ToString() ?? "" : Diagnostics.DiagnosticWriter.Count(2, singular)[2..];
            return string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? singular : plural)}");
        });
    }
}
