namespace DivergingReports.Rendering.Pages;

/// <summary>
/// One story's analysis, for the files that show it (its page and its index.json): made by
/// whichever is made first, and let go once each has taken it. The files are declared long before
/// they are made, so by then this holder is an old object to the collector; a value it kept would
/// live until the collector's slowest pass, a whole analysis per story for most of the build.
/// </summary>
internal sealed class SharedAnalysis(Func<AnalysedStory> make, int takers)
{
    private readonly Lock _lock = new();
    private AnalysedStory? _value;
    private int _left = takers;

    public AnalysedStory Take()
    {
        lock (_lock)
        {
            var value = _value ?? make();
            _value = --_left > 0 ? value : null;
            return value;
        }
    }
}
