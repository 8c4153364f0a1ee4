using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using StdSearch.Documents;
using StdSearch.Reporting;

namespace StdSearch.Indexing;

/// <summary>
/// The stored form of a <see cref="StandardDocument"/> in indexes written before <see cref="StoredStandard"/>: its
/// compact JSON as UTF-8, Brotli-compressed, after a 4-byte little-endian length, or (older still) the JSON as a
/// string. Read only.
/// </summary>
internal static class CompressedJson
{
    /// <summary>The document from a stored field: compressed bytes, or (older indexes) the JSON string. Null when absent.</summary>
    public static StandardDocument? Decode(Lucene.Net.Documents.Document stored)
    {
        var field = stored.GetField(IndexFields.Json);
        if (field is null) return null;
        if (field.GetStringValue() is { } text) return JsonSerializer.Deserialize<StandardDocument>(text, JsonReport.Compact);
        var bytes = field.GetBinaryValue();
        if (bytes is null) return null;
        var data = bytes.Bytes.AsSpan(bytes.Offset, bytes.Length);
        var json = new byte[BinaryPrimitives.ReadInt32LittleEndian(data)];
        if (!BrotliDecoder.TryDecompress(data[4..], json, out var written) || written != json.Length)
            throw new InvalidDataException("A stored standard is corrupt (Brotli).");
        return JsonSerializer.Deserialize<StandardDocument>(json, JsonReport.Compact);
    }
}
