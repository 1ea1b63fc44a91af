using System.Buffers;
using System.Text;
using DivergingReports.Diagnostics;

namespace DivergingReports.Content;

/// <summary>
/// Control characters in a content file (but tab and line breaks): pasted by accident, never meant
/// for a reader. The pages leave them out; the checks say where the first one is.
/// </summary>
internal static class ControlCharacters
{
    // In UTF-8 the C0 controls and DEL are single bytes; a C1 control is 0xC2 followed by 0x80–0x9F.
    private static readonly SearchValues<byte> Suspects = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(b => b is not ('\t' or '\n' or '\r')).Select(b => (byte)b), 0x7F, 0xC2]);

    /// <summary>Where the text after a file's front matter (its closing "---" line) begins; 0 when it has none.</summary>
    public static int AfterFrontMatter(ReadOnlySpan<byte> bytes)
    {
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        if (!bytes[start..].StartsWith("---"u8)) return 0;
        var close = bytes[(start + 3)..].IndexOf("\n---"u8);
        if (close < 0) return 0;
        var end = bytes[(start + 3 + close + 4)..].IndexOf((byte)'\n');
        return end < 0 ? bytes.Length : start + 3 + close + 4 + end + 1;
    }

    /// <summary>Warns of the first control character in <paramref name="bytes"/> (UTF-8) from <paramref name="from"/> on, at its line and column.</summary>
    public static void Check(ReadOnlySpan<byte> bytes, int from, string path, DiagnosticBag bag)
    {
        while (from < bytes.Length && bytes[from..].IndexOfAny(Suspects) is var found and >= 0)
        {
            var at = from + found;
            if (bytes[at] != 0xC2 || at + 1 < bytes.Length && bytes[at + 1] is >= 0x80 and <= 0x9F)
            {
                var lineStart = bytes[..at].LastIndexOf((byte)'\n') + 1;
                var line = 1 + bytes[..at].Count((byte)'\n');
                var column = 1 + Encoding.UTF8.GetCharCount(bytes[lineStart..at]);
                var code = bytes[at] == 0xC2 ? 0x80 + (bytes[at + 1] - 0x80) : bytes[at];
                bag.Warning(DiagnosticCode.ControlCharacter, new FileLocation(path, line, column),
                    $"the text holds a control character (U+{code:X4}); pages leave it out",
                    "remove it: it came with a paste, and a reader never sees it");
                return;
            }
            from = at + 1;
        }
    }
}
