namespace StdSearch.Text.Quantities;

/// <summary>What a unit measures. Two quantities compare only within one dimension.</summary>
public enum UnitDimension
{
    /// <summary>No unit, or a unit this library does not know.</summary>
    None = 0,
    /// <summary>Length (base mm).</summary>
    Length,
    /// <summary>Area (base m²).</summary>
    Area,
    /// <summary>Volume (base L).</summary>
    Volume,
    /// <summary>Mass (base g).</summary>
    Mass,
    /// <summary>Time of the clock (base s): s, min, h, d.</summary>
    Time,
    /// <summary>Calendar time (base 月): months and years; not converted to seconds.</summary>
    CalendarTime,
    /// <summary>Temperature (℃, K is kept apart because it is an offset scale).</summary>
    Temperature,
    /// <summary>Pressure (base Pa).</summary>
    Pressure,
    /// <summary>Electric current (base A).</summary>
    Current,
    /// <summary>Voltage (base V).</summary>
    Voltage,
    /// <summary>Power (base W).</summary>
    Power,
    /// <summary>Energy (base kW·h or J; not converted between the two).</summary>
    Energy,
    /// <summary>Resistance (base Ω).</summary>
    Resistance,
    /// <summary>Frequency (base Hz).</summary>
    Frequency,
    /// <summary>Ratio: %, ‰.</summary>
    Ratio,
    /// <summary>Amount of information (base bit).</summary>
    Information,
    /// <summary>Data rate (base bit/s).</summary>
    DataRate,
    /// <summary>Mass concentration and content (mg/L, mg/kg, g/100 g …); compared only in the same unit.</summary>
    Concentration,
    /// <summary>Counters (个, 条, 次, entries): a number of things.</summary>
    Count,
    /// <summary>Any other known unit (lx, dB(A), r/min, IP code …); compared only in the same unit.</summary>
    Other,
}
