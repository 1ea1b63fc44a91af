using System.Reflection;
using CommandLine;
using DivergingReports.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace DivergingReports.Tests.Publishing;

/// <summary>The GitHub workflows call steps that exist, with the permissions Pages needs, and commands the CLI knows.</summary>
public class WorkflowTests
{
    private static YamlMappingNode Workflow(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), ".github", "workflows", name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];
    private static string Text(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;
    private static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(key);

    private static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)Map(Map(workflow, "jobs"), job)["steps"]).Children.Cast<YamlMappingNode>().ToArray();

    private static YamlMappingNode Uses(IEnumerable<YamlMappingNode> steps, string action) =>
        steps.Single(s => Has(s, "uses") && Text(s, "uses").StartsWith(action + "@", StringComparison.Ordinal));

    [Fact]
    public void Pull_requests_run_check_with_the_pinned_sdk()
    {
        var workflow = Workflow("check.yml");
        Assert.True(Has(Map(workflow, "on"), "pull_request"));
        var steps = Steps(workflow, "check");
        Uses(steps, "actions/checkout");
        var dotnet = Uses(steps, "actions/setup-dotnet");
        Assert.Equal("global.json", Text(Map(dotnet, "with"), "global-json-file"));
        var run = steps.Where(s => Has(s, "run")).Select(s => Text(s, "run")).Single();
        AssertKnownCommand(run, "check");
    }

    [Fact]
    public void Main_builds_at_the_pages_address_and_deploys_with_the_documented_permissions()
    {
        var workflow = Workflow("pages.yml");
        Assert.Equal(["main"], ((YamlSequenceNode)Map(Map(workflow, "on"), "push")["branches"]).Children.Select(c => ((YamlScalarNode)c).Value));
        var permissions = Map(workflow, "permissions");
        Assert.Equal("write", Text(permissions, "pages"));
        Assert.Equal("write", Text(permissions, "id-token"));
        Assert.Equal("read", Text(permissions, "contents"));
        Assert.Equal("pages", Text(Map(workflow, "concurrency"), "group"));
        Assert.Equal("false", Text(Map(workflow, "concurrency"), "cancel-in-progress"));

        var build = Steps(workflow, "build");
        Uses(build, "actions/checkout");
        Assert.Equal("global.json", Text(Map(Uses(build, "actions/setup-dotnet"), "with"), "global-json-file"));
        var pages = Uses(build, "actions/configure-pages");
        var runs = build.Where(s => Has(s, "run")).Select(s => Text(s, "run")).ToArray();
        var run = runs.Single(r => r.Contains(" -- build", StringComparison.Ordinal));
        Assert.Contains($"steps.{Text(pages, "id")}.outputs.base_url", run);
        AssertKnownCommand(run, "build");
        var upload = Uses(build, "actions/upload-pages-artifact");
        Assert.Equal("_site", Text(Map(upload, "with"), "path"));
        // A site over Pages' limit fails the job before its upload: check --pages reads the site just built.
        var fits = runs.Single(r => r.Contains(" -- check", StringComparison.Ordinal));
        AssertKnownCommand(fits, "check");
        Assert.Contains("--pages", fits.Split(' '));
        Assert.Contains("--output _site", fits);
        Assert.True(Array.IndexOf(runs, run) < Array.IndexOf(runs, fits), "the size is checked after the build");
        Assert.True(build.ToList().FindIndex(s => Has(s, "run") && Text(s, "run") == fits) < build.ToList().IndexOf(upload), "the size is checked before the upload");
        Assert.Contains("--output _site", run);
        // The published site has search: Node and the pinned Pagefind are installed before the build that indexes it.
        Assert.Contains("--search", run.Split(' '));
        Assert.Equal("package-lock.json", Text(Map(Uses(build, "actions/setup-node"), "with"), "cache-dependency-path"));
        Assert.True(File.Exists(Path.Combine(TestProject.RepositoryRoot(), "package-lock.json")));
        var install = Array.IndexOf(runs, "npm ci");
        Assert.True(install >= 0 && install < Array.IndexOf(runs, run), "npm ci (Pagefind) must run before the build");

        var deployJob = Map(Map(workflow, "jobs"), "deploy");
        Assert.Equal("build", Text(deployJob, "needs"));
        Assert.Equal("github-pages", Text(Map(deployJob, "environment"), "name"));
        Uses(Steps(workflow, "deploy"), "actions/deploy-pages");
    }

    [Fact]
    public void The_s3_workflow_builds_then_deploys_with_the_keys_from_secrets_only()
    {
        var text = File.ReadAllText(Path.Combine(TestProject.RepositoryRoot(), ".github", "workflows", "deploy-s3.yml"));
        var workflow = Workflow("deploy-s3.yml");
        Assert.Equal(["main"], ((YamlSequenceNode)Map(Map(workflow, "on"), "push")["branches"]).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Equal("read", Text(Map(workflow, "permissions"), "contents"));
        var job = Map(Map(workflow, "jobs"), "deploy");
        var env = Map(job, "env");
        Assert.Equal("${{ secrets.AWS_ACCESS_KEY_ID }}", Text(env, "AWS_ACCESS_KEY_ID"));
        Assert.Equal("${{ secrets.AWS_SECRET_ACCESS_KEY }}", Text(env, "AWS_SECRET_ACCESS_KEY"));
        // No key is written anywhere else in the workflow: only the two secrets' names.
        Assert.DoesNotMatch(@"AKIA[0-9A-Z]{12,}", text);

        var steps = Steps(workflow, "deploy");
        Uses(steps, "actions/checkout");
        Assert.Equal("global.json", Text(Map(Uses(steps, "actions/setup-dotnet"), "with"), "global-json-file"));
        var runs = steps.Where(s => Has(s, "run")).Select(s => Text(s, "run")).ToArray();
        var build = runs.Single(r => r.Contains(" -- build", StringComparison.Ordinal));
        var deploy = runs.Single(r => r.Contains(" -- deploy", StringComparison.Ordinal));
        AssertKnownCommand(build, "build");
        AssertKnownCommand(deploy, "deploy");
        Assert.True(Array.IndexOf(runs, build) < Array.IndexOf(runs, deploy), "the site is built before it is deployed");
        Assert.Contains("--output _site", build);
        Assert.Contains("--output _site", deploy);
        Assert.True(Array.IndexOf(runs, "npm ci") < Array.IndexOf(runs, build), "npm ci (Pagefind) must run before the build");
    }

    [Fact]
    public void The_nuget_cache_is_keyed_on_lock_files_that_exist()
    {
        var root = TestProject.RepositoryRoot();
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(root, "src"), "packages.lock.json", SearchOption.AllDirectories));
        var dotnet = Uses(Steps(Workflow("pages.yml"), "build"), "actions/setup-dotnet");
        Assert.Equal("**/packages.lock.json", Text(Map(dotnet, "with"), "cache-dependency-path"));
        Assert.True(File.Exists(Path.Combine(root, "global.json")));
    }

    /// <summary>The words after "--" name a verb of the CLI, and each --option is one of that verb's.</summary>
    private static void AssertKnownCommand(string run, string verb)
    {
        Assert.Contains("dotnet run --project src/DivergingReports.Cli", run);
        var args = run[(run.IndexOf(" -- ", StringComparison.Ordinal) + 4)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(verb, args[0]);
        var verbs = typeof(Cli.Cli).Assembly.GetTypes()
            .Select(t => (Type: t, Verb: t.GetCustomAttribute<VerbAttribute>()))
            .Where(x => x.Verb is not null)
            .ToDictionary(x => x.Verb!.Name, x => x.Type);
        Assert.True(verbs.ContainsKey(verb), $"divrep has no verb '{verb}'");
        var options = verbs[verb].GetProperties().Select(p => p.GetCustomAttribute<OptionAttribute>()?.LongName).OfType<string>().ToHashSet();
        foreach (var option in args.Where(a => a.StartsWith("--", StringComparison.Ordinal)))
            Assert.True(options.Contains(option[2..]), $"divrep {verb} has no option {option}");
    }
}
