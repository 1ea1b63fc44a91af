namespace DivergingReports.Rendering;

/// <summary>
/// One file of the built site: its path in the output folder (forward slashes), how to make its
/// bytes, and the story it belongs to (null for files that list many stories, such as the home
/// page and the feeds).
/// </summary>
public sealed record SiteFile(string Path, Action<FileBytes> Make, string? Story = null)
{
    public SiteFile(string path, Func<byte[]> content, string? story = null) : this(path, output => output.Write(content()), story) { }

    /// <summary>The template a page is made with (a file name in templates/ without extension); null for files made otherwise.</summary>
    public string? Template { get; init; }

    /// <summary>A hash of everything the file is made from: equal keys, equal bytes. Zero when unknown (always made).</summary>
    public UInt128 Key { get; init; }

    /// <summary>The file's bytes, made now.</summary>
    public byte[] Bytes()
    {
        using var output = new FileBytes();
        Make(output);
        return output.ToArray();
    }
}
