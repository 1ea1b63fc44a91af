using DivergingReports.Model;

namespace DivergingReports.Planning;

/// <summary>
/// A blindspot: a story whose reports all come from one country, or all from one side of the
/// publication's spectrum. Only what is known counts: an outlet of unknown country or lean makes
/// the story not provably one-sided on that measure.
/// </summary>
public static class Blindspots
{
    /// <summary>Why the story is a blindspot ("All reports come from United States."), or null.</summary>
    public static string? Reason(PlannedStory story, IReadOnlyList<string> spectrum)
    {
        var outlets = story.Outlets;
        if (outlets.Count == 0) return null;
        if (outlets.All(o => o.Country is not null) && story.Countries.Count == 1)
            return $"Every report comes from {Validation.Countries.NameOf(story.Countries[0]) ?? story.Countries[0]}.";
        var sides = outlets.Select(o => SideOf(o.Lean?.Value, spectrum)).Distinct().ToArray();
        if (sides is [Lean.Left]) return "Every report comes from the left of the spectrum.";
        if (sides is [Lean.Right]) return "Every report comes from the right of the spectrum.";
        return null;
    }

    private enum Lean { Unknown, Left, Center, Right }

    private static Lean SideOf(string? lean, IReadOnlyList<string> spectrum)
    {
        if (lean is null) return Lean.Unknown;
        var index = spectrum.ToList().IndexOf(lean);
        if (index < 0) return Lean.Unknown;
        var middle = (spectrum.Count - 1) / 2.0;
        return index < middle ? Lean.Left : index > middle ? Lean.Right : Lean.Center;
    }
}
