namespace DivergingReports.Content.Schema;

/// <summary>
/// One field an editor may write: its key, whether it must be there, what kind of value it takes in
/// words (the content reference) and as a <see cref="ValueShape"/> (the JSON Schemas), and what it means.
/// </summary>
public sealed record FieldSpec(string Name, bool Required, string Kind, ValueShape Shape, string Description);

/// <summary>The fields of one mapping (a file, or a nested block such as a report); <paramref name="Label"/> names it in messages.</summary>
public sealed record MappingSpec(string Name, string Label, IReadOnlyList<FieldSpec> Fields)
{
    public IReadOnlyCollection<string> Names { get; } = Fields.Select(f => f.Name).ToArray();

    public FieldSpec? Find(string name) => Fields.FirstOrDefault(f => f.Name == name);
}
