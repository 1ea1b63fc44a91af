namespace DivergingReports.Deploying;

/// <summary>
/// Keys taken from the environment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), the first
/// place the AWS SDK's default chain looks. Never from site.yml. <see cref="ToString"/> and
/// <see cref="Redact"/> keep every value out of what divrep prints.
/// </summary>
public sealed class BucketCredentials
{
    public string AccessKeyId { get; }
    public string SecretAccessKey { get; }
    public string? SessionToken { get; }

    private BucketCredentials(string accessKeyId, string secretAccessKey, string? sessionToken)
    {
        AccessKeyId = accessKeyId;
        SecretAccessKey = secretAccessKey;
        SessionToken = sessionToken;
    }

    /// <summary>The keys in the environment, or null: then the SDK's default chain looks further (the shared profile, SSO, a container or instance role).</summary>
    public static BucketCredentials? FromEnvironment(Func<string, string?> environment)
    {
        var id = environment("AWS_ACCESS_KEY_ID");
        var secret = environment("AWS_SECRET_ACCESS_KEY");
        if (string.IsNullOrEmpty(id) || string.IsNullOrEmpty(secret)) return null;
        var token = environment("AWS_SESSION_TOKEN");
        return new BucketCredentials(id, secret, string.IsNullOrEmpty(token) ? null : token);
    }

    /// <summary><paramref name="text"/> with any credential value from the environment replaced, so no message can carry one.</summary>
    public static string Redact(string text, Func<string, string?> environment)
    {
        foreach (var name in new[] { "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ACCESS_KEY_ID" })
            if (environment(name) is { Length: >= 4 } value) text = text.Replace(value, "[" + name + "]", StringComparison.Ordinal);
        return text;
    }

    public override string ToString() => "AWS credentials from the environment";
}
