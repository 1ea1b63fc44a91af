using System.Collections.Concurrent;
using System.Reflection;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: Xunit.TestFramework("DivergingReports.Tests.Support.TestRunFramework", "DivergingReports.Tests")]

namespace DivergingReports.Tests.Support;

/// <summary>What the tests share for the whole run (the browser, sites built once), closed when the last test is done.</summary>
public static class TestRun
{
    private static readonly ConcurrentStack<Func<Task>> Cleanups = new();

    /// <summary>Runs <paramref name="cleanup"/> after the last test, before the run is reported finished (last registered, first run).</summary>
    public static void AtEnd(Func<Task> cleanup) => Cleanups.Push(cleanup);

    internal static async Task EndAsync(IMessageSink diagnostics)
    {
        while (Cleanups.TryPop(out var cleanup))
        {
            try { await cleanup(); }
            catch (Exception e) { diagnostics.OnMessage(new DiagnosticMessage($"cleanup after the test run failed: {e}")); }
        }
    }
}

/// <summary>
/// xunit's own framework, which also runs <see cref="TestRun.AtEnd"/>'s cleanups. They cannot wait
/// for process exit: vstest kills the test process 100 ms after the run is reported finished, which
/// leaves Chromium orphaned and its profile folder behind.
/// </summary>
public sealed class TestRunFramework(IMessageSink diagnostics) : XunitTestFramework(diagnostics)
{
    protected override ITestFrameworkExecutor CreateExecutor(AssemblyName assemblyName) =>
        new Executor(assemblyName, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Executor(AssemblyName assembly, ISourceInformationProvider sources, IMessageSink diagnostics)
        : XunitTestFrameworkExecutor(assembly, sources, diagnostics)
    {
        protected override async void RunTestCases(IEnumerable<IXunitTestCase> testCases, IMessageSink executionMessageSink, ITestFrameworkExecutionOptions executionOptions)
        {
            using var runner = new Runner(TestAssembly, testCases, DiagnosticMessageSink, executionMessageSink, executionOptions);
            await runner.RunAsync();
        }
    }

    private sealed class Runner(ITestAssembly assembly, IEnumerable<IXunitTestCase> testCases, IMessageSink diagnostics, IMessageSink execution, ITestFrameworkExecutionOptions options)
        : XunitTestAssemblyRunner(assembly, testCases, diagnostics, execution, options)
    {
        protected override async Task BeforeTestAssemblyFinishedAsync()
        {
            await TestRun.EndAsync(DiagnosticMessageSink);
            await base.BeforeTestAssemblyFinishedAsync();
        }
    }
}
