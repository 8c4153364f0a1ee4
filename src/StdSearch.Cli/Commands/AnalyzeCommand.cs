using System.CommandLine;
using Spectre.Console;
using StdSearch.Text;

namespace StdSearch.Cli.Commands;

/// <summary><c>stdsearch analyze "text"</c>: shows how the text core folds and tokenizes a piece of text.</summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The text to analyze (quote it)" };
        var bigrams = new Option<bool>("--bigrams") { Description = "Show the bigram tokens the index holds instead of the words a query is split into" };
        var command = new Command("analyze", "Show the folded text and its tokens: the words a query is split into, or (--bigrams) the tokens the index holds") { text, bigrams };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            var folded = TextFolder.Default.Fold(input);
            AnsiConsole.MarkupLine($"[grey]original[/] {Markup.Escape(input)}");
            AnsiConsole.MarkupLine($"[grey]folded  [/] {Markup.Escape(folded.Text)}");
            using var tokenizer = new StandardTextTokenizer(parse.GetValue(bigrams) ? CjkSegmentation.Bigrams : CjkSegmentation.Words);
            var table = new Table().AddColumns("#", "term", "kind", "original", "offsets");
            var position = 0;
            foreach (var token in tokenizer.Tokenize(input))
            {
                position += token.PositionIncrement;
                table.AddRow(position.ToString(), Markup.Escape(token.Term), token.Kind.ToString(),
                    Markup.Escape(input[token.Start..token.End]), $"{token.Start}–{token.End}");
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
