using Microsoft.AspNetCore.Http;

namespace DivergingReports.Serving;

/// <summary>
/// The names the preview answers to: localhost, 127.0.0.1 and [::1], with its own port or none.
/// A page on another site can point its own name at 127.0.0.1 (DNS rebinding) and so read the
/// preview as if it were its own; its requests still carry that other name, and get no page.
/// </summary>
public static class OwnHostNames
{
    private static readonly string[] Names = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>The Host headers accepted on <paramref name="port"/>, compared whole (a name with another port, or none parsable, is another address).</summary>
    public static IReadOnlySet<string> For(int port) =>
        Names.SelectMany(name => new[] { name, $"{name}:{port}" }).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The middleware that turns away every request addressed to another name (421 Misdirected Request), before anything is read.</summary>
    public static Func<HttpContext, RequestDelegate, Task> Check(int port)
    {
        var accepted = For(port);
        return (context, next) => accepted.Contains(context.Request.Host.Value ?? "") ? next(context) : RefuseAsync(context, port);
    }

    private static Task RefuseAsync(HttpContext context, int port)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status421MisdirectedRequest;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        return response.WriteAsync($"This preview answers only at http://127.0.0.1:{port}/ or http://localhost:{port}/.\n");
    }
}
