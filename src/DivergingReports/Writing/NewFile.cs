using System.Text;

namespace DivergingReports.Writing;

/// <summary>Files an editor's command creates (imported articles, scaffolds): written only when nothing is there.</summary>
public static class NewFile
{
    /// <summary>Writes <paramref name="text"/> as a new UTF-8 file; false when the file exists. CreateNew refuses even a file that appears between a check and the write.</summary>
    public static bool TryCreate(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new UTF8Encoding(false));
            writer.Write(text);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
