using DivergingReports.Diagnostics;

namespace DivergingReports.Validation;

/// <summary>Only absolute http(s) addresses are accepted from content: anything else (javascript:, data:, file paths) never reaches a page.</summary>
public static class WebAddresses
{
    public static Uri? Parse(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host)
            ? uri
            : null;

    public static Uri? Check(string text, FileLocation at, string what, DiagnosticBag bag)
    {
        if (Parse(text) is { } uri) return uri;
        var hint = text.Contains("://", StringComparison.Ordinal) || text.Contains(':', StringComparison.Ordinal) && !text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            ? "only http:// and https:// addresses are allowed"
            : $"write the full address, such as https://{text.TrimStart('/')}";
        bag.Error(DiagnosticCode.InvalidUrl, at, $"'{what}' is not a web address: '{text}'", hint);
        return null;
    }

    /// <summary>A host name as written in domains or cname: lower-case labels of letters, digits and hyphens.</summary>
    public static bool IsHostName(string text) =>
        text.Length is > 0 and <= 253 && text.Contains('.') && Uri.CheckHostName(text) == UriHostNameType.Dns
        && text.Split('.').All(label => label.Length is > 0 and <= 63 && label.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'));

    /// <summary>True when <paramref name="host"/> is <paramref name="domain"/> or one of its subdomains.</summary>
    public static bool IsWithin(string host, string domain) =>
        host == domain || host.EndsWith("." + domain, StringComparison.Ordinal);
}
