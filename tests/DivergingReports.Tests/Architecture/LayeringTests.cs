using System.CodeDom.Compiler;
using System.Reflection;
using System.Runtime.CompilerServices;
using DivergingReports.Building;
using DivergingReports.Rendering.Templates;
using Mono.Cecil;
using NetArchTest.Rules;

namespace DivergingReports.Tests.Architecture;

/// <summary>
/// The core library's layering: one namespace per stage, data flowing one way (files → model →
/// site plan → pages on disk), the template engine and the web server each kept inside one
/// namespace, and the command line on top. Dependencies are read from the compiled assemblies
/// (signatures, fields, method bodies, attributes), not from the <c>using</c>s.
/// </summary>
public class LayeringTests
{
    private const string Unicode = "DivergingReports.Unicode";
    private const string Diagnostics = "DivergingReports.Diagnostics";
    private const string Model = "DivergingReports.Model";
    private const string Validation = "DivergingReports.Validation";
    private const string ValidationChecks = "DivergingReports.Validation.Checks";
    private const string Content = "DivergingReports.Content";
    private const string ContentSchema = "DivergingReports.Content.Schema";
    private const string ContentYaml = "DivergingReports.Content.Yaml";
    private const string ContentPaste = "DivergingReports.Content.Paste";
    private const string ContentFiles = "DivergingReports.Content.Files";
    private const string Analysis = "DivergingReports.Analysis";
    private const string Planning = "DivergingReports.Planning";
    private const string Rendering = "DivergingReports.Rendering";
    private const string RenderingViews = "DivergingReports.Rendering.Views";
    private const string RenderingFeeds = "DivergingReports.Rendering.Feeds";
    private const string RenderingTemplates = "DivergingReports.Rendering.Templates";
    private const string RenderingPages = "DivergingReports.Rendering.Pages";
    private const string Writing = "DivergingReports.Writing";
    private const string Search = "DivergingReports.Search";
    private const string Building = "DivergingReports.Building";
    private const string Serving = "DivergingReports.Serving";
    private const string Importing = "DivergingReports.Importing";
    private const string Scaffolding = "DivergingReports.Scaffolding";
    private const string Deploying = "DivergingReports.Deploying";

    /// <summary>
    /// Every namespace of the core library and the namespaces it may use besides itself, bottom
    /// stage first: a namespace uses only what lies below it. A new namespace needs a row here.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, string[]> MayUse = new Dictionary<string, string[]>
    {
        // Letters as Unicode defines them, read without ICU (the tool runs with invariant globalization).
        [Unicode] = [],
        [Diagnostics] = [],
        [Model] = [Diagnostics],
        // ContentChecks runs the cross-file rules of Validation.Checks, which implement Validation's IContentCheck.
        [Validation] = [Unicode, Diagnostics, Model, ValidationChecks],
        [ValidationChecks] = [Diagnostics, Model, Validation],
        // The JSON Schemas carry Validation's own patterns and country codes, so the editor's checks and divrep's cannot drift.
        [ContentSchema] = [Model, Validation],
        [ContentYaml] = [Diagnostics, Model, Validation, ContentSchema],
        [ContentPaste] = [Diagnostics, Model, Validation],
        // The one way a file of the publication is opened: a regular file, never through a link, of a bounded size.
        [ContentFiles] = [],
        [Content] = [Diagnostics, Model, Validation, ContentSchema, ContentYaml, ContentPaste, ContentFiles],
        [Analysis] = [Unicode],
        [Planning] = [Diagnostics, Model, Validation],
        [RenderingViews] = [],
        [RenderingFeeds] = [],
        [RenderingTemplates] = [Diagnostics, Content, ContentFiles, RenderingViews],
        [Rendering] = [Diagnostics, Model, Validation, Content, Analysis, Planning, RenderingViews, RenderingFeeds, RenderingTemplates],
        [RenderingPages] = [Diagnostics, Model, Planning, Rendering, RenderingViews, RenderingFeeds, RenderingTemplates],
        [Writing] = [Diagnostics, Content, ContentFiles, Rendering, RenderingTemplates],
        // Pagefind, run over a site once it is written: it knows the publication's folder, nothing of the pages.
        [Search] = [Diagnostics, Content],
        [Building] = [Diagnostics, Model, Validation, Content, ContentFiles, Planning, Rendering, RenderingPages, RenderingTemplates, Writing, Search],
        [Serving] = [Diagnostics, Model, Content, Planning, Rendering, RenderingTemplates, Writing, Building, Search],
        // The editor tools write their new files atomically with Writing's NewFile.
        [Importing] = [Diagnostics, Model, Validation, Content, ContentYaml, ContentPaste, Writing],
        [Scaffolding] = [Diagnostics, Validation, Content, ContentSchema, ContentYaml, Writing],
        // divrep deploy: a built site (files on disk) to a bucket; it reads site.yml's settings, nothing of the pages.
        [Deploying] = [Diagnostics, Model],
    };

    private static readonly Assembly CoreAssembly = typeof(SitePipeline).Assembly;
    private static readonly Assembly CliAssembly = typeof(global::DivergingReports.Cli.Cli).Assembly;
    private static readonly Types CoreTypes = Types.InAssembly(CoreAssembly);

    [Fact]
    public void Every_namespace_of_the_core_has_a_row_in_the_layering_table()
    {
        var present = NamespacesOf(CoreAssembly);
        var missing = present.Except(MayUse.Keys).ToList();
        var stale = MayUse.Keys.Except(present).ToList();
        var unknown = MayUse.Values.SelectMany(uses => uses).Except(MayUse.Keys).Distinct().ToList();

        Assert.True(missing.Count == 0 && stale.Count == 0 && unknown.Count == 0,
            "LayeringTests.MayUse must list exactly the core's namespaces."
            + Lines("Namespaces without a row (say what they may use):", missing)
            + Lines("Rows for namespaces that no longer exist:", stale)
            + Lines("Used in a row but not a namespace of the core:", unknown));
    }

    [Fact]
    public void Each_namespace_of_the_core_uses_only_the_namespaces_below_it()
    {
        var violations = new List<string>();
        foreach (var (ns, allowed) in MayUse)
        {
            var forbidden = MayUse.Keys.Where(other => other != ns && !allowed.Contains(other)).ToList();
            var result = CoreTypes.That().MeetCustomRule(new InNamespace(ns))
                .ShouldNot().HaveDependencyOnAny(TopLevelTypeNames(forbidden)).GetResult();
            if (result.IsSuccessful) continue;
            foreach (var type in result.FailingTypeNames)
            {
                var used = forbidden.Where(f => !CoreTypes.That().MeetCustomRule(new Named(type))
                    .ShouldNot().HaveDependencyOnAny(TopLevelTypeNames([f])).GetResult().IsSuccessful);
                violations.Add($"{type} uses {string.Join(", ", used)}");
            }
        }

        Assert.True(violations.Count == 0,
            "A namespace uses one that its row in LayeringTests.MayUse does not allow (one above it, or beside it):"
            + Lines("", violations));
    }

    [Fact]
    public void The_stages_have_no_dependency_cycles()
    {
        // A stage is a top-level namespace of the core with its sub-namespaces (Rendering with Rendering.Views, ...).
        var stages = MayUse.Keys.Select(StageOf).Distinct().ToList();
        var users = new Dictionary<(string From, string To), IReadOnlyList<string>>();
        foreach (var from in stages)
            foreach (var to in stages.Where(to => to != from))
            {
                var result = CoreTypes.That().MeetCustomRule(new InStage(from))
                    .ShouldNot().HaveDependencyOn(to).GetResult();
                if (!result.IsSuccessful) users[(from, to)] = result.FailingTypeNames;
            }

        var cycles = StronglyConnected(stages, users.Keys).Where(group => group.Count > 1).ToList();
        var report = cycles.SelectMany(group => users
            .Where(edge => group.Contains(edge.Key.From) && group.Contains(edge.Key.To))
            .Select(edge => $"{edge.Key.From} -> {edge.Key.To}: {string.Join(", ", edge.Value)}"));

        Assert.True(cycles.Count == 0,
            "Stages depend on each other in a cycle ("
            + string.Join("; ", cycles.Select(group => string.Join(" <-> ", group)))
            + "). The dependencies inside each cycle:" + Lines("", report));
    }

    [Fact]
    public void Only_Rendering_Templates_uses_the_Scriban_engine()
    {
        var result = Types.InAssemblies([CoreAssembly, CliAssembly])
            .That().DoNotResideInNamespace(RenderingTemplates)
            .ShouldNot().HaveDependencyOn("Scriban").GetResult();

        AssertPasses(result, $"Scriban is used outside {RenderingTemplates}; put the use behind ITemplateSet there.");
    }

    [Fact]
    public void Building_Serving_and_the_stages_below_them_use_ITemplateSet_and_never_ScribanTemplateSet()
    {
        // The command line picks the engine (it hands ScribanTemplateSet.Load to SiteBuilder and PreviewHost).
        var result = CoreTypes
            .That().DoNotResideInNamespace(RenderingTemplates)
            .ShouldNot().HaveDependencyOn(typeof(ScribanTemplateSet).FullName!).GetResult();

        AssertPasses(result, "The core refers to ScribanTemplateSet outside Rendering.Templates; take an ITemplateSet (or a TemplateEngine) instead.");
    }

    [Fact]
    public void Only_Serving_uses_ASP_NET_Core()
    {
        var result = Types.InAssemblies([CoreAssembly, CliAssembly])
            .That().DoNotResideInNamespace(Serving)
            .ShouldNot().HaveDependencyOn("Microsoft.AspNetCore").GetResult();

        AssertPasses(result, $"Microsoft.AspNetCore is used outside {Serving}.");
    }

    [Fact]
    public void Only_Deploying_uses_the_AWS_SDK()
    {
        var result = Types.InAssemblies([CoreAssembly, CliAssembly])
            .That().DoNotResideInNamespace(Deploying)
            .ShouldNot().HaveDependencyOn("Amazon").GetResult();

        AssertPasses(result, $"The AWS SDK (Amazon.*) is used outside {Deploying}; put the use behind IBucket there.");
    }

    [Fact]
    public void The_core_library_never_depends_on_the_command_line()
    {
        var result = CoreTypes.ShouldNot().HaveDependencyOnAny("DivergingReports.Cli", "CommandLine").GetResult();
        AssertPasses(result, "The core library uses the divrep command line (DivergingReports.Cli) or CommandLineParser.");

        var cli = CliAssembly.GetName().Name;
        var references = CoreAssembly.GetReferencedAssemblies().Select(name => name.Name)
            .Where(name => name == cli || name == "CommandLine").ToList();
        Assert.True(references.Count == 0, $"{CoreAssembly.GetName().Name} references {string.Join(", ", references)}.");
    }

    [Fact]
    public void The_model_is_plain_data_without_delegates()
    {
        const BindingFlags every = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public
            | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var offenders = CoreAssembly.GetTypes()
            .Where(type => type.Namespace == Model && !IsGenerated(type))
            .SelectMany(type => type.GetFields(every).Select(f => (Type: type, Member: $"field {f.Name}", f.FieldType))
                .Concat(type.GetProperties(every).Select(p => (Type: type, Member: $"property {p.Name}", FieldType: p.PropertyType))))
            .Where(member => HoldsDelegate(member.FieldType))
            .Select(member => $"{member.Type.FullName}: {member.Member} of type {member.FieldType}")
            .Distinct()
            .ToList();

        Assert.True(offenders.Count == 0,
            $"{Model} is plain data, but these members hold delegates (compute in a later stage instead):" + Lines("", offenders));
    }

    private static void AssertPasses(TestResult result, string message) =>
        Assert.True(result.IsSuccessful, message + Lines("Offending types:", result.FailingTypeNames ?? []));

    private static string Lines(string heading, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0) return "";
        return (heading.Length > 0 ? "\n" + heading : "") + "\n  " + string.Join("\n  ", list);
    }

    /// <summary>The namespaces the assembly's own (not compiler-made or generated) top-level types live in.</summary>
    private static HashSet<string> NamespacesOf(Assembly assembly) =>
        assembly.GetTypes().Where(type => !type.IsNested && !IsGenerated(type)).Select(type => type.Namespace ?? "(global)").ToHashSet();

    private static string[] TopLevelTypeNames(IEnumerable<string> namespaces)
    {
        var set = namespaces.ToHashSet();
        return CoreAssembly.GetTypes().Where(type => !type.IsNested && type.Namespace is { } ns && set.Contains(ns))
            .Select(type => type.FullName!).ToArray();
    }

    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute), false) || type.IsDefined(typeof(GeneratedCodeAttribute), false);

    private static bool HoldsDelegate(Type type) =>
        typeof(Delegate).IsAssignableFrom(type)
        || (type.HasElementType && HoldsDelegate(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(HoldsDelegate));

    private static string StageOf(string ns) => string.Join('.', ns.Split('.').Take(2));

    private static string NamespaceOf(TypeDefinition type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type.Namespace;
    }

    /// <summary>Types (and their nested types) declared in exactly this namespace, not in one below it.</summary>
    private sealed class InNamespace(string ns) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => NamespaceOf(type) == ns;
    }

    /// <summary>Types declared in a stage's namespace or in one of its sub-namespaces.</summary>
    private sealed class InStage(string stage) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => StageOf(NamespaceOf(type)) == stage;
    }

    private sealed class Named(string fullName) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type) => type.FullName == fullName;
    }

    /// <summary>Tarjan's strongly connected components of the graph.</summary>
    private static List<List<string>> StronglyConnected(IReadOnlyList<string> nodes, IEnumerable<(string From, string To)> edges)
    {
        var next = nodes.ToDictionary(node => node, _ => new List<string>());
        foreach (var (from, to) in edges) next[from].Add(to);
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var components = new List<List<string>>();

        void Visit(string node)
        {
            var order = index.Count;
            index[node] = order;
            low[node] = order;
            stack.Push(node);
            foreach (var to in next[node])
            {
                if (!index.ContainsKey(to)) { Visit(to); low[node] = Math.Min(low[node], low[to]); }
                else if (stack.Contains(to)) low[node] = Math.Min(low[node], index[to]);
            }
            if (low[node] != index[node]) return;
            var component = new List<string>();
            string member;
            do { member = stack.Pop(); component.Add(member); } while (member != node);
            components.Add(component);
        }

        foreach (var node in nodes.Where(node => !index.ContainsKey(node))) Visit(node);
        return components;
    }
}
