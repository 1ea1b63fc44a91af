using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace DivergingReports.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), and free local ports for servers under test.
/// One Chromium serves the whole test run: launching one costs seconds of CPU, a context costs
/// milliseconds. Each test opens its own context (cookies, storage, routes, viewport and colour
/// scheme live there) and disposes it; contexts are independent, so tests may share the browser concurrently.
/// </summary>
public static class Browser
{
    private static readonly Lazy<Task<(IPlaywright Playwright, IBrowser Browser)>> Launched = new(LaunchAsync);

    /// <summary>The run's Chromium, launched by the first test that asks; skips (or fails under CI) when Chromium is missing.</summary>
    public static async Task<IBrowser> Shared()
    {
        Tools.Require(Tool.Chromium);
        return (await Launched.Value).Browser;
    }

    /// <summary>A fresh context of the run's Chromium, for one test to use and dispose.</summary>
    public static async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        var context = await (await Shared()).NewContextAsync(options);
        // Generous: on a busy two-core machine a page of the larger sites can take many seconds; a real fault still fails.
        context.SetDefaultTimeout(60_000);
        return context;
    }

    private static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Tools.Require(Tool.Chromium),
            Headless = true,
            // Without the background-networking switches Chromium keeps dialling out on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Timeout = 60_000,
        });
        // Closed when the test run ends, so that no Chromium or profile folder outlives it.
        TestRun.AtEnd(async () =>
        {
            await browser.CloseAsync();
            playwright.Dispose();
        });
        return (playwright, browser);
    }

    /// <summary>A loopback port nothing listens on right now.</summary>
    public static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
