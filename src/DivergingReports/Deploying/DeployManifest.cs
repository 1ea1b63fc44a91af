using System.Text;
using System.Text.Json;

namespace DivergingReports.Deploying;

/// <summary>How one file is stored in the bucket: its bytes' SHA-256 and size (before compression) and the headers it is served with.</summary>
public sealed record ManifestEntry(string Sha256, long Size, string ContentType, string CacheControl, string? ContentEncoding);

/// <summary>
/// What the bucket holds, by site path: kept in the bucket beside the site (<see cref="FileName"/>) so the
/// next deploy uploads only what changed. Written only after the files it lists are uploaded, so it never
/// claims a file the bucket lacks; the same files always give the same bytes (paths in ordinal order).
/// <see cref="Deleting"/> names the files a deploy was about to delete when it wrote the manifest: they may
/// or may not be in the bucket still, and the next deploy deletes them if the site no longer has them.
/// </summary>
public sealed class DeployManifest
{
    public const string FileName = ".divrep-deploy.json";
    private const int Version = 1;

    public IReadOnlyDictionary<string, ManifestEntry> Files { get; }

    public IReadOnlyList<string> Deleting { get; }

    public DeployManifest(IEnumerable<KeyValuePair<string, ManifestEntry>> files, IEnumerable<string>? deleting = null)
    {
        Files = new SortedDictionary<string, ManifestEntry>(files.ToDictionary(), StringComparer.Ordinal);
        Deleting = (deleting ?? []).Where(path => !Files.ContainsKey(path)).Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The manifest of a site as this deploy stores it.</summary>
    public static DeployManifest Of(IEnumerable<SiteFile> files, bool gzip) =>
        new(files.Select(f => KeyValuePair.Create(f.Path, EntryFor(f, gzip))));

    public static ManifestEntry EntryFor(SiteFile file, bool gzip) =>
        new(file.Sha256, file.Size, ContentKinds.ContentType(file.Path), CacheRules.CacheControl(file.Path),
            gzip && ContentKinds.Compressible(file.Path) ? "gzip" : null);

    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("divrep_deploy", Version);
            json.WriteStartObject("files");
            foreach (var (path, entry) in Files)
            {
                json.WriteStartObject(path);
                json.WriteString("sha256", entry.Sha256);
                json.WriteNumber("size", entry.Size);
                json.WriteString("type", entry.ContentType);
                json.WriteString("cache", entry.CacheControl);
                if (entry.ContentEncoding is { } encoding) json.WriteString("encoding", encoding);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            if (Deleting.Count > 0)
            {
                json.WriteStartArray("deleting");
                foreach (var path in Deleting) json.WriteStringValue(path);
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>The manifest in <paramref name="json"/>, or null when it is not one this divrep wrote (then the bucket is listed instead).</summary>
    public static DeployManifest? TryParse(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("divrep_deploy", out var version)
                || version.ValueKind != JsonValueKind.Number || version.GetInt32() != Version
                || !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object) return null;
            var entries = new List<KeyValuePair<string, ManifestEntry>>();
            foreach (var file in files.EnumerateObject())
            {
                var e = file.Value;
                if (e.ValueKind != JsonValueKind.Object) return null;
                var entry = new ManifestEntry(
                    e.GetProperty("sha256").GetString() ?? "", e.GetProperty("size").GetInt64(),
                    e.GetProperty("type").GetString() ?? "", e.GetProperty("cache").GetString() ?? "",
                    e.TryGetProperty("encoding", out var encoding) ? encoding.GetString() : null);
                entries.Add(KeyValuePair.Create(file.Name, entry));
            }
            var deleting = new List<string>();
            if (root.TryGetProperty("deleting", out var pending))
            {
                if (pending.ValueKind != JsonValueKind.Array) return null;
                foreach (var path in pending.EnumerateArray()) deleting.Add(path.GetString() ?? "");
            }
            return new DeployManifest(entries, deleting.Where(p => p.Length > 0));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public override string ToString() => Encoding.UTF8.GetString(ToJson());
}
