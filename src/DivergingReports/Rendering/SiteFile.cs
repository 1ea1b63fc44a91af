namespace DivergingReports.Rendering;

/// <summary>One file of the built site: its path in the output folder (forward slashes) and how to make its bytes.</summary>
public sealed record SiteFile(string Path, Action<FileBytes> Make)
{
    public SiteFile(string path, Func<byte[]> content) : this(path, output => output.Write(content())) { }

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
