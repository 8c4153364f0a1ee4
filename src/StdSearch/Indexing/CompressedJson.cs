using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using StdSearch.Documents;
using StdSearch.Reporting;

namespace StdSearch.Indexing;

/// <summary>
/// The stored form of a <see cref="StandardDocument"/>: its compact JSON as UTF-8, Brotli-compressed (quality 2: fast,
/// and Chinese text shrinks to about a third where Lucene's own LZ4 barely shrinks it), after a 4-byte little-endian
/// length. Indexes written before kept the JSON as a string; <see cref="Decode"/> reads both.
/// </summary>
internal static class CompressedJson
{
    private const int Quality = 2;
    private const int Window = 22;

    public static byte[] Encode(StandardDocument document)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(document, JsonReport.Compact);
        var buffer = new byte[4 + BrotliEncoder.GetMaxCompressedLength(json.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, json.Length);
        if (!BrotliEncoder.TryCompress(json, buffer.AsSpan(4), out var written, Quality, Window))
            throw new InvalidOperationException("Brotli could not compress the document.");
        return buffer.AsSpan(0, 4 + written).ToArray();
    }

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
