using Spectre.Console;

namespace StdSearch.Cli.Commands;

/// <summary>A Spectre progress bar around a batch, shown only on an interactive terminal (piped output stays clean).</summary>
internal static class ConsoleProgress
{
    /// <summary>
    /// Runs <paramref name="batch"/>; on a terminal with a progress bar that <paramref name="describe"/> fills from each
    /// report (completed, total, the current file), otherwise with no progress reporting at all.
    /// </summary>
    public static Task<TResult> RunAsync<TReport, TResult>(string label, bool quiet,
        Func<IProgress<TReport>?, Task<TResult>> batch, Func<TReport, (int Completed, int Total, string File)> describe)
    {
        if (quiet || Console.IsOutputRedirected || Console.IsErrorRedirected) return batch(null);
        return AnsiConsole.Progress().AutoClear(true).StartAsync(async context =>
        {
            var task = context.AddTask(label, maxValue: 1);
            var progress = new Progress<TReport>(report =>
            {
                var (completed, total, file) = describe(report);
                task.MaxValue = total;
                task.Value = completed;
                task.Description = Markup.Escape(Path.GetFileName(file));
            });
            return await batch(progress);
        });
    }
}
