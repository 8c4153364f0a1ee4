using System.Reflection;
using NUnit.Framework;
using StdSearch.Extraction;

namespace StdSearch.Tests.Extraction;

/// <summary>Design rules of the extraction stage: OpenXml and AngleSharp types never leave their folders.</summary>
[TestFixture]
public sealed class ExtractionApiTests
{
    private static readonly string[] ForeignNamespaces = ["DocumentFormat.OpenXml", "AngleSharp"];

    [Test]
    public void Public_extraction_api_speaks_only_stdsearch_and_framework_types()
    {
        var types = typeof(DocumentExtractor).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "StdSearch.Extraction" or "StdSearch.Extraction.Docx" or "StdSearch.Extraction.Html" or "StdSearch.Extraction.PlainText");
        var leaks = new List<string>();
        foreach (var type in types)
        {
            const BindingFlags Public = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var member in type.GetMembers(Public))
            {
                var signature = member switch
                {
                    MethodBase m => m.GetParameters().Select(p => p.ParameterType).Append((m as MethodInfo)?.ReturnType ?? typeof(void)),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    _ => [],
                };
                foreach (var used in signature.SelectMany(Flatten))
                    if (ForeignNamespaces.Any(ns => used.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true))
                        leaks.Add($"{type.Name}.{member.Name} uses {used.FullName}");
            }
        }
        Assert.That(leaks, Is.Empty);
        Assert.That(types.Select(t => t.Name), Does.Contain("DocxDocumentReader").And.Contain("HtmlDocumentReader").And.Contain("PlainTextDocumentReader"));
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType) foreach (var t in Flatten(type.GetElementType()!)) yield return t;
        if (type.IsGenericType) foreach (var t in type.GetGenericArguments().SelectMany(Flatten)) yield return t;
    }
}
