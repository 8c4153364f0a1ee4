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
/// searchable units (number, heading, kind, pages, text — what a hit shows) followed by the compact JSON of the whole
/// <see cref="StandardDocument"/>, compressed together as one Brotli stream. Clause documents store nothing: a hit's
/// clause is the unit at its place in the standard's block.
/// </summary>
/// <remarks>
/// One stream, units first, so that (a) the JSON's clause texts repeat text the compressor has just seen and cost
/// back-references instead of a second compressed copy, and (b) a hit list decompresses only the units section and
/// stops there. Layout: a format byte, the units section's length and the JSON's length (little-endian int32 each),
/// then the Brotli stream. Strings in the units section are length-prefixed UTF-8.
/// </remarks>
internal static class StoredStandard
{
    private const byte Format = 2;
    private const int HeaderLength = 9;
    private const int Quality = 5;
    // The window fits the data (2^10 … 2^24 bytes): the decoder allocates its ring buffer by the window, and most
    // standards need far less than Brotli's usual 4 MB.
    private static int WindowFor(int length) => Math.Clamp((int)Math.Ceiling(Math.Log2(Math.Max(1, length))), 10, 24);

    /// <summary>What a hit shows of one unit.</summary>
    public sealed record Unit(string Number, string Heading, Documents.ClauseKind Kind, IReadOnlyList<int> Pages, string Text);

    public static byte[] Encode(StandardDocument document, IReadOnlyList<ClauseUnit> units)
    {
        var unitBytes = EncodeUnits(units);
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonReport.Compact);
        var raw = new byte[unitBytes.Length + json.Length];
        unitBytes.CopyTo(raw, 0);
        json.CopyTo(raw, unitBytes.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(HeaderLength + BrotliEncoder.GetMaxCompressedLength(raw.Length));
        try
        {
            buffer[0] = Format;
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(1), unitBytes.Length);
            BinaryPrimitives.WriteInt32LittleEndian(buffer.AsSpan(5), json.Length);
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
        var (unitsLength, _) = Header(stored);
        var units = new byte[unitsLength];
        Decompress(stored[HeaderLength..], units);
        try
        {
            return ReadUnits(units);
        }
        catch (Exception e) when (e is EndOfStreamException or FormatException or ArgumentException)
        {
            throw new InvalidDataException("A stored standard is corrupt (units).", e);
        }
    }

    /// <summary>The whole standard.</summary>
    /// <exception cref="InvalidDataException">The stored bytes are corrupt.</exception>
    public static StandardDocument DecodeDocument(ReadOnlySpan<byte> stored)
    {
        var (unitsLength, jsonLength) = Header(stored);
        var all = new byte[unitsLength + jsonLength];
        Decompress(stored[HeaderLength..], all);
        try
        {
            return JsonSerializer.Deserialize<StandardDocument>(all.AsSpan(unitsLength), JsonReport.Compact)
                   ?? throw new InvalidDataException("A stored standard is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A stored standard is corrupt (JSON).", e);
        }
    }

    private static (int Units, int Json) Header(ReadOnlySpan<byte> stored)
    {
        if (stored.Length < HeaderLength || stored[0] != Format) throw new InvalidDataException("A stored standard has an unknown format.");
        return (BinaryPrimitives.ReadInt32LittleEndian(stored[1..]), BinaryPrimitives.ReadInt32LittleEndian(stored[5..]));
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
            if (status is System.Buffers.OperationStatus.InvalidData || (written == 0 && consumed == 0))
                throw new InvalidDataException("A stored standard is corrupt (Brotli).");
            if (status == System.Buffers.OperationStatus.Done) break;
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

    private static List<Unit> ReadUnits(byte[] bytes)
    {
        using var reader = new BinaryReader(new MemoryStream(bytes, writable: false), Encoding.UTF8);
        var count = reader.Read7BitEncodedInt();
        var units = new List<Unit>(count);
        for (var i = 0; i < count; i++)
        {
            var number = reader.ReadString();
            var heading = reader.ReadString();
            var kind = (Documents.ClauseKind)reader.Read7BitEncodedInt();
            var pages = new int[reader.Read7BitEncodedInt()];
            for (var p = 0; p < pages.Length; p++) pages[p] = reader.Read7BitEncodedInt();
            units.Add(new Unit(number, heading, kind, pages, reader.ReadString()));
        }
        return units;
    }
}
