namespace DivergingReports.Cli;

/// <summary>0 ok, 1 content errors, 2 usage errors (DESIGN.md).</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
}
