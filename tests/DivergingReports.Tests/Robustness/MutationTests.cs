using System.Text;
using System.Text.RegularExpressions;
using DivergingReports.Content.Schema;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Robustness;

/// <summary>
/// Damages the shipped sample files many times, the way a hurried editor or a bad merge would, and
/// loads the publication each time: no exception may escape, and every damage that breaks a file
/// must come back as at least one diagnostic.
/// </summary>
public class MutationTests
{
    // The files mutated, with the schema of their YAML (front matter for the .md files).
    private static readonly (string Path, MappingSpec Spec)[] Targets =
    [
        ("site.yml", ContentSchema.Site),
        ("content/sources/washington-post.yml", ContentSchema.Source),
        ("content/breakdowns/2025-07-03-trump-putin-call.yml", ContentSchema.Breakdown),
        ("content/articles/2025-07-03-washington-post-trump-putin-talk-war.md", ContentSchema.Article),
        ("content/pages/about.md", ContentSchema.Page),
    ];

    private delegate string? Mutation(string text, MappingSpec spec, Random random);

    // Each of these always breaks the file (or returns null when it does not apply to it).
    private static readonly (string Name, Mutation Apply)[] Breaking =
    [
        ("truncate before the last required field", TruncateBeforeLastRequired),
        ("misspell a field name", MisspellKey),
        ("retype a field's value", Retype),
        ("repeat a field", RepeatField),
        ("leave a quote open", (t, _, _) => IsMarkdown(t) ? "---\nextra: \"never closed" + t[3..] : t.TrimEnd() + "\nextra: \"never closed\n"),
        ("indent a field with a tab", TabIndent),
        ("corrupt the encoding", (t, _, r) => t.Insert(r.Next(t.Length), InvalidByte.ToString())),
    ];

    [Fact]
    public void Every_breaking_mutation_of_the_sample_is_reported_and_none_throws()
    {
        using var project = TestProject.FromShippedContent();
        var originals = Targets.ToDictionary(t => t.Path, t => project.Read(t.Path));
        var random = new Random(20250703);
        var runs = 0;
        var failures = new List<string>();

        for (var round = 0; round < 12; round++)
        foreach (var (path, spec) in Targets)
        foreach (var (name, apply) in Breaking)
        {
            var mutated = apply(originals[path], spec, random);
            if (mutated is null || mutated == originals[path]) continue;
            WriteRaw(project.PathOf(path), mutated);
            runs++;
            try
            {
                var result = project.Load();
                if (result.Diagnostics.Count == 0)
                    failures.Add($"{name} on {path}: no diagnostic for\n{mutated}");
            }
            catch (Exception e)
            {
                failures.Add($"{name} on {path}: {e.GetType().Name}: {e.Message}\n{mutated}");
            }
            File.WriteAllText(project.PathOf(path), originals[path]);
        }

        Assert.True(runs > 300, $"only {runs} mutations applied");
        Assert.True(failures.Count == 0, string.Join("\n----\n", failures.Take(5)));
    }

    [Fact]
    public void Random_damage_anywhere_never_throws()
    {
        using var project = TestProject.FromShippedContent();
        var originals = Targets.ToDictionary(t => t.Path, t => project.Read(t.Path));
        var random = new Random(42);
        const string Noise = ":-\"'\t[]{}\n #&*!|>%@,?~\\`<";

        for (var run = 0; run < 400; run++)
        {
            var (path, _) = Targets[random.Next(Targets.Length)];
            var text = new StringBuilder(originals[path]);
            for (var edits = random.Next(1, 6); edits > 0; edits--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0: text.Insert(at, Noise[random.Next(Noise.Length)]); break;
                    case 1: if (at < text.Length) text.Remove(at, Math.Min(text.Length - at, random.Next(1, 20))); break;
                    case 2: text.Length = at; break;
                    default: if (at < text.Length) text[at] = Noise[random.Next(Noise.Length)]; break;
                }
            }
            WriteRaw(project.PathOf(path), text.ToString());
            var exception = Record.Exception(() => project.Load());
            Assert.True(exception is null, $"run {run} on {path} threw {exception}\n---\n{text}");
            File.WriteAllText(project.PathOf(path), originals[path]);
        }
    }

    private static bool IsMarkdown(string text) => text.StartsWith("---", StringComparison.Ordinal);

    // Stands for a byte that is not UTF-8 (0xFF) until the text is written.
    private const char InvalidByte = '\0';

    private static void WriteRaw(string path, string text) =>
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text).Select(b => b == 0 ? (byte)0xFF : b).ToArray());

    /// <summary>Top-level field lines of the YAML part: (line index, key).</summary>
    private static List<(int Line, string Key)> TopLevelKeys(string[] lines, MappingSpec spec)
    {
        var keys = new List<(int, string)>();
        var start = lines.Length > 0 && lines[0] == "---" ? 1 : 0;
        for (var i = start; i < lines.Length; i++)
        {
            if (start == 1 && lines[i] == "---") break;
            var m = Regex.Match(lines[i], "^([a-z_]+):");
            if (m.Success && spec.Find(m.Groups[1].Value) is not null) keys.Add((i, m.Groups[1].Value));
        }
        return keys;
    }

    private static string? TruncateBeforeLastRequired(string text, MappingSpec spec, Random random)
    {
        var lines = text.Split('\n');
        var required = TopLevelKeys(lines, spec).Where(k => spec.Find(k.Key)!.Required).ToList();
        if (required.Count == 0) return null;
        var lastLine = required.Max(k => k.Line);
        var offset = lines.Take(lastLine).Sum(l => l.Length + 1);
        return text[..random.Next(offset + 1)];
    }

    private static string? MisspellKey(string text, MappingSpec spec, Random random)
    {
        var lines = text.Split('\n');
        var keys = TopLevelKeys(lines, spec);
        if (keys.Count == 0) return null;
        var (line, key) = keys[random.Next(keys.Count)];
        var at = random.Next(key.Length + 1);
        var typo = key.Insert(at, ((char)('a' + random.Next(26))).ToString());
        if (spec.Find(typo) is not null) return null;
        lines[line] = typo + lines[line][key.Length..];
        return string.Join('\n', lines);
    }

    private static string? Retype(string text, MappingSpec spec, Random random)
    {
        var lines = text.Split('\n');
        var keys = TopLevelKeys(lines, spec);
        if (keys.Count == 0) return null;
        var (line, key) = keys[random.Next(keys.Count)];
        // Drop the field's old value (its own line and any indented lines under it), then give it the other shape.
        var end = line + 1;
        while (end < lines.Length && (lines[end].StartsWith(' ') || lines[end].StartsWith('-'))) end++;
        var kind = spec.Find(key)!.Kind;
        var takesBlock = kind.StartsWith("list", StringComparison.Ordinal) || kind == "mapping";
        var replacement = takesBlock ? $"{key}: just one word" : $"{key}:\n  - a\n  - b";
        if (key is "domains" or "author") replacement = $"{key}: {{a: b}}"; // these also accept a single value
        return string.Join('\n', lines[..line].Append(replacement).Concat(lines[end..]));
    }

    private static string? RepeatField(string text, MappingSpec spec, Random random)
    {
        var lines = text.Split('\n').ToList();
        var keys = TopLevelKeys(lines.ToArray(), spec);
        if (keys.Count == 0) return null;
        var (line, key) = keys[random.Next(keys.Count)];
        lines.Insert(line + 1 + (lines[line].TrimEnd().EndsWith('|') ? 0 : 0), $"{key}: again");
        return string.Join('\n', lines);
    }

    private static string? TabIndent(string text, MappingSpec spec, Random random)
    {
        var lines = text.Split('\n');
        var keys = TopLevelKeys(lines, spec);
        if (keys.Count == 0) return null;
        var (line, _) = keys[random.Next(keys.Count)];
        lines[line] = "\t" + lines[line];
        return string.Join('\n', lines);
    }
}
