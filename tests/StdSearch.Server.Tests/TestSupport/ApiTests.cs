namespace StdSearch.Server.Tests.TestSupport;

/// <summary>A fixture's server on the seeded sample index and a client that waits for it to be ready: one per test class.</summary>
public abstract class ApiTests
{
    /// <summary>The server (its services, its folder).</summary>
    internal ServerFactory Server { get; private set; } = null!;

    /// <summary>A client of <see cref="Server"/>.</summary>
    internal HttpClient Client { get; private set; } = null!;

    [OneTimeSetUp]
    public async Task StartServer()
    {
        Server = new ServerFactory();
        Client = await Server.ReadyClientAsync();
    }

    [OneTimeTearDown]
    public void StopServer() => Server.Dispose();
}
