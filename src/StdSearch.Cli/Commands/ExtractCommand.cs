using System.CommandLine;
using Spectre.Console;
using StdSearch.Documents;
using StdSearch.Extraction;
using StdSearch.Reporting;

namespace StdSearch.Cli.Commands;

/// <summary>
/// <c>stdsearch extract &lt;file-or-folder&gt; [--json]</c>: the structure of a standard as a readable tree, or the whole
/// <see cref="StandardDocument"/> as JSON. A folder is extracted as a batch that goes on after failures.
/// Exit codes: 0 all extracted, 1 some files of a folder failed, 2 the file failed (one line on stderr says why).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A PDF, DOCX, HTML or text file, or a folder of them" };
        var json = new Option<bool>("--json") { Description = "Print the full StandardDocument as JSON (camelCase keys)" };
        var password = new Option<string?>("--password") { Description = "Password of an encrypted PDF" };
        var command = new Command("extract", "Extract the structure and metadata of standards documents") { path, json, password };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var target = parse.GetValue(path)!;
            var options = ExtractionOptions.Default with { Password = parse.GetValue(password) };
            var extractor = new DocumentExtractor(options);
            return Directory.Exists(target)
                ? await ExtractFolderAsync(extractor, target, parse.GetValue(json), cancellationToken)
                : await ExtractFileAsync(extractor, target, parse.GetValue(json), cancellationToken);
        });
        return command;
    }

    private static async Task<int> ExtractFileAsync(DocumentExtractor extractor, string file, bool json, CancellationToken cancellationToken)
    {
        StandardDocument document;
        try
        {
            document = await extractor.ExtractAsync(file, cancellationToken);
        }
        catch (ExtractionException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        if (json) Console.WriteLine(JsonReport.Serialize(document));
        else WriteTree(document);
        return 0;
    }

    private static async Task<int> ExtractFolderAsync(DocumentExtractor extractor, string folder, bool json, CancellationToken cancellationToken)
    {
        var files = DocumentFiles.Expand([folder]);
        var outcomes = await ConsoleProgress.RunAsync<ExtractionProgress, IReadOnlyList<ExtractionOutcome>>("extracting", quiet: json,
            progress => extractor.ExtractManyAsync(files, progress, cancellationToken),
            p => (p.Completed, p.Total, p.Outcome.Path));
        if (json)
        {
            Console.WriteLine(JsonReport.Serialize(outcomes.Select(o => new
            {
                path = Path.GetRelativePath(folder, o.Path),
                document = o.Document,
                error = o.Failure is null ? null : new { reason = ExtractionException.ReasonText(o.Failure.Reason), message = o.Failure.Detail },
            })));
        }
        else
        {
            var table = new Table().Title($"[bold]{Markup.Escape(folder)}[/]")
                .AddColumns("file", "result", "id", "title", "clauses", "terms", "warnings");
            foreach (var o in outcomes)
            {
                var name = Markup.Escape(Path.GetRelativePath(folder, o.Path));
                if (o.Document is { } d)
                {
                    var numbered = d.AllClauses().Count(c => c.Kind is ClauseKind.Chapter or ClauseKind.Clause or ClauseKind.Term or ClauseKind.Annex or ClauseKind.Section);
                    table.AddRow(name, "[green]ok[/]", Markup.Escape(d.Id.IsEmpty ? "—" : d.Id.Display), Markup.Escape(Shorten(d.Title, 28)),
                        numbered.ToString(), d.Terms.Count.ToString(), Markup.Escape(string.Join(", ", d.Warnings.Select(w => w.Code).Distinct())));
                }
                else
                {
                    table.AddRow(name, $"[red]{ExtractionException.ReasonText(o.Failure!.Reason)}[/]", "", Markup.Escape(Shorten(o.Failure.Detail, 40)), "", "", "");
                }
            }
            AnsiConsole.Write(table);
            var failed = outcomes.Count(o => !o.Succeeded);
            AnsiConsole.MarkupLine($"{outcomes.Count - failed} extracted, {failed} failed");
        }
        return outcomes.All(o => o.Succeeded) ? 0 : 1;
    }

    private static void WriteTree(StandardDocument d)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(d.Id.IsEmpty ? d.Key : d.Id.Display)}[/]  {Markup.Escape(d.Title)}");
        if (d.TitleEn.Length > 0) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(d.TitleEn)}[/]");
        var facts = new List<string>();
        if (d.DocumentType.Length > 0) facts.Add(d.DocumentType);
        if (d.Ics.Count > 0) facts.Add("ICS " + string.Join("; ", d.Ics));
        if (d.Ccs.Count > 0) facts.Add("CCS " + string.Join("; ", d.Ccs));
        if (d.Issued is { } issued) facts.Add($"发布 {issued:yyyy-MM-dd}");
        if (d.Effective is { } effective) facts.Add($"实施 {effective:yyyy-MM-dd}");
        if (d.Replaces.Count > 0) facts.Add("代替 " + string.Join("、", d.Replaces.Select(r => r.Display)));
        if (d.Adoption is { } a) facts.Add($"{a.Degree.ToCode()} {a.Source.Canonical}");
        if (d.IsDraft) facts.Add(d.DraftStage);
        if (d.Committee.Length > 0) facts.Add("归口 " + d.Committee);
        if (facts.Count > 0) AnsiConsole.MarkupLine($"[grey]{Markup.Escape(string.Join(" · ", facts))}[/]");
        AnsiConsole.MarkupLine($"[grey]{d.NormativeReferences.Count} normative references · {d.Terms.Count} terms · {d.TechnicalChanges.Count} technical changes · {d.PageCount} pages[/]");

        var tree = new Tree(Markup.Escape(d.SourceName));
        foreach (var clause in d.Clauses) AddNode(tree.AddNode(Label(clause)), clause);
        AnsiConsole.Write(tree);
        foreach (var w in d.Warnings)
            AnsiConsole.MarkupLine($"[yellow]warning[/] {w.Code}{(w.Page is int p ? $" (page {p})" : "")}: {Markup.Escape(w.Message)}");
    }

    private static void AddNode(TreeNode node, Clause clause)
    {
        foreach (var child in clause.Children)
        {
            if (child.Kind is ClauseKind.Paragraph or ClauseKind.ListItem or ClauseKind.Note or ClauseKind.Example or ClauseKind.Formula) continue;
            AddNode(node.AddNode(Label(child)), child);
        }
    }

    private static string Label(Clause c)
    {
        var number = c.Kind == ClauseKind.Annex ? $"附录{c.Number}" : c.Number;
        var status = c.AnnexStatus switch { AnnexStatus.Normative => "（规范性）", AnnexStatus.Informative => "（资料性）", _ => "" };
        var head = $"[bold]{Markup.Escape(number)}[/] {Markup.Escape(status + c.Heading)}".Trim();
        var text = c.Text.Length > 0 ? c.Text : c.Children.FirstOrDefault(k => k.Kind == ClauseKind.Paragraph)?.Text ?? "";
        if (c.Kind == ClauseKind.Table) text = $"{c.Rows.Count} rows";
        return text.Length == 0 ? head : $"{head} [grey]{Markup.Escape(Shorten(text, 48))}[/]";
    }

    private static string Shorten(string s, int max)
    {
        s = s.ReplaceLineEndings(" ");
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
