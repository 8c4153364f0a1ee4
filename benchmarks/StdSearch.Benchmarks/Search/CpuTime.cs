using System.Runtime.InteropServices;

namespace StdSearch.Benchmarks.Search;

/// <summary>
/// CPU time (Linux <c>clock_gettime</c>) of the calling thread and of the whole process: a query's cost without the time
/// it waited for a core, so runs on a busy shared machine stay comparable. The process's time also counts the threads a
/// search hands slices to (and the runtime's own: the GC, the JIT), which the calling thread's does not. NaN where the
/// call is not available.
/// </summary>
internal static partial class CpuTime
{
    private const int ClockProcessCpuTimeId = 2;
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>The calling thread's CPU time, in milliseconds.</summary>
    public static double Thread() => Read(ClockThreadCpuTimeId);

    /// <summary>The process's CPU time (all its threads), in milliseconds.</summary>
    public static double Process() => Read(ClockProcessCpuTimeId);

    private static double Read(int clock)
    {
        if (!OperatingSystem.IsLinux()) return double.NaN;
        return ClockGetTime(clock, out var t) == 0 ? t.Seconds * 1e3 + t.Nanoseconds / 1e6 : double.NaN;
    }
}
