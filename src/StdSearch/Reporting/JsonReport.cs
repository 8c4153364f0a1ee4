using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StdSearch.Reporting;

/// <summary>The JSON shape every host prints: camelCase keys, enums as camelCase strings, ids as canonical strings, readable CJK.</summary>
public static class JsonReport
{
    /// <summary>Options for indented output (CLI, files).</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Options for compact output (HTTP).</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>Serializes a result with <see cref="Indented"/> or <see cref="Compact"/> options.</summary>
    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, indented ? Indented : Compact);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.Converters.Add(new StandardIdJsonConverter());
        options.Converters.Add(new AdoptionDegreeJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
