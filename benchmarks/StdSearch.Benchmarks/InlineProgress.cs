namespace StdSearch.Benchmarks;

/// <summary>Reports on the reporting thread, at once (<see cref="Progress{T}"/> would post to the thread pool, after the
/// measured work).</summary>
internal sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
