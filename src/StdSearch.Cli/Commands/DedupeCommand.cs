using System.CommandLine;
using Spectre.Console;
using StdSearch.Corpus;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Hosting;
using StdSearch.Indexing;
using StdSearch.Reporting;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch dedupe [--index DIR | &lt;folder&gt;] [--threshold J] [--json]</c>: near-duplicate standards (clusters),
/// reused clauses with their exact shared passages, and repeated bodies, over an index or the files of a folder.
/// Exit codes: 0 done, 2 the corpus could not be read.
/// </summary>
internal static class DedupeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Description = "A folder of documents to extract and check (instead of the index)", Arity = ArgumentArity.ZeroOrOne };
        var index = IndexCommand.IndexOption();
        var threshold = new Option<double?>("--threshold") { Description = "Estimated Jaccard similarity from which standards are near-duplicates (default 0.7)" };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON" };
        var command = new Command("dedupe", "Find near-duplicate standards, reused clauses and repeated bodies") { folder, index, threshold, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = CorpusOptions.Default;
            if (parse.GetValue(threshold) is { } t)
            {
                if (t is <= 0 or > 1) { Console.Error.WriteLine("--threshold takes a value in (0, 1]"); return 2; }
                options = options with { Threshold = t };
            }
            var documents = await LoadAsync(parse.GetValue(folder), parse.GetValue(index), parse.GetValue(json), cancellationToken);
            if (documents is null) return 2;
            var result = new DuplicateFinder(options).Find(documents, cancellationToken: cancellationToken);
            if (parse.GetValue(json)) Console.WriteLine(JsonReport.Serialize(result));
            else Print(result);
            return 0;
        });
        return command;
    }

    /// <summary>The documents of a folder (extracted; failures on stderr) or of an index; null when neither can be read.</summary>
    internal static async Task<IReadOnlyList<StandardDocument>?> LoadAsync(string? folder, string? indexDirectory, bool quiet, CancellationToken cancellationToken)
    {
        if (folder is not null)
        {
            if (!Directory.Exists(folder)) { Console.Error.WriteLine($"{folder}: no such folder"); return null; }
            var (documents, failures) = await ConsoleProgress.RunAsync<ExtractionProgress, (IReadOnlyList<StandardDocument>, IReadOnlyList<ExtractionOutcome>)>(
                "extracting", quiet, p => CorpusDocuments.FromFolderAsync(new DocumentExtractor(), folder, p, cancellationToken),
                p => (p.Completed, p.Total, p.Outcome.Path));
            foreach (var f in failures) Console.Error.WriteLine($"skipped {Path.GetRelativePath(folder, f.Path)}: {f.Failure?.Message}");
            return documents;
        }
        var directory = indexDirectory ?? StdSearchOptions.DefaultIndexDirectory();
        if (!Directory.Exists(directory)) { Console.Error.WriteLine($"no index at {directory} (give --index DIR or a folder)"); return null; }
        using var opened = new StandardsIndex(directory);
        return CorpusDocuments.FromIndex(opened, cancellationToken);
    }

    private static void Print(DedupeResult result)
    {
        AnsiConsole.MarkupLine($"[bold]{result.Documents}[/] documents, {result.Clauses} clauses; threshold {result.Threshold:0.##}");
        if (result.Clusters.Count == 0) AnsiConsole.MarkupLine("no near-duplicate standards");
        else
        {
            var table = new Table().Title("[bold]near-duplicate standards[/]").AddColumns("#", "representative", "member", "similarity", "source");
            var n = 0;
            foreach (var c in result.Clusters)
            {
                n++;
                foreach (var m in c.MemberSimilarity.Skip(1))
                    table.AddRow(n.ToString(), Markup.Escape(c.Representative), Markup.Escape(m.Id + (m.IsDraft ? " (draft)" : "")),
                        m.Exact ? "[green]identical[/]" : $"{m.Similarity:0.00}", Markup.Escape(m.Source));
            }
            AnsiConsole.Write(table);
        }
        if (result.Overlaps.Count > 0)
        {
            var table = new Table().Title("[bold]shared clauses[/]").AddColumns("A", "B", "similarity", "clauses", "share of A", "share of B", "example passage");
            foreach (var o in result.Overlaps)
            {
                var p = o.Passages.OrderByDescending(x => x.Characters).First();
                table.AddRow(Markup.Escape(o.A), Markup.Escape(o.B), $"{o.Similarity:0.00}", o.SharedClauses.ToString(), $"{o.ShareOfA:P0}", $"{o.ShareOfB:P0}",
                    Markup.Escape($"{p.AClause}↔{p.BClause} {Shorten(p.Text, 40)}"));
            }
            AnsiConsole.Write(table);
        }
        foreach (var r in result.RepeatedBodies)
            AnsiConsole.MarkupLine($"[yellow]repeated body[/] {Markup.Escape(r.Id)} ({Markup.Escape(r.Source)}): {Markup.Escape(r.Reason)}");
        AnsiConsole.MarkupLine($"[grey]{Markup.Escape(result.Method)}[/]");
    }

    internal static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..max] + "…";
    }
}
