using System.Net;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Logging;

namespace DivergingReports.Serving;

/// <summary>The port asked for is taken by another program.</summary>
public sealed class PortInUseException(int port, Exception inner) : Exception($"port {port} is already in use", inner)
{
    public int Port { get; } = port;
}

/// <summary>
/// Kestrel on 127.0.0.1, serving the preview's folder under the site's root path as GitHub Pages
/// would: folder addresses serve their index.html, missing ones the site's 404 page with status
/// 404, no folder is ever listed. HTML gets the live-reload script; the files on disk do not.
/// pagefind/ is answered from the current search index's folder, which is kept apart from the site's,
/// or from the one it replaced (for a search page loaded before the switch).
/// Until a build has succeeded every page is <see cref="NoSitePage"/> (status 503).
/// Only requests addressed to the preview's own names are answered (<see cref="OwnHostNames"/>).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private const string Internal = "__divrep/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static readonly string Script = LoadScript();
    private readonly WebApplication _app;
    private readonly PreviewSession _session;
    private readonly LiveReload _reload;
    private readonly Func<IReadOnlyList<string>> _searchIndex;

    private PreviewServer(WebApplication app, PreviewSession session, LiveReload reload, int port, Func<IReadOnlyList<string>> searchIndex)
    {
        _app = app;
        _session = session;
        _reload = reload;
        _searchIndex = searchIndex;
        Port = port;
    }

    public int Port { get; }

    /// <summary>The address of the site's home page.</summary>
    public Uri Address => new($"http://127.0.0.1:{Port}{_session.BasePath}");

    /// <param name="searchIndex">The folders of the search index to answer pagefind/ from, newest first, asked at each request; none while there is no index.</param>
    public static async Task<PreviewServer> StartAsync(PreviewSession session, LiveReload reload, int port, Func<IReadOnlyList<string>>? searchIndex = null, CancellationToken stopping = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = session.Folder });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var server = new PreviewServer(app, session, reload, port, searchIndex ?? (() => []));
        app.Use(OwnHostNames.Check(port));
        app.Run(server.HandleAsync);
        try
        {
            await app.StartAsync(stopping);
        }
        catch (IOException e) when (e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await app.DisposeAsync();
            throw new PortInUseException(port, e);
        }
        return server;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        var path = context.Request.Path.Value ?? "/";
        var basePath = _session.BasePath;

        // Before the first good build the root path is not known yet ("/"): a page shown then follows
        // from /__divrep/, which is answered as long as the preview runs, so its stream can reconnect.
        if (path == basePath + Internal + "live.js" || path == "/" + Internal + "live.js")
        {
            if (!Allowed(context, HttpMethods.Get, HttpMethods.Head)) return;
            response.ContentType = "text/javascript; charset=utf-8";
            await response.WriteAsync(Script);
            return;
        }
        if (path == basePath + Internal + "events" || path == "/" + Internal + "events")
        {
            if (Allowed(context, HttpMethods.Get)) await EventsAsync(context);
            return;
        }
        if (!Allowed(context, HttpMethods.Get, HttpMethods.Head)) return;
        if (!_session.Built)
        {
            await NoSiteAsync(context);
            return;
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || basePath.StartsWith(path.TrimEnd('/') + "/", StringComparison.Ordinal)) response.Redirect(basePath);
            else await NotFoundAsync(context);
            return;
        }

        var indexPath = basePath + Planning.SiteUrls.SearchIndex;
        if (path.StartsWith(indexPath, StringComparison.Ordinal))
        {
            await SearchIndexAsync(context, path[indexPath.Length..]);
            return;
        }

        if (Inside(_session.Folder, path[basePath.Length..]) is not { } file)
        {
            await NotFoundAsync(context);
            return;
        }
        if (Directory.Exists(file))
        {
            if (!path.EndsWith('/'))
            {
                response.Redirect(path + "/" + context.Request.QueryString, permanent: true);
                return;
            }
            file = Path.Combine(file, "index.html");
        }
        if (!File.Exists(file))
        {
            await NotFoundAsync(context);
            return;
        }
        await SendAsync(context, file, StatusCodes.Status200OK);
    }

    /// <summary>The full path of <paramref name="relative"/> (as requested, still escaped) in <paramref name="folder"/>, or null when it would lead out of it.</summary>
    private static string? Inside(string folder, string relative)
    {
        folder = Path.GetFullPath(folder);
        var file = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(relative)));
        return file.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || file == folder ? file : null;
    }

    /// <summary>A file of the current search index; 404 before the first index is made, for its folder, and for what it does not hold.</summary>
    private async Task SearchIndexAsync(HttpContext context, string relative)
    {
        // Asked once: the index may be switched meanwhile, and one request reads one index.
        // Pagefind names its chunks by their content: a file found in the replaced index is the one a page loaded before the switch asks for.
        if (_searchIndex().Select(index => Inside(index, relative)).FirstOrDefault(f => f is not null && File.Exists(f)) is not { } file)
        {
            await NotFoundAsync(context);
            return;
        }
        try
        {
            await SendAsync(context, file, StatusCodes.Status200OK);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException && !context.Response.HasStarted)
        {
            // The index was replaced, and its folder deleted, between the look and the read.
            context.Response.Clear();
            context.Response.Headers.CacheControl = "no-store";
            await NotFoundAsync(context);
        }
    }

    /// <summary>Whether the request's method is one of <paramref name="methods"/>; if not, answers 405 with the methods that are.</summary>
    private static bool Allowed(HttpContext context, params string[] methods)
    {
        if (methods.Any(m => HttpMethods.Equals(m, context.Request.Method))) return true;
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = string.Join(", ", methods);
        return false;
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        var page = Path.Combine(_session.Folder, "404.html");
        if (File.Exists(page)) await SendAsync(context, page, StatusCodes.Status404NotFound);
        else
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync("Not found: the site has not been built yet, or has no page here.");
        }
    }

    /// <summary>Any page while no build has succeeded: the problems, and the script that reloads into the site once one does.</summary>
    private async Task NoSiteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.ContentType = "text/html; charset=utf-8";
        var html = NoSitePage.Html(_session.Problems, ScriptTag());
        if (!HttpMethods.IsHead(context.Request.Method)) await response.WriteAsync(html, Encoding.UTF8);
    }

    private string ScriptTag() =>
        $"<script src=\"{_session.BasePath}{Internal}live.js\" data-events=\"{_session.BasePath}{Internal}events\" defer></script>";

    private async Task SendAsync(HttpContext context, string file, int status)
    {
        var response = context.Response;
        response.StatusCode = status;
        if (!ContentTypes.TryGetContentType(file, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/json" or "application/xml" or "application/javascript")
            type += "; charset=utf-8";
        response.ContentType = type;
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = await File.ReadAllTextAsync(file);
            var tag = ScriptTag();
            var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = at >= 0 ? html.Insert(at, tag) : html + tag;
            if (!HttpMethods.IsHead(context.Request.Method)) await response.WriteAsync(html, Encoding.UTF8);
            return;
        }
        response.ContentLength = new FileInfo(file).Length;
        if (!HttpMethods.IsHead(context.Request.Method)) await response.SendFileAsync(file);
    }

    private async Task EventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var client = _reload.Subscribe(out var unsubscribe);
        try
        {
            // A browser that connects while the site is broken sees the problems at once.
            var first = _session.Problems is { Count: > 0 } problems ? ProblemsEvent.Of(problems) : ": connected\n\n";
            await response.WriteAsync(first, context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            // A browser that does not read holds up only its own stream: what waits for it meanwhile is bounded (LiveReloadClient).
            await foreach (var message in client.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The browser went away.
        }
        finally
        {
            unsubscribe();
        }
    }

    private static string LoadScript()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Serving.live.js")!;
        return new StreamReader(stream).ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        _reload.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }
}
