using System.Collections.Concurrent;
using DivergingReports.Diagnostics;
using DivergingReports.Rendering;
using DivergingReports.Rendering.Templates;

namespace DivergingReports.Writing;

/// <summary>
/// What both writers do with the site's files: make each on every core unless it is up to date,
/// and hand its bytes on. A template that fails on one page does not stop the others: every
/// template error of the build is gathered, each place in a template once, and thrown together
/// once every file has been tried. Each file is let go as soon as it is done, so what several
/// files share (a story's texts, for its page and its data) is collected once the last is made.
/// </summary>
internal static class FileMaker
{
    /// <param name="files">The files, in the site's order; emptied as they are done.</param>
    /// <param name="upToDate">Whether file i need not be made (its key and bytes on disk vouch for it).</param>
    /// <param name="made">What to do with file i's bytes once made.</param>
    /// <returns>How many files were made.</returns>
    /// <exception cref="TemplateException">Templates failed; every failure, in template order.</exception>
    public static int Make(SiteFile?[] files, Func<int, SiteFile, bool> upToDate, Action<int, SiteFile, FileBytes> made)
    {
        var failures = new ConcurrentDictionary<FileLocation, Diagnostic>();
        var rendered = 0;
        OnEachCore.For(files.Length, i =>
        {
            var file = Interlocked.Exchange(ref files[i], null)!;
            if (upToDate(i, file)) return;
            using var bytes = new FileBytes();
            try
            {
                file.Make(bytes);
            }
            catch (TemplateException e)
            {
                // Which page meets a mistake first depends on the cores; the one said is the same every time.
                foreach (var diagnostic in e.Diagnostics)
                    failures.AddOrUpdate(diagnostic.Location, diagnostic, (_, other) => Diagnostic.Order.Compare(diagnostic, other) < 0 ? diagnostic : other);
                return;
            }
            Interlocked.Increment(ref rendered);
            made(i, file, bytes);
        });
        if (!failures.IsEmpty) throw new TemplateException(failures.Values.Order(Diagnostic.Order).ToArray());
        return rendered;
    }
}
