using Icu;

namespace StdSearch.Text;

/// <summary>
/// Loads the system's ICU (libicu) through icu.net once per process. ICU objects themselves are not thread-safe;
/// every user creates its own (one break iterator per tokenizer instance).
/// </summary>
internal static class IcuRuntime
{
    private static readonly Lazy<string> Version = new(Initialize, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The loaded ICU version (for example <c>72.1</c>).</summary>
    public static string IcuVersion => Version.Value;

    /// <summary>Makes sure ICU is loaded; throws a clear error naming the missing system package otherwise.</summary>
    public static void EnsureInitialized() => _ = Version.Value;

    /// <summary>A new word break iterator for Chinese; the caller owns (and disposes) it.</summary>
    public static BreakIterator CreateWordBreakIterator()
    {
        EnsureInitialized();
        return BreakIterator.CreateWordInstance(new Locale("zh"));
    }

    /// <summary>A new Traditional→Simplified transliterator; the caller owns (and disposes) it.</summary>
    public static Transliterator CreateTraditionalToSimplified()
    {
        EnsureInitialized();
        return Transliterator.CreateInstance("Traditional-Simplified", Transliterator.UTransDirection.Forward, null);
    }

    private static string Initialize()
    {
        try
        {
            Wrapper.Init();
            return Wrapper.IcuVersion;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or FileLoadException or TypeInitializationException)
        {
            throw new InvalidOperationException(
                "StdSearch needs the system's ICU library (libicu) for Chinese word breaking and Traditional→Simplified folding. " +
                "Install it (Debian/Ubuntu: apt-get install libicu-dev) and retry.", e);
        }
    }
}
