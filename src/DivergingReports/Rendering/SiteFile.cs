namespace DivergingReports.Rendering;

/// <summary>One file of the built site: its path in the output folder (forward slashes) and how to make its bytes.</summary>
public sealed record SiteFile(string Path, Action<FileBytes> Make)
{
    public SiteFile(string path, Func<byte[]> content) : this(path, output => output.Write(content())) { }

    /// <summary>The template a page is made with (a file name in templates/ without extension); null for files made otherwise.</summary>
    public string? Template { get; init; }

    private static readonly Lazy<UInt128> Unknown = new(UInt128.Zero);
    private readonly Lazy<UInt128> _key = Unknown;

    /// <summary>A hash of everything the file is made from: equal keys, equal bytes. Zero when unknown (always made).</summary>
    public UInt128 Key => _key.Value;

    /// <summary>
    /// How the key is worked out: when it is first asked for, so that a site's keys are made on every
    /// core as its files are, rather than one after the other before any file is.
    /// </summary>
    public Func<UInt128> KeyOf { init => _key = new Lazy<UInt128>(value); }

    /// <summary>The file's bytes, made now.</summary>
    public byte[] Bytes()
    {
        using var output = new FileBytes();
        Make(output);
        return output.ToArray();
    }
}
