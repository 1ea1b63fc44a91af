using DivergingReports.Model;

namespace DivergingReports.Deploying;

/// <summary>Where in the bucket the site goes: its keys are the prefix and the site path; the manifest sits beside them.</summary>
public sealed record DeployTarget(string Prefix, int MaxDeletes, bool Gzip)
{
    public static DeployTarget From(DeploySettings settings) => new(settings.Prefix, settings.MaxDeletes, settings.Gzip);

    public string ManifestKey => Prefix + DeployManifest.FileName;

    public string Key(string sitePath) => Prefix + sitePath;
}
