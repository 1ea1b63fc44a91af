using System.Text;

namespace DivergingReports.Content.Schema;

/// <summary>docs/content-reference.md, written from <see cref="ContentSchema"/> so the reference and the checks cannot drift.</summary>
public static class ContentReference
{
    public static string Markdown()
    {
        var sb = new StringBuilder();
        sb.Append("# Content reference\n\n");
        sb.Append("Every field of every file a publication holds. `divrep check` reads the same list: a field not\n");
        sb.Append("listed here is reported as unknown, and a required one that is missing is reported too.\n\n");
        sb.Append("Ids (file names without extension), slugs, tags and spectrum values use lower-case letters,\n");
        sb.Append("digits and hyphens. Dates are `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with an optional offset\n");
        sb.Append("(`+02:00`, `Z`); without one they are read in site.yml's time zone. Markdown fields are\n");
        sb.Append("published without raw HTML, and only http(s), mailto and relative links.\n");
        sb.Append("\nOnly regular files inside the publication are read. A symbolic link in content/ is refused\n");
        sb.Append("(DR0114), whether it points to a file or a folder, inside the publication or outside it: copy\n");
        sb.Append("the file in instead. A named pipe, a socket or a device is refused too (DR0115), and so is a\n");
        sb.Append("file larger than its limit (DR0116: site.yml's `limits`; site.yml itself is read up to 256 KB).\n");
        sb.Append("A refused file is not opened through the link, and not read at all.\n");
        foreach (var spec in ContentSchema.Files) Section(sb, spec, "##");
        sb.Append("\n## Blocks inside files\n");
        foreach (var spec in ContentSchema.Blocks) Section(sb, spec, "###");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, MappingSpec spec, string heading)
    {
        sb.Append('\n').Append(heading).Append(" `").Append(spec.Name).Append("`\n\n");
        sb.Append("| field | required | value | meaning |\n| --- | --- | --- | --- |\n");
        foreach (var field in spec.Fields)
            sb.Append("| `").Append(field.Name).Append("` | ").Append(field.Required ? "yes" : "no").Append(" | ")
              .Append(field.Kind).Append(" | ").Append(field.Description.Replace("|", "\\|")).Append(" |\n");
    }
}
