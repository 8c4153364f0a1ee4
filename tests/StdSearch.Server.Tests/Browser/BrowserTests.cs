using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using StdSearch.Server.Tests.TestSupport;

namespace StdSearch.Server.Tests.Browser;

/// <summary>
/// The pages in real headless Chromium (Debian's <c>chromium</c>, driven by Playwright's bundled driver; no browser is
/// downloaded), against the server on Kestrel on a loopback port. Each test saves a screenshot under the test output
/// folder (<c>screenshots/</c>) and attaches it to the result.
/// </summary>
[NonParallelizable]
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private ServerFactory _server = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _baseUrl = "";

    [OneTimeSetUp]
    public async Task Start()
    {
        if (!File.Exists(Chromium)) Assert.Ignore($"{Chromium} is absent: install Debian's chromium package (.ci/run does) to run the browser tests.");
        _server = new ServerFactory(settings: new Dictionary<string, string?> { ["Urls"] = "http://127.0.0.1:0" });
        _server.UseKestrel(0);
        _server.StartServer();
        _baseUrl = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await _server.ReadyClientAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage", "--lang=zh-CN"],
        });
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        _server?.Dispose();
    }

    private async Task<IPage> OpenAsync(string path, int width = 1280)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 }, Locale = "zh-CN" });
        page.SetDefaultTimeout(30_000);
        await page.GotoAsync(_baseUrl + path);
        return page;
    }

    private static async Task ScreenshotAsync(IPage page, string name, bool fullPage = false)
    {
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.AddTestAttachment(path, name);
        TestContext.Out.WriteLine("Screenshot: " + path);
    }

    [Test]
    public async Task Search_in_traditional_script_then_narrow_by_a_facet()
    {
        var page = await OpenAsync("/");
        await page.FillAsync("#q", "儲存油溫");
        await page.ClickAsync("button[type=submit]");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共 3 项标准");
        var marks = await page.Locator("article.hit mark").AllTextContentsAsync();
        Assert.That(marks, Does.Contain("储存油温"));
        await ScreenshotAsync(page, "search-traditional");

        await page.ClickAsync("a[data-facet=level][data-value=local]");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共 1 项标准");
        await Assertions.Expect(page.Locator("article.hit .title")).ToContainTextAsync("DB22/T 3999—2023");
        await Assertions.Expect(page.Locator(".chip")).ToContainTextAsync("地方标准");
        Assert.That(page.Url, Does.Contain("level=local"));
        await ScreenshotAsync(page, "search-facet-local");
        await page.SetViewportSizeAsync(1024, 768);
        await page.ClickAsync(".chip a");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("共 3 项标准");
        await ScreenshotAsync(page, "search-1024");
        await page.CloseAsync();
    }

    [Test]
    public async Task Malformed_query_shows_the_problem()
    {
        var page = await OpenAsync("/?q=" + Uri.EscapeDataString("\"储存油温"), width: 1024);
        await Assertions.Expect(page.Locator("#search-error")).ToContainTextAsync("a quote is not closed");
        await page.CloseAsync();
    }

    [Test]
    public async Task Open_a_standard_from_a_hit_and_land_on_its_clause()
    {
        var page = await OpenAsync("/?q=" + Uri.EscapeDataString("储存油温") + "&level=national", width: 1024);
        await page.Locator("article.hit", new PageLocatorOptions { HasText = "GB/T 31999—2021" }).Locator("a.num", new LocatorLocatorOptions { HasText = "5.2.1" }).ClickAsync();
        await Assertions.Expect(page.Locator("#title")).ToContainTextAsync("GB/T 31999—2021 食用植物油散装储存技术规范");
        Assert.That(page.Url, Does.EndWith("#c-5.2.1"));
        await Assertions.Expect(page.Locator("#c-5\\.2\\.1")).ToContainTextAsync("储存油温应不大于 25 ℃");
        await Assertions.Expect(page.Locator("#rel-replaces")).ToContainTextAsync("GB/T 31999-2015");
        await Assertions.Expect(page.Locator("#rel-cites")).ToContainTextAsync("GB/T 5524");
        Assert.That(await page.Locator("#toc a").CountAsync(), Is.GreaterThan(10));
        await ScreenshotAsync(page, "standard-clause-1024");

        await page.SetViewportSizeAsync(1280, 900);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await ScreenshotAsync(page, "standard-top");
        await page.ClickAsync("#rel-replaces a");
        await Assertions.Expect(page.Locator("#title")).ToContainTextAsync("GB/T 31999—2015");
        await Assertions.Expect(page.Locator("#rel-replaced-by")).ToContainTextAsync("GB/T 31999-2021");
        await Assertions.Expect(page.Locator("#rel-cited-by")).ToContainTextAsync("T/JLLY 036-2020");
        await ScreenshotAsync(page, "standard-relations");
        await page.ClickAsync("#toc a[href='#c-4']");
        Assert.That(page.Url, Does.EndWith("#c-4"));
        await Assertions.Expect(page.Locator("#c-4")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("target"));
        await page.CloseAsync();
    }

    [Test]
    public async Task Every_seeded_standard_opens_with_its_clause_tree()
    {
        var client = _server.CreateClient();
        var list = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(client, "/api/standards");
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        foreach (var standard in list.EnumerateArray())
        {
            var key = standard.GetProperty("key").GetString()!;
            await page.GotoAsync(_baseUrl + "/standard.html?id=" + Uri.EscapeDataString(key));
            await Assertions.Expect(page.Locator("#title")).ToContainTextAsync(standard.GetProperty("id").GetString()!);
            Assert.That(await page.Locator("#toc a").CountAsync(), Is.GreaterThan(2), key);
            if (key is "jl-bzh-14th-fyp-notice" or "ISO 29875:2019" or "CNS 16289")
                await ScreenshotAsync(page, "standard-" + new string(key.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant());
        }
        await page.GotoAsync(_baseUrl + "/standard.html?id=" + Uri.EscapeDataString("GB/T 1-1999"));
        await Assertions.Expect(page.Locator("#not-found")).ToContainTextAsync("索引中没有该标准");
        await page.CloseAsync();
    }

    [Test]
    public async Task Compare_two_standards_shows_degree_conflicts_and_redline()
    {
        var page = await OpenAsync("/compare.html");
        await page.FillAsync("#a", "GB/T 31999-2021");
        await page.FillAsync("#b", "DB22/T 3999-2023");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#degree")).ToHaveTextAsync("MOD");
        await Assertions.Expect(page.Locator("#conflicts")).ToContainTextAsync("B 严于 A");
        var row521 = page.Locator("#sides tr").Filter(new LocatorFilterOptions
        {
            Has = page.Locator("td.num", new PageLocatorOptions { HasTextRegex = new System.Text.RegularExpressions.Regex(@"^5\.2\.1$") }),
        }).First;
        await Assertions.Expect(row521.Locator("td.kind")).ToContainTextAsync("B 严于 A"); // the conflict is flagged on its row
        Assert.That(await page.Locator("#sides del").CountAsync(), Is.GreaterThan(0));
        Assert.That(await page.Locator("#sides ins").CountAsync(), Is.GreaterThan(0));
        await ScreenshotAsync(page, "compare");

        await page.CheckAsync("#only-changes");
        Assert.That(await page.Locator("#sides tr.identical").First.IsHiddenAsync(), Is.True);
        await page.Locator("#sides").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "compare-redline");
        await page.CloseAsync();
    }

    [Test]
    public async Task Compare_an_uploaded_file_against_an_indexed_standard()
    {
        var page = await OpenAsync("/compare.html", width: 1024);
        await page.SetInputFilesAsync("#file-a", Repo.Sample("pdf/gbt-31999-2015.pdf"));
        await page.FillAsync("#b", "GB/T 31999-2021");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#scores")).ToContainTextAsync("一致性程度");
        await Assertions.Expect(page.Locator("h2").First).ToContainTextAsync("GB/T 31999—2015");
        await ScreenshotAsync(page, "compare-upload-1024");
        await page.CloseAsync();
    }

    [Test]
    public async Task Check_an_uploaded_draft_shows_its_share_and_sources()
    {
        var page = await OpenAsync("/check.html");
        await page.SetInputFilesAsync("#file", Repo.Sample("docx/t-hzev-007-2024-draft.docx"));
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#sources")).ToContainTextAsync("T/JSEBA 018—2022");
        await Assertions.Expect(page.Locator("#share")).ToContainTextAsync("%");
        Assert.That(await page.Locator("#clauses mark").CountAsync(), Is.GreaterThan(5));
        await ScreenshotAsync(page, "check-draft");
        await page.Locator("#clauses").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "check-draft-passages");
        await page.CloseAsync();
    }

    [Test]
    public async Task Portfolio_report_draws_the_rate_against_the_target()
    {
        var page = await OpenAsync("/report.html");
        await page.ClickAsync("#run");
        await Assertions.Expect(page.Locator("#entries")).ToContainTextAsync("DB22/T 3999—2023");
        await Assertions.Expect(page.Locator("#chart")).ToContainTextAsync("目标 90.0 %");
        Assert.That(page.Url, Does.Contain("set="));
        await ScreenshotAsync(page, "report");
        await page.SetViewportSizeAsync(1024, 768);
        await ScreenshotAsync(page, "report-1024", fullPage: true);
        await page.CloseAsync();
    }

    [Test]
    public async Task Upload_asks_for_the_api_key_when_the_server_wants_one()
    {
        using var locked = new ServerFactory(settings: new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0", ["Server:ApiKey"] = "page-key", ["Server:RequireApiKeyOnLoopback"] = "true",
        });
        locked.UseKestrel(0);
        locked.StartServer();
        var url = locked.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var page = await _browser.NewPageAsync();
        var asked = 0;
        page.Dialog += async (_, dialog) => { asked++; await dialog.AcceptAsync("page-key"); };
        await page.GotoAsync(url + "/upload.html");
        await page.SetInputFilesAsync("#file", Repo.Sample("txt/wbt-1999-2020.txt"));
        await page.ClickAsync("#upload");
        await Assertions.Expect(page.Locator("#uploaded")).ToContainTextAsync("WB/T 1999—2020");
        Assert.That(asked, Is.EqualTo(1));
        await page.CloseAsync();
    }

    [Test]
    public async Task Upload_a_draft_and_see_it_indexed()
    {
        var page = await OpenAsync("/upload.html");
        await page.SetInputFilesAsync("#file", Repo.Sample("docx/t-hzev-007-2024-draft.docx"));
        await page.ClickAsync("#upload");
        await Assertions.Expect(page.Locator("#uploaded")).ToContainTextAsync("T/HZEV 007—2024");
        await ScreenshotAsync(page, "upload-draft");

        await page.SetInputFilesAsync("#file", Repo.Sample("bad/not-a-pdf.pdf"));
        await page.ClickAsync("#upload");
        await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("unsupported-type");
        await ScreenshotAsync(page, "upload-refused");

        var standard = await OpenAsync("/standard.html?id=" + Uri.EscapeDataString("T/HZEV 007-2024"));
        await Assertions.Expect(standard.Locator("#title")).ToContainTextAsync("T/HZEV 007—2024");
        await standard.CloseAsync();
        await page.CloseAsync();
    }
}
