namespace DivergingReports.Tests.Support;

/// <summary>
/// A story of six outlets from six countries (Fixtures/SixOutlets): an EU air-defence package as
/// Ukrainian, Polish, German, French, Russian and American outlets report it, with quotations in
/// different words, disputed figures and names only some outlets give. One outlet's name has an
/// ampersand, and a quotation too.
/// </summary>
public static class SixOutletStory
{
    public const string Slug = "eu-air-defence-package";
    public const string Page = "stories/" + Slug + "/index.html";

    public static TestProject Create() => TestProject.FromFixture("SixOutlets");
}
