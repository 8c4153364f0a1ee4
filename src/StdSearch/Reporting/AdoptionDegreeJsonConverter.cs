using System.Text.Json;
using System.Text.Json.Serialization;
using StdSearch.Documents;

namespace StdSearch.Reporting;

/// <summary>Writes an <see cref="AdoptionDegree"/> as the code standards print (IDT, MOD, NEQ, EQV; none → null).</summary>
public sealed class AdoptionDegreeJsonConverter : JsonConverter<AdoptionDegree>
{
    /// <inheritdoc />
    public override AdoptionDegree Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? AdoptionDegree.None : (reader.GetString() ?? "").Trim().ToUpperInvariant() switch
        {
            "IDT" or "IDENTICAL" => AdoptionDegree.Identical,
            "MOD" or "MODIFIED" => AdoptionDegree.Modified,
            "NEQ" or "NOTEQUIVALENT" => AdoptionDegree.NotEquivalent,
            "EQV" or "EQUIVALENT" => AdoptionDegree.Equivalent,
            "" or "NONE" => AdoptionDegree.None,
            var other => throw new JsonException($"'{other}' is not an adoption degree (IDT, MOD, NEQ, EQV)"),
        };

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, AdoptionDegree value, JsonSerializerOptions options)
    {
        var code = value.ToCode();
        if (code.Length == 0) writer.WriteNullValue();
        else writer.WriteStringValue(code);
    }
}
