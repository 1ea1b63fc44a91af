using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DivergingReports.Content.Yaml;

/// <summary>Writes a text value for front matter: plain when that reads back as the same text, double-quoted otherwise.</summary>
public static partial class YamlScalar
{
    public static string Format(string value)
    {
        if (SafePlain().IsMatch(value) && !value.Contains(": ", StringComparison.Ordinal) && !value.Contains(" #", StringComparison.Ordinal))
            return value;
        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    // Starts with a letter or digit, holds no YAML indicator that could change its meaning, ends without a space or colon.
    [GeneratedRegex(@"^[\p{L}\p{N}][^\r\n\t#{}\[\],&*!|>%@`]*(?<![\s:])$")]
    private static partial Regex SafePlain();
}
