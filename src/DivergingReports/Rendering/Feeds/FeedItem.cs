namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// One story in a feed. The dates already carry the site's time zone offset; the writers print
/// them with that offset. <paramref name="Url"/> and <paramref name="Id"/> are absolute URLs.
/// </summary>
/// <param name="Title">The story's headline (plain text).</param>
/// <param name="Url">The absolute URL of the story page.</param>
/// <param name="Id">A permanent, absolute identifier for the story (usually its URL).</param>
/// <param name="Published">When the story was first published.</param>
/// <param name="Updated">When the story was last changed.</param>
/// <param name="Summary">A plain-text summary.</param>
/// <param name="ContentHtml">The story's body as (already safe) HTML; the writers escape it as text.</param>
/// <param name="Categories">Tags or categories, in the order they are to appear.</param>
/// <param name="Author">The author's name, or null when the story has none.</param>
public sealed record FeedItem(
    string Title,
    string Url,
    string Id,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string Summary,
    string ContentHtml,
    IReadOnlyList<string> Categories,
    string? Author);
