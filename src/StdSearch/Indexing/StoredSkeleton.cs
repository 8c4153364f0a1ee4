using System.Collections;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StdSearch.Documents;
using StdSearch.Reporting;

namespace StdSearch.Indexing;

/// <summary>
/// The part of a stored standard that its units (<see cref="ClauseUnit"/>) do not already hold: the document's JSON
/// without the clause numbers, kinds, headings and texts (and the term entries' numbers, designations and definitions)
/// that a unit repeats, and, per element, where in the units to find them.
/// </summary>
/// <remarks>
/// A unit's text is its clause's text joined with the text of the clause's unnumbered children, so every clause's
/// heading and text is, verbatim, a unit's heading or a piece of a unit's text, and a numbered clause's number and kind
/// are its unit's. Writing them a second time into the JSON cost about a tenth of the stored bytes even compressed
/// together with the units (a back-reference per run of Chinese text is not free). The references are found by a
/// forward walk over the clauses in document order, which is also the units' order; what is not found within a few
/// units stays in the JSON, so the document always comes back exactly. Empty strings, empty lists and zero values are
/// left out of this JSON too (they are the properties' defaults). References, per clause in document order and then
/// per term, as 7-bit encoded integers: 0 when the element takes nothing from a unit; else its unit's distance from
/// the last element's unit + 1, what it takes (<see cref="Taken"/>), and for a piece of the unit's text its offset and
/// length.
/// </remarks>
internal static class StoredSkeleton
{
    // How many units past the current one a clause's heading or text is looked for.
    private const int Lookahead = 4;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    /// <summary>The references and the skeleton's JSON for <paramref name="document"/>.</summary>
    public static (byte[] References, byte[] Json) Encode(StandardDocument document, IReadOnlyList<ClauseUnit> units)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        var cursor = new Cursor();
        var clauses = Elide(document.Clauses, units, writer, ref cursor);
        // Term entries repeat their clause's number, heading (the designation) and text (the definition).
        cursor = new Cursor();
        var terms = new Term[document.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = document.Terms[i];
            var found = Find(term.Number, term.Designation, null, term.Definition, units, writer, ref cursor);
            terms[i] = term with
            {
                Number = found.HasFlag(Taken.Number) ? "" : term.Number,
                Designation = found.HasFlag(Taken.Heading) ? "" : term.Designation,
                Definition = found.HasFlag(Taken.Text) ? "" : term.Definition,
            };
        }
        writer.Flush();
        var json = JsonSerializer.SerializeToUtf8Bytes(document with { Clauses = clauses, Terms = terms }, Options);
        return (stream.ToArray(), json);
    }

    /// <summary>The document back from its units, references and skeleton.</summary>
    /// <exception cref="InvalidDataException">The references or the JSON are corrupt.</exception>
    public static StandardDocument Decode(IReadOnlyList<StoredStandard.Unit> units, ReadOnlySpan<byte> references, ReadOnlySpan<byte> json)
    {
        StandardDocument skeleton;
        try
        {
            skeleton = JsonSerializer.Deserialize<StandardDocument>(json, Options) ?? throw new InvalidDataException("A stored standard is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("A stored standard is corrupt (JSON).", e);
        }
        var reader = new ReferenceReader(references, units);
        var clauses = Restore(skeleton.Clauses, ref reader);
        reader.Restart();
        var terms = new Term[skeleton.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            var term = skeleton.Terms[i];
            var e = reader.Read(new Element(term.Number, term.Designation, default, term.Definition));
            terms[i] = term with { Number = e.Number, Designation = e.Heading, Definition = e.Text };
        }
        if (!reader.AtEnd) throw new InvalidDataException("A stored standard is corrupt (references).");
        return skeleton with { Clauses = clauses, Terms = terms };
    }

    // What an element takes from its unit.
    [Flags]
    private enum Taken
    {
        None = 0,
        Heading = 1,
        Number = 2,
        Kind = 4,
        Text = 8, // with TextSlice: a piece of the unit's text (offset and length follow); alone: the whole of it
        TextSlice = 16,
    }

    private readonly record struct Element(string Number, string Heading, ClauseKind Kind, string Text);

    private struct Cursor
    {
        public int Unit;
        public int Offset;
        public int Last; // the unit of the last element that took something (references count from it)
    }

    private static IReadOnlyList<Clause> Elide(IReadOnlyList<Clause> clauses, IReadOnlyList<ClauseUnit> units, BinaryWriter writer, ref Cursor cursor)
    {
        if (clauses.Count == 0) return clauses;
        var result = new Clause[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var found = Find(clause.Number, clause.Heading, clause.Kind, clause.Text, units, writer, ref cursor);
            var children = Elide(clause.Children, units, writer, ref cursor);
            result[i] = clause with
            {
                Number = found.HasFlag(Taken.Number) ? "" : clause.Number,
                Heading = found.HasFlag(Taken.Heading) ? "" : clause.Heading,
                Kind = found.HasFlag(Taken.Kind) ? default : clause.Kind,
                Text = found.HasFlag(Taken.Text) ? "" : clause.Text,
                Children = children,
            };
        }
        return result;
    }

    // Finds the element's unit (by its heading, else by its text), writes the reference and says what it takes.
    private static Taken Find(string number, string heading, ClauseKind? kind, string text, IReadOnlyList<ClauseUnit> units, BinaryWriter writer,
        ref Cursor cursor)
    {
        var unit = FindHeading(heading, units, ref cursor);
        var taken = unit >= 0 ? Taken.Heading : Taken.None;
        var (textUnit, offset) = FindText(text, units, ref cursor);
        if (textUnit >= 0 && (unit < 0 || unit == textUnit))
        {
            unit = textUnit;
            taken |= offset == 0 && text.Length == units[unit].Text.Length ? Taken.Text : Taken.Text | Taken.TextSlice;
        }
        if (unit < cursor.Last) unit = -1; // never: the cursor only moves forward
        if (unit < 0)
        {
            writer.Write7BitEncodedInt(0);
            return Taken.None;
        }
        if (number.Length > 0 && string.Equals(units[unit].Number, number, StringComparison.Ordinal)) taken |= Taken.Number;
        if (kind is { } k && units[unit].Kind == k) taken |= Taken.Kind;
        writer.Write7BitEncodedInt(unit - cursor.Last + 1);
        writer.Write7BitEncodedInt((int)taken);
        if (taken.HasFlag(Taken.TextSlice))
        {
            writer.Write7BitEncodedInt(offset);
            writer.Write7BitEncodedInt(text.Length);
        }
        cursor.Last = unit;
        return taken;
    }

    // A numbered clause starts its unit: a heading found there moves the cursor to that unit's start.
    private static int FindHeading(string heading, IReadOnlyList<ClauseUnit> units, ref Cursor cursor)
    {
        if (heading.Length == 0) return -1;
        for (var k = cursor.Unit; k < units.Count && k <= cursor.Unit + Lookahead; k++)
        {
            if (!string.Equals(units[k].Heading, heading, StringComparison.Ordinal)) continue;
            if (k != cursor.Unit) (cursor.Unit, cursor.Offset) = (k, 0);
            return k;
        }
        return -1;
    }

    private static (int Unit, int Offset) FindText(string text, IReadOnlyList<ClauseUnit> units, ref Cursor cursor)
    {
        if (text.Length == 0) return (-1, 0);
        for (var k = cursor.Unit; k < units.Count && k <= cursor.Unit + Lookahead; k++)
        {
            var from = k == cursor.Unit ? cursor.Offset : 0;
            var at = units[k].Text.IndexOf(text, from, StringComparison.Ordinal);
            if (at < 0) continue;
            (cursor.Unit, cursor.Offset) = (k, at + text.Length);
            return (k, at);
        }
        return (-1, 0);
    }

    private static IReadOnlyList<Clause> Restore(IReadOnlyList<Clause> clauses, ref ReferenceReader reader)
    {
        if (clauses.Count == 0) return clauses;
        var result = new Clause[clauses.Count];
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var e = reader.Read(new Element(clause.Number, clause.Heading, clause.Kind, clause.Text));
            var children = Restore(clause.Children, ref reader);
            result[i] = clause with { Number = e.Number, Heading = e.Heading, Kind = e.Kind, Text = e.Text, Children = children };
        }
        return result;
    }

    private ref struct ReferenceReader(ReadOnlySpan<byte> bytes, IReadOnlyList<StoredStandard.Unit> units)
    {
        private readonly ReadOnlySpan<byte> _bytes = bytes;
        private readonly IReadOnlyList<StoredStandard.Unit> _units = units;
        private int _position;
        private int _last;

        public readonly bool AtEnd => _position == _bytes.Length;

        // The terms count their units from the start again.
        public void Restart() => _last = 0;

        // One element: what it takes from its unit, the rest as the skeleton has it.
        public Element Read(Element skeleton)
        {
            var delta = Next(_units.Count - _last);
            if (delta == 0) return skeleton;
            var unit = _units[_last + delta - 1];
            _last += delta - 1;
            var taken = (Taken)Next(31);
            var text = skeleton.Text;
            if (taken.HasFlag(Taken.TextSlice))
            {
                var offset = Next(unit.Text.Length);
                text = unit.Text.Substring(offset, Next(unit.Text.Length - offset));
            }
            else if (taken.HasFlag(Taken.Text))
            {
                text = unit.Text;
            }
            return new Element(taken.HasFlag(Taken.Number) ? unit.Number : skeleton.Number, taken.HasFlag(Taken.Heading) ? unit.Heading : skeleton.Heading,
                taken.HasFlag(Taken.Kind) ? unit.Kind : skeleton.Kind, text);
        }

        // The next 7-bit encoded integer, which must lie in 0 … max.
        private int Next(int max)
        {
            if (StoredStandard.TryRead7Bit(_bytes, ref _position, out var value) && value >= 0 && value <= max) return value;
            throw new InvalidDataException("A stored standard is corrupt (references).");
        }
    }

    // The report's compact JSON, without the properties that hold their default: "", [], 0, false, null. Only
    // properties set after construction are left out (a constructor parameter must be present to be read back; of the
    // required ones, only an enum, which reads back as its zero value). Every document property's initializer is that
    // default; one that is not would come back wrong, which the round-trip tests over the samples would show.
    private static JsonSerializerOptions CreateOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(SkipDefaults);
        var options = new JsonSerializerOptions(JsonReport.Compact) { TypeInfoResolver = resolver };
        options.MakeReadOnly();
        return options;
    }

    private static void SkipDefaults(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        foreach (var property in info.Properties)
        {
            if (property.AssociatedParameter is not null || property.Set is null) continue;
            var type = property.PropertyType;
            // A required enum (a clause's kind) may be left out too: it reads back as its zero value.
            if (property.IsRequired)
            {
                if (!type.IsEnum) continue;
                property.IsRequired = false;
            }
            if (type == typeof(string)) property.ShouldSerialize = (_, value) => value is string { Length: > 0 };
            else if (typeof(IEnumerable).IsAssignableFrom(type)) property.ShouldSerialize = (_, value) => !IsEmpty(value);
            else if (type.IsValueType && Nullable.GetUnderlyingType(type) is null)
            {
                var empty = Activator.CreateInstance(type);
                property.ShouldSerialize = (_, value) => !Equals(value, empty);
            }
        }
    }

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        ICollection c => c.Count == 0,
        IEnumerable e => !e.GetEnumerator().MoveNext(),
        _ => false,
    };
}
