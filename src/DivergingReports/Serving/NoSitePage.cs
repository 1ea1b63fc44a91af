using System.Net;
using System.Text;
using DivergingReports.Diagnostics;

namespace DivergingReports.Serving;

/// <summary>
/// The page every request gets while no build has succeeded yet (the first one failed, or is still
/// under way): there is no last good site to show, so the problems are the page itself. It carries
/// the live-reload script, so it turns into the site by itself once a save builds. Its size is
/// bounded as the problems event's is: the first problems are listed and the rest counted.
/// </summary>
public static class NoSitePage
{
    public static string Html(IReadOnlyList<Diagnostic> problems, string script)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="en" data-divrep-no-site="">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>No site built yet · divrep serve</title>
            <style>
            body{margin:0;background:#2b0a0a;color:#fff;font:15px/1.5 ui-monospace,Menlo,Consolas,monospace}
            main{max-width:60em;margin:0 auto;padding:2em 1.25em}
            h1{font-size:1.3em;margin:0 0 .5em}
            li{margin:.75em 0}
            .where{color:#ffb4b4}.hint{color:#d8d8d8;display:block}
            </style>
            </head>
            <body>
            <main>

            """);
        if (problems.Count == 0)
        {
            // The first build is still under way, or a file could not be read mid-save.
            html.Append("<h1>No site has been built yet.</h1>\n<p>The site is being built; this page shows it as soon as a build succeeds.</p>\n");
        }
        else
        {
            html.Append("<h1>No site has been built yet.</h1>\n<p>Fix these problems and save: this page shows the site as soon as it builds.</p>\n");
            html.Append("<section id=\"divrep-problems\" role=\"alert\">\n<ul>\n");
            var listed = 0;
            var size = 0;
            foreach (var p in problems)
            {
                var item = Item(p);
                if (listed > 0 && size + item.Length > ProblemsEvent.MostCharacters) break;
                html.Append(item);
                size += item.Length;
                listed++;
            }
            html.Append("</ul>\n");
            if (problems.Count > listed) html.Append($"<p>… and {problems.Count - listed} more: the terminal lists them all.</p>\n");
            html.Append("</section>\n");
        }
        return html.Append("</main>\n").Append(script).Append("\n</body>\n</html>\n").ToString();
    }

    private static string Item(Diagnostic p)
    {
        var hint = p.Hint is null ? "" : $"<span class=\"hint\">{Text(p.Hint)}</span>";
        return $"<li><span class=\"where\"><span class=\"file\">{Text(p.Location.Path)}</span>(<span class=\"line\">{p.Location.Line}</span>,<span class=\"column\">{p.Location.Column}</span>)</span>: "
            + $"<span class=\"code\">{Text(p.Code)}</span>: <span class=\"message\">{Text(p.Message)}</span>{hint}</li>\n";
    }

    /// <summary>Content's text for the page: cut, control characters shown as escapes (never sent raw), then HTML-encoded.</summary>
    private static string Text(string text) => WebUtility.HtmlEncode(Printable.Escape(ProblemsEvent.Cut(text)));
}
