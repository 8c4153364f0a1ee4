using System.CommandLine;
using StdSearch.Comparison;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Reporting.Comparison;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch compare &lt;a&gt; &lt;b&gt; [--json | --md FILE | --html FILE]</c>: compares two standards clause by clause.
/// Without an output option prints the Markdown report. Exit codes: 0 compared, 2 a document could not be read.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var a = new Argument<string>("a") { Description = "Document A (PDF, DOCX, HTML or text file): the reference side" };
        var b = new Argument<string>("b") { Description = "Document B, compared against A" };
        var index = new Option<string?>("--index") { Description = "Index folder for looking up standard ids (not available yet: pass files)" };
        var json = new Option<bool>("--json") { Description = "Print the comparison as JSON" };
        var md = new Option<string?>("--md") { Description = "Write a Markdown report to FILE" };
        var html = new Option<string?>("--html") { Description = "Write a self-contained HTML report to FILE" };
        var command = new Command("compare", "Compare two standards: aligned clauses, changes, conflicts, IDT/MOD/NEQ") { a, b, index, json, md, html };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var extractor = new DocumentExtractor();
            var documents = new List<StandardDocument>();
            foreach (var target in new[] { parse.GetValue(a)!, parse.GetValue(b)! })
            {
                if (!File.Exists(target))
                {
                    Console.Error.WriteLine($"{target}: no such file (looking up ids in an index needs the search stage)");
                    return 2;
                }
                try { documents.Add(await extractor.ExtractAsync(target, cancellationToken)); }
                catch (ExtractionException e) { Console.Error.WriteLine(e.Message); return 2; }
            }
            var result = new StandardComparer().Compare(documents[0], documents[1]);
            if (parse.GetValue(md) is { } mdFile) await File.WriteAllTextAsync(mdFile, ComparisonMarkdownWriter.Write(result), cancellationToken);
            if (parse.GetValue(html) is { } htmlFile) await File.WriteAllTextAsync(htmlFile, ComparisonHtmlWriter.Write(result), cancellationToken);
            if (parse.GetValue(json)) Console.WriteLine(ComparisonJsonWriter.Write(result));
            else if (parse.GetValue(md) is null && parse.GetValue(html) is null) Console.WriteLine(ComparisonMarkdownWriter.Write(result));
            return 0;
        });
        return command;
    }
}
