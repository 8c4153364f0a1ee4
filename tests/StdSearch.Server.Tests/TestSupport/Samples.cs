using System.Net.Http.Headers;
using System.Text;

namespace StdSearch.Server.Tests.TestSupport;

/// <summary>Documents to upload, made from the bundled samples.</summary>
internal static class Samples
{
    /// <summary>The WB/T 1999—2020 text sample renumbered as WB/T 1888—2022: a standard the seeded index does not hold.</summary>
    public static byte[] NewStandardText() => Renumbered(1888, 2022);

    /// <summary>The WB/T 1999—2020 text sample renumbered as WB/T <paramref name="number"/>—<paramref name="year"/>.</summary>
    public static byte[] Renumbered(int number, int year)
    {
        static string Wide(string s) => new(s.Select(c => char.IsAsciiDigit(c) ? (char)('０' + (c - '0')) : c).ToArray());
        var text = File.ReadAllText(Repo.Sample("txt/wbt-1999-2020.txt"))
            .Replace("WB/T1999-2020", $"WB/T{number}-{year}")
            .Replace("ＷＢ／Ｔ　１９９９－２０２０", $"ＷＢ／Ｔ　{Wide(number.ToString())}－{Wide(year.ToString())}");
        return Encoding.UTF8.GetBytes(text);
    }

    /// <summary>The first bytes of a PNG image (content StdSearch does not read, whatever it is called).</summary>
    public static byte[] Png() =>
        [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];

    public static MultipartFormDataContent Form(string field, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var form = new MultipartFormDataContent();
        AddFile(form, field, content, fileName, contentType);
        return form;
    }

    public static void AddFile(MultipartFormDataContent form, string field, byte[] content, string fileName, string contentType = "application/octet-stream")
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, field, fileName);
    }
}
