namespace DivergingReports.Planning;

/// <summary>What <c>divrep build</c> is asked for: drafts included or not, and a base URL that overrides site.yml's (the Pages workflow passes one).</summary>
public sealed record BuildOptions(bool Drafts = false, Uri? BaseUrl = null);
