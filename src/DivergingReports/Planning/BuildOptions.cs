namespace DivergingReports.Planning;

/// <summary>
/// What <c>divrep build</c> is asked for: drafts included or not, a base URL that overrides
/// site.yml's (the Pages workflow passes one), and the search index made even when site.yml does not ask for it.
/// </summary>
public sealed record BuildOptions(bool Drafts = false, Uri? BaseUrl = null, bool Search = false);
