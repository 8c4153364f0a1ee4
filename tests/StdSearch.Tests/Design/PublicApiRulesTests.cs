using System.Reflection;
using System.Runtime.CompilerServices;
using StdSearch.Documents;

namespace StdSearch.Tests.Design;

/// <summary>The house rules of ARCHITECTURE.md, checked by reflection over the library's public surface.</summary>
public class PublicApiRulesTests
{
    private static readonly Assembly Library = typeof(StandardDocument).Assembly;

    // Third-party namespaces that must not leak into public signatures outside the stage that owns them.
    private static readonly string[] Foreign = ["Lucene.Net", "UglyToad.PdfPig", "DocumentFormat.OpenXml", "AngleSharp", "DiffPlex", "Icu"];

    // Lucene is the point of the Analysis stage (its analyzers are Lucene analyzers); nowhere else.
    private static bool MayExpose(Type owner, string foreignNamespace) =>
        foreignNamespace == "Lucene.Net" && owner.Namespace is "StdSearch.Analysis" or "StdSearch.Indexing" or "StdSearch.Search";

    [Test]
    public void Public_signatures_speak_StdSearch_types()
    {
        var leaks = new List<string>();
        foreach (var type in Library.GetExportedTypes())
        {
            var members = type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);
            foreach (var member in members)
                foreach (var used in TypesIn(member))
                    foreach (var ns in Foreign)
                        if (used.Namespace?.StartsWith(ns, StringComparison.Ordinal) == true && !MayExpose(type, ns))
                            leaks.Add($"{type.FullName}.{member.Name} exposes {used.FullName}");
        }
        Assert.That(leaks, Is.Empty);
    }

    [Test]
    public void Model_types_are_immutable()
    {
        var mutable = new List<string>();
        foreach (var type in Library.GetExportedTypes().Where(t => t.Namespace == "StdSearch.Documents" && !t.IsEnum))
            foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                var setter = p.SetMethod;
                if (setter is null || !setter.IsPublic) continue;
                var initOnly = setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                if (!initOnly) mutable.Add($"{type.Name}.{p.Name}");
            }
        Assert.That(mutable, Is.Empty);
    }

    [Test]
    public void No_static_mutable_fields()
    {
        var found = Library.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.Name.Contains('<'))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.IsDefined(typeof(CompilerGeneratedAttribute)) && !f.Name.Contains('<'))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();
        Assert.That(found, Is.Empty);
    }

    private static IEnumerable<Type> TypesIn(MemberInfo member)
    {
        IEnumerable<Type> direct = member switch
        {
            MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(p => p.ParameterType)],
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => [p.PropertyType],
            FieldInfo f => [f.FieldType],
            EventInfo e => e.EventHandlerType is { } h ? [h] : [],
            _ => [],
        };
        foreach (var t in direct)
            foreach (var inner in Expand(t))
                yield return inner;
    }

    private static IEnumerable<Type> Expand(Type t)
    {
        yield return t;
        if (t.HasElementType) foreach (var e in Expand(t.GetElementType()!)) yield return e;
        if (t.IsGenericType) foreach (var a in t.GetGenericArguments()) foreach (var e in Expand(a)) yield return e;
    }
}
