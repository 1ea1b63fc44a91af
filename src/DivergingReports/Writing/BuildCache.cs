using System.Text;
using DivergingReports.Content.Files;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering;

namespace DivergingReports.Writing;

/// <summary>One file of a built site as the cache remembers it: what it was made from, its bytes' hash, and its stamp on disk.</summary>
public sealed record CachedFile(UInt128 Key, UInt128 Hash, FileStamp Stamp);

/// <summary>
/// What the last successful build of an output folder was made from and what it wrote, kept beside
/// the folder (never inside it, so it is not published). With it a rebuild whose inputs did not
/// change does nothing, and one whose inputs did renders only the files whose inputs changed.
/// Any doubt (another version of divrep, other options, a damaged cache) means building afresh.
/// </summary>
public sealed class BuildCache
{
    private const string Magic = "divrep build cache";
    private const int FormatVersion = 3;

    /// <summary>
    /// The largest cache read: a 10,000-story site's is a few megabytes. The file lies beside the
    /// output, where a pull request can put anything: a link or a huge file is no cache at all.
    /// </summary>
    private const long MaxBytes = 256L * 1024 * 1024;


    public required UInt128 Options { get; init; }
    public required int StoryCount { get; init; }
    /// <summary>The drafts the build left out, said again by a build that does nothing.</summary>
    public int DraftsLeftOut { get; init; }
    /// <summary>The hash of each input file (site.yml, content, templates) by project-relative path.</summary>
    public required IReadOnlyDictionary<string, UInt128> Inputs { get; init; }
    /// <summary>The warnings the build reported, reported again by a build that does nothing.</summary>
    public required IReadOnlyList<Diagnostic> Warnings { get; init; }
    public required IReadOnlyDictionary<string, CachedFile> Files { get; init; }

    public static string PathFor(string output)
    {
        output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        return Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.divrep-cache");
    }

    /// <summary>The cache of <paramref name="output"/>, or null when there is none usable.</summary>
    public static BuildCache? Read(string output)
    {
        var path = PathFor(output);
        if (!File.Exists(path)) return null;
        try
        {
            using var file = new FileStream(RegularFile.Open(path, MaxBytes, out _), FileAccess.Read);
            using var reader = new BinaryReader(file, Encoding.UTF8);
            // Written by another build of divrep (or of the libraries it renders with): start afresh.
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion || ReadHash(reader) != PageKeys.Program) return null;
            var options = ReadHash(reader);
            var storyCount = reader.ReadInt32();
            var draftsLeftOut = reader.ReadInt32();
            var inputs = new Dictionary<string, UInt128>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
                inputs[reader.ReadString()] = ReadHash(reader);
            var warnings = new List<Diagnostic>();
            for (var n = reader.ReadInt32(); n > 0; n--)
            {
                var code = reader.ReadString();
                var location = new FileLocation(reader.ReadString(), reader.ReadInt32(), reader.ReadInt32());
                var message = reader.ReadString();
                var hint = reader.ReadBoolean() ? reader.ReadString() : null;
                warnings.Add(new Diagnostic(Severity.Warning, code, location, message, hint));
            }
            var files = new Dictionary<string, CachedFile>(StringComparer.Ordinal);
            for (var n = reader.ReadInt32(); n > 0; n--)
                files[reader.ReadString()] = new CachedFile(ReadHash(reader), ReadHash(reader), ReadStamp(reader));
            return new BuildCache { Options = options, StoryCount = storyCount, DraftsLeftOut = draftsLeftOut, Inputs = inputs, Warnings = warnings, Files = files };
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or FormatException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the cache beside <paramref name="output"/>, whole or not at all.</summary>
    public void Write(string output) => WriteTo(PathFor(output));

    /// <summary>
    /// The cache of a site not yet in place: written before the switch, made the cache once the site
    /// is in place (<see cref="Promote"/>). The old cache is deleted before the switch, so a build
    /// stopped in between leaves no cache rather than one describing the other site: the next build
    /// is a full one. A pending cache is never read.
    /// </summary>
    internal static string PendingPathFor(string output) => PathFor(output) + ".pending";

    internal void WritePending(string output) => WriteTo(PendingPathFor(output));

    internal static void Promote(string output) => File.Move(PendingPathFor(output), PathFor(output), overwrite: true);

    /// <summary>Deletes a pending cache a stopped build left: it may describe a site that never went in place.</summary>
    public static void DeletePending(string output) => SiteWriteException.On(PendingPathFor(output), () => File.Delete(PendingPathFor(output)));

    private void WriteTo(string path)
    {
        var temporary = path + ".tmp";
        using (var writer = new BinaryWriter(File.Create(temporary), Encoding.UTF8))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            WriteHash(writer, PageKeys.Program);
            WriteHash(writer, Options);
            writer.Write(StoryCount);
            writer.Write(DraftsLeftOut);
            writer.Write(Inputs.Count);
            foreach (var (name, hash) in Inputs)
            {
                writer.Write(name);
                WriteHash(writer, hash);
            }
            writer.Write(Warnings.Count);
            foreach (var warning in Warnings)
            {
                writer.Write(warning.Code);
                writer.Write(warning.Location.Path);
                writer.Write(warning.Location.Line);
                writer.Write(warning.Location.Column);
                writer.Write(warning.Message);
                writer.Write(warning.Hint is not null);
                if (warning.Hint is not null) writer.Write(warning.Hint);
            }
            writer.Write(Files.Count);
            foreach (var (name, file) in Files)
            {
                writer.Write(name);
                WriteHash(writer, file.Key);
                WriteHash(writer, file.Hash);
                WriteStamp(writer, file.Stamp);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Forgets the cache of <paramref name="output"/> (before the folder changes in a way it does not describe).</summary>
    public static void Delete(string output) => File.Delete(PathFor(output));

    private static UInt128 ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static void WriteHash(BinaryWriter writer, UInt128 hash)
    {
        writer.Write((ulong)(hash >> 64));
        writer.Write((ulong)hash);
    }

    private static FileStamp ReadStamp(BinaryReader reader) => new(reader.ReadInt64(), reader.ReadInt64());

    private static void WriteStamp(BinaryWriter writer, FileStamp stamp)
    {
        writer.Write(stamp.Length);
        writer.Write(stamp.WriteTicks);
    }
}
