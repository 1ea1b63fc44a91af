namespace DivergingReports.Tests.Support;

/// <summary>
/// Pagefind installed in a test publication behind a shell script, so that a test can hold a run
/// in progress or make one fail: each run is counted, waits until <see cref="Allowed"/> lets its
/// number through, and fails (with a control character in what it prints) while <see cref="Failing"/>
/// is set; otherwise it runs the repository's real Pagefind. Linux and macOS only (a shell script);
/// skips where Pagefind is missing.
/// </summary>
public sealed class PagefindWrapper
{
    private readonly string _runs;
    private readonly string _fail;
    private readonly string _allowed;

    private PagefindWrapper(string folder)
    {
        _runs = Path.Combine(folder, "runs");
        _fail = Path.Combine(folder, "fail");
        _allowed = Path.Combine(folder, "allowed");
    }

    public static PagefindWrapper Install(TestProject project)
    {
        Skip.If(OperatingSystem.IsWindows(), "the wrapper is a shell script");
        var real = Tools.Require(Tool.Pagefind);
        var program = Path.Combine(project.Root, Path.GetRelativePath(TestProject.RepositoryRoot(), real));
        var folder = Path.Combine(project.Root, "pagefind-wrapper");
        Directory.CreateDirectory(folder);
        Directory.CreateDirectory(Path.GetDirectoryName(program)!);
        var wrapper = new PagefindWrapper(folder) { Allowed = int.MaxValue };
        File.WriteAllText(program, $"""
            #!/bin/sh
            echo run >> '{wrapper._runs}'
            run=$(wc -l < '{wrapper._runs}')
            while [ "$(cat '{wrapper._allowed}')" -lt "$run" ]; do sleep 0.05; done
            if [ -f '{wrapper._fail}' ]; then
              printf 'Error: the index broke \033[2J here\n' >&2
              exit 1
            fi
            exec '{real}' "$@"

            """.Replace("\r\n", "\n"));
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return wrapper;
    }

    /// <summary>How many runs have started.</summary>
    public int Runs => File.Exists(_runs) ? File.ReadAllLines(_runs).Length : 0;

    /// <summary>How many runs may go on to index (or fail); the next waits until this lets it through.</summary>
    public int Allowed
    {
        set
        {
            // Whole or not at all, for the script that reads it meanwhile.
            File.WriteAllText(_allowed + ".tmp", value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            File.Move(_allowed + ".tmp", _allowed, overwrite: true);
        }
    }

    public bool Failing
    {
        set
        {
            if (value) File.WriteAllText(_fail, "");
            else File.Delete(_fail);
        }
    }
}
