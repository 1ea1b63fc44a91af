namespace DivergingReports.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
