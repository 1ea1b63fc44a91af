namespace DivergingReports.Content.Files;

/// <summary>What a path of the publication turned out to be when it was opened to be read.</summary>
public enum FileKind
{
    Regular,
    Link,
    Folder,
    Pipe,
    Socket,
    Device,
}
