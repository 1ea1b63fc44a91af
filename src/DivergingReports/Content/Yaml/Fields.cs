using System.Text.RegularExpressions;
using DivergingReports.Content.Schema;
using DivergingReports.Diagnostics;
using DivergingReports.Model;
using DivergingReports.Validation;
using YamlDotNet.RepresentationModel;

namespace DivergingReports.Content.Yaml;

/// <summary>
/// Reads the fields of one YAML mapping against its <see cref="MappingSpec"/>: unknown keys (with
/// near-miss suggestions) and missing required fields are reported on construction; each typed
/// accessor reports a value of the wrong kind at the value's own line and column, and returns null.
/// </summary>
internal sealed partial class Fields
{
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _values = new(StringComparer.Ordinal);
    private readonly MappingSpec _spec;

    public FileContext File { get; }
    public FileLocation At { get; }

    public Fields(YamlMappingNode mapping, MappingSpec spec, FileContext file, FileLocation? at = null)
    {
        _spec = spec;
        File = file;
        At = at ?? (mapping.Start.Line > 0 ? file.At(mapping.Start) : file.At(1, 1));

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } scalarKey)
            {
                file.Bag.Error(DiagnosticCode.WrongType, file.At(keyNode.Start), "a field name must be a plain word",
                    "write 'name: value'");
                continue;
            }
            if (spec.Find(key) is null)
            {
                var hint = Suggestions.Hint(key, spec.Names, "fields here");
                file.Bag.Error(DiagnosticCode.UnknownField, file.At(keyNode.Start), $"unknown field '{key}' in {spec.Label}", hint);
                continue;
            }
            _values[key] = (scalarKey, value);
        }

        foreach (var field in spec.Fields.Where(f => f.Required && !_values.ContainsKey(f.Name)))
            file.Bag.Error(DiagnosticCode.MissingField, At, $"required field '{field.Name}' is missing from {spec.Label}",
                $"add '{field.Name}:' — {field.Description}");
    }

    /// <summary>
    /// Parses a YAML text as a block of fields. When the text does not parse, the error is reported
    /// once and an empty block is returned that reports nothing more, so the file still yields an
    /// entity and other files referring to it are not reported as well.
    /// </summary>
    public static Fields Parse(string yaml, MappingSpec spec, FileContext file)
    {
        file = file with { Lines = yaml.Split('\n') };
        var mapping = YamlFile.ParseMapping(yaml, file);
        return mapping is null
            ? new Fields(new YamlMappingNode(), spec, file with { Bag = new DiagnosticBag() }, file.At(1, 1)) { Unreadable = true }
            : new Fields(mapping, spec, file);
    }

    /// <summary>True when the text did not parse: every field reads as absent.</summary>
    public bool Unreadable { get; private init; }

    public bool Has(string name) => _values.ContainsKey(name);

    public FileLocation ValueAt(string name) => _values.TryGetValue(name, out var kv) ? Where(kv.Value) : At;

    private FileLocation Where(YamlNode node) => node.Start.Line > 0 ? File.At(node.Start) : At;

    private bool IsRequired(string name) => _spec.Find(name)?.Required ?? false;

    /// <summary>A single value as written, trimmed; null when absent, empty (reported when required) or not a single value.</summary>
    public string? Text(string name) => _values.TryGetValue(name, out var kv) ? Scalar(name, kv.Value, IsRequired(name)) : null;

    /// <summary>Reads a node that must be a single value; <paramref name="what"/> names it in messages.</summary>
    public string? Scalar(string what, YamlNode node, bool reportEmpty = true)
    {
        if (node is not YamlScalarNode scalar)
        {
            File.Bag.Error(DiagnosticCode.WrongType, Where(node), $"'{what}' should be a single value, but is {YamlFile.Describe(node)}",
                node is YamlSequenceNode ? "write one value after the colon, not a list" : "write the value on the same line as the name, or as a | block");
            return null;
        }
        var text = (scalar.Value ?? "").Trim();
        if (IsNull(scalar))
        {
            if (reportEmpty)
                File.Bag.Error(DiagnosticCode.EmptyValue, Where(node), $"'{what}' is empty", "write a value after the colon");
            return null;
        }
        if (PlaceholderPattern().IsMatch(text))
        {
            File.Bag.Error(DiagnosticCode.Placeholder, Where(node), $"'{what}' still holds the placeholder {text}",
                "replace it with the real value");
            return null;
        }
        if (Printable.FirstControl(text) is { } control)
            File.Bag.Warning(DiagnosticCode.ControlCharacter, Where(node), $"'{what}' holds a control character (U+{(int)control:X4}); pages leave it out",
                "remove it: it came with a paste, or an escape such as \\e in quotes, and a reader never sees it");
        return text;
    }

    private static bool IsNull(YamlScalarNode scalar) =>
        string.IsNullOrWhiteSpace(scalar.Value)
        || scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && scalar.Value is "~" or "null" or "Null" or "NULL";

    /// <summary>A Markdown value; its links are checked where they stand (a | block's text starts on the line below its name).</summary>
    public string? Markdown(string name)
    {
        if (Text(name) is not { } text) return null;
        CheckLinks(text, _values[name].Value, name);
        return text;
    }

    /// <summary>Checks the links of Markdown read from <paramref name="node"/>.</summary>
    public void CheckLinks(string markdown, YamlNode node, string what)
    {
        var block = node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Literal or YamlDotNet.Core.ScalarStyle.Folded };
        var bag = new DiagnosticBag();
        MarkdownLinks.Check(markdown, Where(node), $"'{what}'", bag, onNextLine: block);
        foreach (var d in bag.Sorted())
            File.Bag.Add(block ? d with { Location = d.Location with { Column = d.Location.Column + File.IndentOf(d.Location.Line) } } : d);
    }

    /// <summary>An id or slug: lower-case letters, digits and single hyphens; never a path.</summary>
    public Claimed<string>? Id(string name)
    {
        if (Text(name) is not { } text) return null;
        return Identifiers.Check(text, ValueAt(name), name, File.Bag) ? new Claimed<string>(text, ValueAt(name)) : null;
    }

    public ContentDate? Date(string name, TimeZoneInfo zone)
    {
        if (Text(name) is not { } text) return null;
        if (ContentDates.TryParse(text, zone, out var date)) return date;
        File.Bag.Error(DiagnosticCode.InvalidDate, ValueAt(name), $"'{name}' is not a valid date: '{text}'",
            "write YYYY-MM-DD, such as 2025-07-03, or a time with its offset, such as 2025-07-03T14:30+02:00");
        return null;
    }

    public Uri? Url(string name)
    {
        if (Text(name) is not { } text) return null;
        return WebAddresses.Check(text, ValueAt(name), name, File.Bag);
    }

    public bool? Bool(string name)
    {
        if (Text(name) is not { } text) return null;
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        File.Bag.Error(DiagnosticCode.InvalidValue, ValueAt(name), $"'{name}' should be true or false, not '{text}'", "write true or false");
        return null;
    }

    /// <summary>A whole number in the range the field's <see cref="ValueShape"/> states, the one the JSON Schemas state too.</summary>
    public int? Int(string name)
    {
        var shape = _spec.Find(name)?.Shape ?? throw new InvalidOperationException($"{_spec.Label} has no field '{name}'");
        return Int(name, shape.Minimum ?? 0, shape.Maximum ?? int.MaxValue);
    }

    private int? Int(string name, int min, int max)
    {
        if (Text(name) is not { } text) return null;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        File.Bag.Error(DiagnosticCode.InvalidValue, ValueAt(name), $"'{name}' should be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    /// <summary>A list of single values; with <paramref name="allowSingle"/>, one value alone counts as a list of one.</summary>
    public IReadOnlyList<Claimed<string>>? TextList(string name, bool allowSingle = false, bool markdown = false)
    {
        if (!_values.TryGetValue(name, out var kv)) return null;
        if (kv.Value is YamlScalarNode scalar)
        {
            if (IsNull(scalar)) return [];
            if (allowSingle) return Text(name) is { } one ? [new Claimed<string>(one, ValueAt(name))] : null;
        }
        if (Items(name) is not { } items) return null;
        var list = new List<Claimed<string>>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Scalar($"{name}[{i + 1}]", items[i]) is not { } text) continue;
            if (markdown) CheckLinks(text, items[i], $"{name}[{i + 1}]");
            list.Add(new Claimed<string>(text, Where(items[i])));
        }
        return list;
    }

    /// <summary>The items of a list field.</summary>
    public IReadOnlyList<YamlNode>? Items(string name)
    {
        if (!_values.TryGetValue(name, out var kv)) return null;
        if (kv.Value is YamlSequenceNode sequence) return sequence.Children.ToArray();
        if (kv.Value is YamlScalarNode s && IsNull(s)) return [];
        File.Bag.Error(DiagnosticCode.WrongType, Where(kv.Value), $"'{name}' should be a list, but is {YamlFile.Describe(kv.Value)}",
            "write each item on its own line starting with '- ', or as [a, b]");
        return null;
    }

    /// <summary>A nested block of known fields.</summary>
    public Fields? Block(string name, MappingSpec spec)
    {
        if (!_values.TryGetValue(name, out var kv)) return null;
        return Nested(name, kv.Value, spec);
    }

    /// <summary>Reads a node (a list item, say) that must be a block of known fields.</summary>
    public Fields? Nested(string what, YamlNode node, MappingSpec spec)
    {
        if (node is YamlMappingNode mapping) return new Fields(mapping, spec, File, Where(node));
        File.Bag.Error(DiagnosticCode.WrongType, Where(node), $"'{what}' should be a block of fields ({string.Join(", ", spec.Names)}), but is {YamlFile.Describe(node)}",
            "write each field as 'name: value' on its own line, indented under it");
        return null;
    }

    /// <summary>A free mapping of names to single values (facts, positions), in the editor's order.</summary>
    public IReadOnlyList<(Claimed<string> Key, Claimed<string> Value)>? Pairs(string name, bool markdown = false)
    {
        if (!_values.TryGetValue(name, out var kv)) return null;
        if (kv.Value is YamlScalarNode s && IsNull(s)) return [];
        if (kv.Value is not YamlMappingNode mapping)
        {
            File.Bag.Error(DiagnosticCode.WrongType, Where(kv.Value), $"'{name}' should be a block of 'name: value' lines, but is {YamlFile.Describe(kv.Value)}",
                "write each entry as 'name: value' on its own line, indented under it");
            return null;
        }
        var pairs = new List<(Claimed<string>, Claimed<string>)>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            if (Scalar($"{name} entry name", keyNode) is not { } key) continue;
            if (Scalar($"{name}: {key}", valueNode) is not { } value) continue;
            if (markdown) CheckLinks(value, valueNode, $"{name}: {key}");
            pairs.Add((new Claimed<string>(key, Where(keyNode)), new Claimed<string>(value, Where(valueNode))));
        }
        return pairs;
    }

    // A value still reading like the scaffolds' "<…>" placeholders.
    [GeneratedRegex(@"^<[^<>\r\n@]*>$")]
    private static partial Regex PlaceholderPattern();
}
