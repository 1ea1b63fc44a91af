namespace DivergingReports.Cli;

/// <summary>0 ok, 1 content errors, 2 the command used wrongly, 3 divrep itself failed (README.md, "Two commands").</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    /// <summary>A fault in divrep, not in the content or the command: said in one line, never as a stack trace.</summary>
    public const int Internal = 3;
}
