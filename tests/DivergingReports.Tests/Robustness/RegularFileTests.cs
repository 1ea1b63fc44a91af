using DivergingReports.Content.Files;
using DivergingReports.Tests.Support;

namespace DivergingReports.Tests.Robustness;

/// <summary>The one way a file of the publication is opened: what it refuses, and why, before a byte is read.</summary>
public class RegularFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Scratch.NewPath("divrep-files-")).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_regular_file_within_its_limit_opens_with_its_length()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "twelve bytes");

        using var handle = RegularFile.Open(path, maxBytes: 12, out var length);

        Assert.Equal(12, length);
        Assert.Equal(12, RandomAccess.GetLength(handle));
    }

    [Fact]
    public void A_file_over_its_limit_is_refused_with_its_size_and_the_limit()
    {
        var path = Path.Combine(_folder, "a.md");
        File.WriteAllText(path, "thirteen byte");

        var refused = Assert.Throws<FileRefusedException>(() => RegularFile.Open(path, maxBytes: 12, out _));

        Assert.True(refused.TooLarge);
        Assert.Equal(13, refused.Size);
        Assert.Equal(12, refused.Limit);
    }

    [SkippableFact]
    public void A_link_is_refused_even_to_a_regular_file()
    {
        Skip.If(OperatingSystem.IsWindows(), "making a symbolic link needs a privilege on Windows");
        var target = Path.Combine(_folder, "target.md");
        File.WriteAllText(target, "secret");
        var link = Path.Combine(_folder, "link.md");
        File.CreateSymbolicLink(link, target);

        var refused = Assert.Throws<FileRefusedException>(() => RegularFile.Open(link, 1024, out _));

        Assert.Equal(FileKind.Link, refused.Kind);
    }

    [Fact]
    public void A_folder_is_refused()
    {
        var refused = Assert.Throws<FileRefusedException>(() => RegularFile.Open(_folder, 1024, out _));

        Assert.Equal(FileKind.Folder, refused.Kind);
    }

    [SkippableFact]
    public void A_named_pipe_is_refused_at_once_rather_than_waited_on()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "named pipes are refused natively on Linux");
        var pipe = Path.Combine(_folder, "pipe.md");
        SpecialFiles.Fifo(pipe);

        var refused = SpecialFiles.Within(10, () => Assert.Throws<FileRefusedException>(() => RegularFile.Open(pipe, 1024, out _)));

        Assert.Equal(FileKind.Pipe, refused.Kind);
    }

    [SkippableFact]
    public void A_device_is_refused_before_it_is_read()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "devices are refused natively on Linux");

        var refused = SpecialFiles.Within(10, () => Assert.Throws<FileRefusedException>(() => RegularFile.Open("/dev/zero", long.MaxValue, out _)));

        Assert.Equal(FileKind.Device, refused.Kind);
    }

    [Fact]
    public void A_missing_file_is_not_found()
    {
        Assert.Throws<FileNotFoundException>(() => RegularFile.Open(Path.Combine(_folder, "missing.md"), 1024, out _));
    }
}
