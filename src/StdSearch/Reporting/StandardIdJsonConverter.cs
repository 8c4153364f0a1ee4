using System.Text.Json;
using System.Text.Json.Serialization;
using StdSearch.Documents;

namespace StdSearch.Reporting;

/// <summary>Writes a <see cref="StandardId"/> as its canonical string (empty id → null) and reads any spelling back.</summary>
public sealed class StandardIdJsonConverter : JsonConverter<StandardId>
{
    /// <inheritdoc />
    public override StandardId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return default;
        var text = reader.GetString();
        return StandardId.TryParse(text, out var id, out var reason) ? id : throw new JsonException($"'{text}' is not a standard number: {reason}");
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, StandardId value, JsonSerializerOptions options)
    {
        if (value.IsEmpty) writer.WriteNullValue();
        else writer.WriteStringValue(value.Canonical);
    }
}
