using DivergingReports.Validation;

namespace DivergingReports.Content.Schema;

/// <summary>
/// What a field's value looks like, in the terms a JSON Schema states: the editor's YAML extension
/// checks it as the editor types. The patterns, ranges and code lists are the ones divrep check applies,
/// taken from the same constants, so the two cannot drift.
/// </summary>
public sealed record ValueShape
{
    /// <summary>The JSON type: string, integer, boolean, array or object; null with <see cref="AnyOf"/>.</summary>
    public string? Type { get; init; }
    public string? Pattern { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<string>? Enum { get; init; }
    public int? Minimum { get; init; }
    public int? Maximum { get; init; }
    /// <summary>A nested block of known fields (an object that refuses any other key).</summary>
    public MappingSpec? Block { get; init; }
    /// <summary>A list's items.</summary>
    public ValueShape? Items { get; init; }
    /// <summary>A free mapping's values (facts, positions): any key, each value of this shape.</summary>
    public ValueShape? Values { get; init; }
    /// <summary>What a free mapping's keys must look like; null for any key.</summary>
    public ValueShape? Keys { get; init; }
    /// <summary>Any one of these shapes (an author as one name or a list, a report as an id or a block).</summary>
    public IReadOnlyList<ValueShape>? AnyOf { get; init; }

    /// <summary>Free text also takes what YAML reads as a number or true/false: divrep check reads every value as written.</summary>
    public bool AnyScalar { get; init; }

    public static ValueShape Text { get; } = new() { Type = "string", AnyScalar = true };

    public static ValueShape Markdown { get; } = Text;

    public static ValueShape Id { get; } = new() { Type = "string", Pattern = Identifiers.PatternText, MaxLength = Identifiers.MaxLength };

    public static ValueShape Date { get; } = new() { Type = "string", Pattern = ContentDates.PatternText };

    public static ValueShape Language { get; } = new() { Type = "string", Pattern = Languages.PatternText };

    /// <summary>divrep check reads a country code in any case (us is US), so both cases are offered.</summary>
    public static ValueShape Country { get; } = new()
    {
        Type = "string",
        Enum = [.. Countries.Codes, .. Countries.Codes.Select(c => c.ToLowerInvariant())],
    };

    /// <summary>An absolute http(s) address; divrep check refuses any other scheme.</summary>
    public static ValueShape Url { get; } = new() { Type = "string", Pattern = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+" };

    /// <summary>A bare host name, as <see cref="WebAddresses.IsHostName"/> reads it: lower-case labels (site.yml's cname).</summary>
    public static ValueShape HostName { get; } = new() { Type = "string", Pattern = "^(?=.{1,253}$)[a-z0-9-]{1,63}(\\.[a-z0-9-]{1,63})+$" };

    /// <summary>A source's domain: a host name that divrep check lower-cases before it reads it.</summary>
    public static ValueShape Domain { get; } = new() { Type = "string", Pattern = "^(?=.{1,253}$)[A-Za-z0-9-]{1,63}(\\.[A-Za-z0-9-]{1,63})+$" };

    public static ValueShape Flag { get; } = new() { Type = "boolean" };

    /// <summary>A storage bucket's name, as S3 allows it (site.yml's deploy.bucket).</summary>
    public static ValueShape Bucket { get; } = new() { Type = "string", Pattern = ContentSchema.BucketName };

    /// <summary>A storage region's name (site.yml's deploy.region).</summary>
    public static ValueShape Region { get; } = new() { Type = "string", Pattern = ContentSchema.RegionName };

    /// <summary>One of a few words, such as summary or full.</summary>
    public static ValueShape OneOf(IReadOnlyList<string> words) => new() { Type = "string", Enum = words };

    public static ValueShape Whole(int minimum, int maximum) => new() { Type = "integer", Minimum = minimum, Maximum = maximum };

    public static ValueShape Of(MappingSpec block) => new() { Type = "object", Block = block };

    public static ValueShape ListOf(ValueShape items) => new() { Type = "array", Items = items };

    /// <summary>One value, or a list of them: divrep check reads one value alone as a list of one.</summary>
    public static ValueShape OneOrList(ValueShape item) => new() { AnyOf = [item, ListOf(item)] };

    public static ValueShape Either(params ValueShape[] shapes) => new() { AnyOf = shapes };

    /// <summary>A free mapping (facts, positions): any key, or only keys of <paramref name="keys"/>' shape, each value of <paramref name="values"/>' shape.</summary>
    public static ValueShape PairsOf(ValueShape values, ValueShape? keys = null) => new() { Type = "object", Values = values, Keys = keys };
}
