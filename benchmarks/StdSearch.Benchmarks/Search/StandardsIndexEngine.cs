namespace StdSearch.Benchmarks.Search;

/// <summary>Ours: StdSearch's StandardsIndex (wired once the index lands).</summary>
internal sealed class StandardsIndexEngine(string folder) : IScaleEngine
{
    public string Name => "StdSearch StandardsIndex";

    public void Index(IEnumerable<ScaleStandard> standards) => throw new NotSupportedException(folder);

    public int Search(ScaleQuery query) => throw new NotSupportedException();

    public long SizeOnDisk() => 0;

    public void Dispose() { }
}
