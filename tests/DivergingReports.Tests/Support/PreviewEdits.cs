using DivergingReports.Serving;

namespace DivergingReports.Tests.Support;

/// <summary>An editor's save while the preview runs, and the rebuild it brings.</summary>
public static class PreviewEdits
{
    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> and waits for the rebuild that follows; fails the test when none comes within <paramref name="seconds"/>.</summary>
    public static async Task<RebuildOutcome> SaveAndWait(this PreviewHost host, TestProject project, string path, string text, int seconds = 10)
    {
        var done = new TaskCompletionSource<RebuildOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRebuilt(RebuildOutcome o) => done.TrySetResult(o);
        host.Rebuilt += OnRebuilt;
        try
        {
            project.Write(path, text);
            var finished = await Task.WhenAny(done.Task, Task.Delay(TimeSpan.FromSeconds(seconds)));
            Assert.True(finished == done.Task, $"no rebuild within {seconds} s of the edit");
            return await done.Task;
        }
        finally
        {
            host.Rebuilt -= OnRebuilt;
        }
    }
}
