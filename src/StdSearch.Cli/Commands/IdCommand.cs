using System.CommandLine;
using Spectre.Console;
using StdSearch.Documents;

namespace StdSearch.Cli.Commands;

/// <summary><c>stdsearch id "text"</c>: finds and explains the standard numbers in a piece of text.</summary>
internal static class IdCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "Text containing standard numbers, e.g. \"本文件代替GB/T 7714—2005\"" };
        var command = new Command("id", "Find standard numbers in text and show how they parse") { text };
        command.SetAction(parse =>
        {
            var input = parse.GetValue(text)!;
            var matches = StandardIdFinder.FindAll(input);
            if (matches.Count == 0 && StandardId.TryParse(input, out var whole))
                matches = [new StandardIdMatch(whole, 0, input.Length)];
            if (matches.Count == 0)
            {
                StandardId.TryParse(input, out _, out var reason);
                Console.Error.WriteLine($"no standard number found: {reason}");
                return 1;
            }
            var table = new Table().AddColumns("as written", "canonical", "display", "level", "nature", "number", "year", "region / sector");
            foreach (var m in matches)
            {
                var id = m.Id;
                table.AddRow(Markup.Escape(input.Substring(m.Start, m.Length)), Markup.Escape(id.Canonical), Markup.Escape(id.Display),
                    id.Level.ToString(), id.Nature.ToString(), Markup.Escape(id.Number), id.Year?.ToString() ?? "—",
                    Markup.Escape(id.Region ?? id.Sector ?? ""));
            }
            AnsiConsole.Write(table);
            return 0;
        });
        return command;
    }
}
