using System.Globalization;
using DivergingReports.Building;

namespace DivergingReports.Cli.Commands;

/// <summary>The <c>--stats</c> table: bytes and files of each kind of file of the site, then the whole site.</summary>
internal static class SizeTable
{
    public static void Write(TextWriter output, SiteSize size)
    {
        output.WriteLine(Row("bytes", "files", "kind of file"));
        foreach (var part in size.Parts)
            output.WriteLine(Row(part.Bytes.ToString("N0", CultureInfo.InvariantCulture), part.Files.ToString("N0", CultureInfo.InvariantCulture), part.Kind));
        output.WriteLine(Row(size.Bytes.ToString("N0", CultureInfo.InvariantCulture), size.Files.ToString("N0", CultureInfo.InvariantCulture),
            $"the site ({SiteSize.Readable(size.Bytes)})"));
    }

    private static string Row(string bytes, string files, string kind) => $"  {bytes,15} {files,8}  {kind}";
}
