using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using StdSearch.Documents;
using StdSearch.Reporting;

namespace StdSearch.Indexing;

/// <summary>
/// The one stored copy of a standard's text, on the standard's own document (<see cref="IndexFields.Stored"/>): its
/// searchable units (number, heading, kind, pages, text — what a hit shows) followed by the rest of the
/// <see cref="StandardDocument"/> (<see cref="StoredSkeleton"/>: its JSON without the numbers, kinds, headings and
/// texts the units hold, and where to find those), compressed together as one Brotli stream. Clause documents store nothing: a hit's
/// clause is the unit at its place in the standard's block.
/// </summary>
/// <remarks>
/// Units first, so that a hit list decompresses only the units section and stops there. Layout: a format byte, the
/// lengths of the units section, the references and the JSON (little-endian int32 each), then the Brotli stream.
/// Strings in the units section are length-prefixed UTF-8. Format 2 (indexes written before the skeleton) had no
/// references and the whole JSON; it is still read.
/// </remarks>
internal static class StoredStandard
{
    private const byte Format = 3;
    private const int HeaderLength = 13;
    private const byte FormatWithWholeJson = 2;
    private const int WholeJsonHeaderLength = 9;
    // Quality 8, not 9: past a 64 KB window (any standard of more than 64 KB) Brotli's quality 9 sets up a 32 MB hash
    // table for every stream, about 0.1 s a standard; 8 takes a quarter of that table and compresses within 0.6 % of 9
    // (StoredStandardBenchmarks: a 40-page standard 95 → 4.5 ms, a 90-page one 122 → 17 ms).
    private const int Quality = 8;
    // The window fits the data (2^10 … 2^24 bytes): the decoder allocates its ring buffer by the window, and most
    // standards need far less than Brotli's usual 4 MB.
    private static int WindowFor(int length) => Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(1, length))), 10, 24);

    /// <summary>What a hit shows of one unit.</summary>
    public sealed record Unit(string Number, string Heading, Documents.ClauseKind Kind, IReadOnlyList<int> Pages, string Text);

    public static byte[] Encode(StandardDocument document, IReadOnlyList<ClauseUnit> units)
    {
        var unitBytes = EncodeUnits(units);
        var (references, json) = StoredSkeleton.Encode(document, units);
        var raw = new byte[unitBytes.Length + references.Length + json.Length];
        unitBytes.CopyTo(raw, 0);
        references.CopyTo(raw, unitBytes.Length);
        json.CopyTo(raw, unitBytes.Length + references.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(HeaderLength + BrotliEncoder.GetMaxCompressedLength(raw.Length));
        try
        {
            buffer[0] = Format;
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1), unitBytes.Length);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(5), references.Length);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(9), json.Length);
            if (!BrotliEncoder.TryCompress(raw, buffer.AsSpan(HeaderLength), out var written, Quality, WindowFor(raw.Length)))
                throw new InvalidOperationException("Brotli could not compress the standard.");
            return buffer.AsSpan(0, HeaderLength + written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The units only: decompresses the start of the stream and stops.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are corrupt.</exception>
    public static IReadOnlyList<Unit> DecodeUnits(ReadOnlySpan<byte> stored)
    {
        var header = Header(stored);
        var units = new byte[header.Units];
        Decompress(stored[header.Length..], units);
        try
        {
            return ReadUnits(units);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException("A stored standard is corrupt (units).", e);
        }
    }

    /// <summary>
    /// Some units only, by their place (a hit's clauses): decompresses the stream only as far as the last one wanted
    /// and reads the others' lengths without building their strings.
    /// </summary>
    /// <param name="stored">The stored bytes.</param>
    /// <param name="wanted">Places of the units wanted; those past the end are left out of the result.</param>
    /// <exception cref="InvalidDataException">The stored bytes are corrupt.</exception>
    public static Dictionary<int, Unit> DecodeUnits(ReadOnlySpan<byte> stored, IReadOnlyCollection<int> wanted)
    {
        var result = new Dictionary<int, Unit>(wanted.Count);
        if (wanted.Count == 0) return result;
        var last = wanted.Max();
        var header = Header(stored);
        var unitsLength = header.Units;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(1, unitsLength));
        try
        {
            using var decoder = new BrotliDecoder();
            var source = stored[header.Length..];
            int filled = 0, position = 0, count = -1, next = 0;
            while (true)
            {
                // Read every complete record in the buffer.
                var span = buffer.AsSpan(0, filled);
                if (count < 0 && TryRead7Bit(span, ref position, out var c)) count = c;
                while (count >= 0 && next < count && next <= last)
                {
                    var at = position;
                    if (!TryReadUnit(span, ref at, wanted.Contains(next), out var unit)) break;
                    position = at;
                    if (unit is not null) result[next] = unit;
                    next++;
                }
                if (count >= 0 && (next >= count || next > last)) return result;
                if (filled >= unitsLength) throw new InvalidDataException("A stored standard is corrupt (units).");
                // Decompress some more: a few kilobytes at a time, so a hit near the start costs little.
                var target = Math.Min(unitsLength, Math.Max(filled + 8192, position + 16384));
                var status = decoder.Decompress(source, buffer.AsSpan(filled, target - filled), out var consumed, out var written);
                source = source[consumed..];
                filled += written;
                if (status is OperationStatus.InvalidData || (written == 0 && consumed == 0))
                    throw new InvalidDataException("A stored standard is corrupt (Brotli).");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryReadUnit(ReadOnlySpan<byte> span, ref int position, bool build, out Unit? unit)
    {
        unit = null;
        if (!TryReadString(span, ref position, build, out var number) || !TryReadString(span, ref position, build, out var heading)
            || !TryRead7Bit(span, ref position, out var kind) || !TryRead7Bit(span, ref position, out var pageCount))
            return false;
        if (pageCount < 0) throw new InvalidDataException("A stored standard is corrupt (units).");
        var pages = build ? new int[pageCount] : [];
        for (var p = 0; p < pageCount; p++)
        {
            if (!TryRead7Bit(span, ref position, out var page)) return false;
            if (build) pages[p] = page;
        }
        if (!TryReadString(span, ref position, build, out var text)) return false;
        if (build) unit = new Unit(number!, heading!, (Documents.ClauseKind)kind, pages, text!);
        return true;
    }

    private static bool TryReadString(ReadOnlySpan<byte> span, ref int position, bool build, out string? value)
    {
        value = null;
        var at = position;
        if (!TryRead7Bit(span, ref at, out var length) || length < 0) return false;
        if (at + length > span.Length) return false;
        if (build) value = Encoding.UTF8.GetString(span.Slice(at, length));
        position = at + length;
        return true;
    }

    // BinaryWriter's 7-bit encoded int; false when the buffer ends inside it (the skeleton's references use it too).
    internal static bool TryRead7Bit(ReadOnlySpan<byte> span, ref int position, out int value)
    {
        value = 0;
        var at = position;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (at >= span.Length) return false;
            var b = span[at++];
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                position = at;
                return true;
            }
        }
        throw new InvalidDataException("A stored standard is corrupt (units).");
    }

    /// <summary>The whole standard.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are corrupt.</exception>
    public static StandardDocument DecodeDocument(ReadOnlySpan<byte> stored)
    {
        var header = Header(stored);
        var all = new byte[header.Units + header.References + header.Json];
        Decompress(stored[header.Length..], all);
        var references = all.AsSpan(header.Units, header.References);
        var json = all.AsSpan(header.Units + header.References);
        if (header.Format == FormatWithWholeJson)
        {
            try
            {
                return JsonSerializer.Deserialize<StandardDocument>(json, JsonReport.Compact)
                       ?? throw new InvalidDataException("A stored standard is empty.");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException("A stored standard is corrupt (JSON).", e);
            }
        }
        List<Unit> units;
        try
        {
            units = ReadUnits(all.AsSpan(0, header.Units));
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException("A stored standard is corrupt (units).", e);
        }
        return StoredSkeleton.Decode(units, references, json);
    }

    private readonly record struct StoredHeader(byte Format, int Length, int Units, int References, int Json);

    private static StoredHeader Header(ReadOnlySpan<byte> stored)
    {
        if (stored.Length >= HeaderLength && stored[0] == Format)
        {
            var header = new StoredHeader(Format, HeaderLength, BinaryPrimitives.ReadInt32LittleEndian(stored[1..]),
                BinaryPrimitives.ReadInt32LittleEndian(stored[5..]), BinaryPrimitives.ReadInt32LittleEndian(stored[9..]));
            if (header.Units < 0 || header.References < 0 || header.Json < 0 || (long)header.Units + header.References + header.Json > int.MaxValue)
                throw new InvalidDataException("A stored standard is corrupt (header).");
            return header;
        }
        if (stored.Length >= WholeJsonHeaderLength && stored[0] == FormatWithWholeJson)
        {
            var header = new StoredHeader(FormatWithWholeJson, WholeJsonHeaderLength, BinaryPrimitives.ReadInt32LittleEndian(stored[1..]), 0,
                BinaryPrimitives.ReadInt32LittleEndian(stored[5..]));
            if (header.Units < 0 || header.Json < 0 || (long)header.Units + header.Json > int.MaxValue)
                throw new InvalidDataException("A stored standard is corrupt (header).");
            return header;
        }
        throw new InvalidDataException("A stored standard has an unknown format.");
    }

    // Fills destination from the start of the stream; stopping early is fine (the rest is never decoded).
    private static void Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        using var decoder = new BrotliDecoder();
        var filled = 0;
        while (filled < destination.Length)
        {
            var status = decoder.Decompress(source, destination[filled..], out var consumed, out var written);
            source = source[consumed..];
            filled += written;
            if (status is OperationStatus.InvalidData || (written == 0 && consumed == 0))
                throw new InvalidDataException("A stored standard is corrupt (Brotli).");
            if (status == OperationStatus.Done) break;
        }
        if (filled < destination.Length) throw new InvalidDataException("A stored standard is truncated.");
    }

    private static byte[] EncodeUnits(IReadOnlyList<ClauseUnit> units)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write7BitEncodedInt(units.Count);
            foreach (var u in units)
            {
                writer.Write(u.Number);
                writer.Write(u.Heading);
                writer.Write7BitEncodedInt((int)u.Kind);
                writer.Write7BitEncodedInt(u.Pages.Count);
                foreach (var p in u.Pages) writer.Write7BitEncodedInt(p);
                writer.Write(u.Text);
            }
        }
        return stream.ToArray();
    }

    // The whole units section, with the same record reader as the partial decode.
    private static List<Unit> ReadUnits(ReadOnlySpan<byte> bytes)
    {
        var position = 0;
        if (!TryRead7Bit(bytes, ref position, out var count) || count < 0) throw new InvalidDataException("A stored standard is corrupt (units).");
        var units = new List<Unit>(Math.Min(count, 4096));
        for (var i = 0; i < count; i++)
        {
            if (!TryReadUnit(bytes, ref position, build: true, out var unit)) throw new InvalidDataException("A stored standard is corrupt (units).");
            units.Add(unit!);
        }
        return units;
    }
}
