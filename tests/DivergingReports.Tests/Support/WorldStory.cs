namespace DivergingReports.Tests.Support;

/// <summary>
/// One story of seven outlets from seven countries (Fixtures/World): an aid package as American,
/// British, Canadian, German, French, Ukrainian and Jordanian outlets report it, in English,
/// German and Arabic with the editors' translations, and French and Ukrainian without. What each
/// report says, and what a careful reader would make of it, is listed in Fixtures/World/EXPECTED.md.
/// </summary>
public static class WorldStory
{
    public const string Slug = "northern-compact-lutavia-aid";

    public static TestProject Create() => TestProject.FromFixture("World");
}
