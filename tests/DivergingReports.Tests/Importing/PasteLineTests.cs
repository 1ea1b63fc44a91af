using DivergingReports.Content.Paste;

namespace DivergingReports.Tests.Importing;

/// <summary>The byline, dateline and date-line readers on single lines.</summary>
public class PasteLineTests
{
    [Theory]
    [InlineData("By Jane Doe", "Jane Doe")]
    [InlineData("by Jane Doe and John Smith", "Jane Doe|John Smith")]
    [InlineData("By A. B. Carter, Mary-Ann O’Neil & Ahmed al-Hassan", "A. B. Carter|Mary-Ann O’Neil|Ahmed al-Hassan")]
    [InlineData("By Jane Doe, Economics correspondent", "Jane Doe")]
    [InlineData("By Jane Doe and John Smith, BBC News", "Jane Doe|John Smith")]
    [InlineData("Jane Doe | Kyiv Independent", "Jane Doe")]
    [InlineData("Reporting by Tom Balmforth in Kyiv; Editing by Mark Trevelyan", "Tom Balmforth")]
    [InlineData("By Ludwig van Beethoven", "Ludwig van Beethoven")]
    [InlineData("By Jane Doe, Kyiv Independent", "Jane Doe")]
    [InlineData("BY JANE DOE", "JANE DOE")]
    public void Bylines_name_their_authors(string line, string authors) =>
        Assert.Equal(authors.Split('|'), Bylines.Read(line));

    [Theory]
    [InlineData("By the time the sirens stopped, fires were burning.")]
    [InlineData("By Monday, officials said, the talks would resume.")]
    [InlineData("By Monday Evening")]
    [InlineData("By 2027 the plant will be closed.")]
    [InlineData("By July")]
    [InlineData("Jane Doe")]
    [InlineData("By far the largest attack | analysis")]
    [InlineData("Additional reporting by Jane Doe")]
    [InlineData("By Reuters")]
    [InlineData("Middle East | Analysis")]
    [InlineData("Russia-Ukraine War | Live")]
    [InlineData("By Al Jazeera Staff")]
    public void Prose_and_fragments_are_not_bylines(string line) => Assert.Null(Bylines.Read(line));

    [Theory]
    [InlineData("KYIV, July 3 (Reuters) - Rest.", "KYIV, July 3 (Reuters)", 7, 3)]
    [InlineData("WASHINGTON (AP) — Rest.", "WASHINGTON (AP)", null, null)]
    [InlineData("Paris, 3 July (AFP) - Rest.", "Paris, 3 July (AFP)", 7, 3)]
    [InlineData("KYIV, Ukraine — Rest.", "KYIV, Ukraine", null, null)]
    public void Datelines_are_cut_from_their_paragraph(string paragraph, string dateline, int? month, int? day)
    {
        var found = Datelines.Read(paragraph);
        Assert.NotNull(found);
        Assert.Equal(dateline, found.Text);
        Assert.Equal("Rest.", found.Rest);
        Assert.Equal(month, found.Date?.Month);
        Assert.Equal(day, found.Date?.Day);
    }

    [Theory]
    [InlineData("Zelensky — who arrived on Thursday — met leaders.")]
    [InlineData("Paris - the city of light - was dark.")]
    [InlineData("NATO-led forces moved in.")]
    public void A_dash_after_a_name_is_no_dateline(string paragraph) => Assert.Null(Datelines.Read(paragraph));

    [Theory]
    [InlineData("Updated July 3, 2025, 4:15 p.m. ET", 2025, 7, 3, "16:15")]
    [InlineData("Published 3 July 2025", 2025, 7, 3, null)]
    [InlineData("Last updated: 3 Jul 2025 16.15 BST", 2025, 7, 3, "16:15")]
    [InlineData("Updated 4:15 PM EDT, July 3, 2025", 2025, 7, 3, "16:15")]
    [InlineData("Thu 3 Jul 2025 16.15 BST", 2025, 7, 3, "16:15")]
    [InlineData("2025-07-03", 2025, 7, 3, null)]
    public void Date_lines_give_their_date_and_time(string line, int year, int month, int day, string? time)
    {
        var found = StampLines.Read(line);
        Assert.NotNull(found);
        Assert.Equal(year, found.Value.Date.Year);
        Assert.Equal(month, found.Value.Date.Month);
        Assert.Equal(day, found.Value.Date.Day);
        Assert.Equal(time, found.Value.Date.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Published by the ministry on Thursday, the report said prices rose.")]
    [InlineData("July 3")]
    [InlineData("Updated 2 hours ago")]
    [InlineData("Updated July 35, 2025")]
    public void Other_lines_are_not_date_lines(string line) => Assert.Null(StampLines.Read(line));
}
