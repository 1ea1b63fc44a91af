namespace DivergingReports.Rendering.Feeds;

/// <summary>
/// A feed's channel: the site (or the source, country or tag page) it describes and its stories,
/// newest first. Absolute http(s) URLs only; the writers refuse anything else.
/// </summary>
/// <param name="Title">The feed's title.</param>
/// <param name="Description">A plain-text description of the feed.</param>
/// <param name="Link">The absolute URL of the HTML page the feed mirrors (also the Atom feed id).</param>
/// <param name="SelfUrl">The absolute URL the feed itself is published at.</param>
/// <param name="Language">A language tag such as "en"; omitted from the output when empty.</param>
/// <param name="Items">The stories, in the order they are to appear.</param>
public sealed record FeedChannel(
    string Title,
    string Description,
    string Link,
    string SelfUrl,
    string Language,
    IReadOnlyList<FeedItem> Items);
