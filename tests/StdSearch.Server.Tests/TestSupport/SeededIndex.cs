using StdSearch.Indexing;

using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests;

/// <summary>
/// The bundled samples indexed once per test run into a template folder; each server under test gets its own copy, so
/// tests that write never disturb one another and none waits for the seed again.
/// </summary>
[SetUpFixture]
public sealed class SeededIndex
{
    private static string? _template;

    /// <summary>The template index (do not open it for writing).</summary>
    public static string Template => _template ?? throw new InvalidOperationException("The seeded index is made in the set-up fixture.");

    /// <summary>Standards in the seeded index.</summary>
    public static int Standards { get; private set; }

    [OneTimeSetUp]
    public async Task Build()
    {
        _template = Path.Combine(Path.GetTempPath(), "stdsearch-server-tests-" + Guid.NewGuid().ToString("N"), "template");
        using var index = new StandardsIndex(_template);
        await index.IngestAsync([Repo.Samples]);
        Standards = index.StandardCount;
    }

    [OneTimeTearDown]
    public void Clean()
    {
        if (_template is not null) TryDelete(Path.GetDirectoryName(_template)!);
    }

    /// <summary>A fresh copy of the template in a new temporary folder.</summary>
    public static string Copy()
    {
        var target = Path.Combine(Path.GetDirectoryName(Template)!, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(Template))
            if (!Path.GetFileName(file).Equals("write.lock", StringComparison.Ordinal))
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }

    public static void TryDelete(string directory)
    {
        try { if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
