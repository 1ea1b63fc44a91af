using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;

namespace DivergingReports.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright (never a downloaded browser), and free local ports for servers under test.</summary>
public static class Browser
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchChromiumAsync()
    {
        var chromium = Tools.Require(Tool.Chromium);
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // Without the background-networking switches Chromium keeps dialling out on a closed network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Timeout = 60_000,
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
