using System.Runtime.ExceptionServices;
using Lucene.Net.Index;
using StdSearch.Indexing;

namespace StdSearch.Search;

/// <summary>A run of documents of one segment, <see cref="From"/> to <see cref="To"/> (exclusive), that begins and
/// ends on a block boundary: no standard has documents on both sides of it.</summary>
internal readonly record struct SlicePart(AtomicReaderContext Leaf, int From, int To);

/// <summary>
/// Cuts an index into slices of about equal size that one search scores side by side, each with its own collector,
/// and runs work items on several threads. A slice is whole segments, or part of a large one cut where a standard's
/// block begins, so each standard is in exactly one slice and the collectors' groups merge without overlap.
/// </summary>
internal static class SearchSlices
{
    /// <summary>
    /// The slices for <paramref name="threads"/> threads, each its parts in document order; one slice of every whole
    /// segment when <paramref name="threads"/> is 1.
    /// </summary>
    public static List<List<SlicePart>> Plan(IList<AtomicReaderContext> leaves, DocumentBlocks blocks, int threads)
    {
        if (threads <= 1 || leaves.Count == 0) return [leaves.Select(l => new SlicePart(l, 0, l.AtomicReader.MaxDoc)).ToList()];
        var total = leaves.Sum(l => (long)l.AtomicReader.MaxDoc);
        var target = (int)Math.Max(8, (total + threads - 1) / threads);
        var slices = new List<List<SlicePart>>(threads + 1);
        var current = new List<SlicePart>();
        var size = 0;
        foreach (var leaf in leaves)
        {
            var maxDoc = leaf.AtomicReader.MaxDoc;
            var from = 0;
            while (from < maxDoc)
            {
                var room = Math.Max(1, target - size);
                var to = maxDoc;
                // Much more than the slice has room for: cut at the first block that starts past its room.
                if (maxDoc - from > room + target / 4)
                {
                    var cut = DocumentBlocks.NextHead(blocks.HeadsOf(leaf.AtomicReader), from + room);
                    if (cut > from) to = cut;
                }
                current.Add(new SlicePart(leaf, from, to));
                size += to - from;
                from = to;
                if (size >= target - target / 8)
                {
                    slices.Add(current);
                    (current, size) = ([], 0);
                }
            }
        }
        if (current.Count > 0) slices.Add(current);
        return slices;
    }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 … <paramref name="count"/> − 1 on up to <paramref name="threads"/> threads:
    /// the calling thread and pool threads take the next item until none is left, and the caller waits only for items
    /// another thread took (a pool thread that starts late finds nothing to do). The first exception an item threw is
    /// rethrown once all have ended.
    /// </summary>
    public static void Run(int count, int threads, Action<int> body)
    {
        if (threads <= 1 || count <= 1)
        {
            for (var i = 0; i < count; i++) body(i);
            return;
        }
        var work = new Work(count, body);
        for (var h = 0; h < Math.Min(threads, count) - 1; h++) ThreadPool.UnsafeQueueUserWorkItem(static w => w.Take(), work, preferLocal: false);
        work.Take();
        work.Done.Wait();
        if (work.Errors.FirstOrDefault(e => e is not null) is { } error) ExceptionDispatchInfo.Capture(error).Throw();
    }

    // Not disposed: the event never needs a kernel handle here, and a pool thread may still be leaving Set() when the
    // caller's Wait returns.
    private sealed class Work(int count, Action<int> body)
    {
        private int _next = -1;
        private int _remaining = count;

        public ManualResetEventSlim Done { get; } = new();
        public Exception?[] Errors { get; } = new Exception?[count];

        public void Take()
        {
            int i;
            while ((i = Interlocked.Increment(ref _next)) < Errors.Length)
            {
                try
                {
                    body(i);
                }
                catch (Exception e)
                {
                    Errors[i] = e;
                }
                if (Interlocked.Decrement(ref _remaining) == 0) Done.Set();
            }
        }
    }
}
