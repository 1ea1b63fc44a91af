namespace DivergingReports.Deploying;

/// <summary>What a running deploy tells as it goes; the command line shows it as one updating line or as plain lines.</summary>
public interface IDeployProgress
{
    void Uploaded(PlannedUpload upload, int done, int total);
    void Deleted(string path, int done, int total);
    /// <summary>A transient failure that will be tried again (<paramref name="reason"/> is one line, without credentials).</summary>
    void Retrying(string what, int attempt, string reason);
}
