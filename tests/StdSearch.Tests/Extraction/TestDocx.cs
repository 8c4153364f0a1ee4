using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace StdSearch.Tests.Extraction;

/// <summary>Builds small Word documents in memory, the way Word stores them: styles, list definitions, body.</summary>
internal static class TestDocx
{
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3Chinese = "3";      // Chinese Word names built-in styles "标题 3" with id "3"
    public const string ChapterStyle = "ChapterTitle"; // the standard-drafting template's 章标题
    public const string NumberedClause = "NumberedClause"; // a style that carries its own numbering (numId 5)

    /// <summary>Multi-level clause numbering %1 / %1.%2 / %1.%2.%3.</summary>
    public const int ClauseList = 1;
    /// <summary>Items a) b) c).</summary>
    public const int ItemList = 2;
    /// <summary>Items a) b) c), restarted by a startOverride.</summary>
    public const int ItemListRestarted = 3;
    /// <summary>一、 二、 三、</summary>
    public const int ChineseList = 4;
    /// <summary>The list behind <see cref="NumberedClause"/>.</summary>
    public const int StyleList = 5;
    /// <summary>Dash bullets ——.</summary>
    public const int DashList = 6;

    public static byte[] Build(params OpenXmlElement[] blocks)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.Document = new Document(new Body(blocks));
            main.Document.Save();
        }
        return stream.ToArray();
    }

    public static Paragraph P(string text, string? style = null, int? numId = null, int level = 0, bool bold = false, bool center = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null) properties.Append(new ParagraphStyleId { Val = style });
        if (numId is not null)
            properties.Append(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId.Value }));
        if (center) properties.Append(new Justification { Val = JustificationValues.Center });
        return new Paragraph(properties, R(text, bold));
    }

    public static Run R(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold()));
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Table Table(params string[][] rows)
    {
        var table = new Table(new TableProperties(new TableStyle { Val = "TableGrid" }));
        var first = true;
        foreach (var row in rows)
        {
            var bold = first;
            table.Append(new TableRow(row.Select(cell => new TableCell(new Paragraph(R(cell, bold))))));
            first = false;
        }
        return table;
    }

    private static Styles Styles() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new FontSize { Val = "21" }))),
        new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        HeadingStyle(Heading1, "heading 1"),
        HeadingStyle(Heading2, "heading 2"),
        HeadingStyle(Heading3Chinese, "标题 3"),
        HeadingStyle(ChapterStyle, "章标题"),
        new Style(
            new StyleName { Val = "Numbered clause" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = StyleList })))
        { Type = StyleValues.Paragraph, StyleId = NumberedClause });

    private static Style HeadingStyle(string id, string name) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new StyleRunProperties(new Bold(), new FontSize { Val = "28" }))
    { Type = StyleValues.Paragraph, StyleId = id };

    private static Numbering Numbering() => new(
        Abstract(1, ("decimal", "%1"), ("decimal", "%1.%2"), ("decimal", "%1.%2.%3")),
        Abstract(2, ("lowerLetter", "%1)"), ("decimal", "%2)")),
        Abstract(4, ("chineseCounting", "%1、")),
        Abstract(5, ("decimal", "%1")),
        Abstract(6, ("bullet", "——")),
        Num(ClauseList, 1),
        Num(ItemList, 2),
        new NumberingInstance(
            new AbstractNumId { Val = 2 },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = ItemListRestarted },
        Num(ChineseList, 4),
        Num(StyleList, 5),
        Num(DashList, 6));

    private static AbstractNum Abstract(int id, params (string Format, string Text)[] levels)
    {
        var abstractNum = new AbstractNum { AbstractNumberId = id };
        for (var i = 0; i < levels.Length; i++)
        {
            var level = new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = new EnumValue<NumberFormatValues>(new NumberFormatValues(levels[i].Format)) },
                new LevelText { Val = levels[i].Text })
            { LevelIndex = i };
            abstractNum.Append(level);
        }
        return abstractNum;
    }

    private static NumberingInstance Num(int id, int abstractId) => new(new AbstractNumId { Val = abstractId }) { NumberID = id };
}
