using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>
/// The Production configuration for real: the built app as its own process (Production, SQLite file, real host name,
/// public https address, trusted proxy) behind Caddy with its internal certificate authority, using the same
/// deploy/Caddyfile as docker-compose.yml. The first coordinator is created with the command-line verb and follows
/// the printed link, logs in and posts a form, over HTTPS only.
/// </summary>
public sealed class ProductionBehindProxyTests
{
    private const string Host = "mentoring.library.test";
    private const string Coordinator = "first.coordinator@library.test";
    private const string Password = "a long coordinator passphrase";

    [Fact]
    public async Task FirstCoordinator_SetsAPassword_LogsIn_AndPostsAForm_OverHttpsThroughCaddy()
    {
        var caddy = FindOnPath("caddy");
        if (caddy is null)
        {
            const string missing = "caddy is not installed (scripts/test.sh installs it with apt-get).";
            if (Environment.GetEnvironmentVariable("MP_REQUIRE_REAL_PARTS") == "1")
            {
                Assert.Fail(missing);
            }
            Assert.Skip(missing);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        var cancel = timeout.Token;

        var root = RepositoryRoot();
        var webProject = Path.Combine(root, "src", "MentoringProgram.Web");
        var webDll = Path.Combine(webProject, "bin", AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug", "net10.0", "MentoringProgram.Web.dll");
        var work = Directory.CreateTempSubdirectory("mentoring-proxy-").FullName;
        var (appPort, httpsPort, httpPort) = (FreePort(), FreePort(), FreePort());
        var publicUrl = $"https://{Host}:{httpsPort}";
        var appSettings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{appPort}",
            ["AllowedHosts"] = Host,
            ["Email__PublicBaseUrl"] = publicUrl,
            ["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1",
            ["Database__Provider"] = "Sqlite",
            ["Database__ConnectionString"] = $"Data Source={Path.Combine(work, "mentoring.db")}",
            ["Email__PickupDirectory"] = Path.Combine(work, "mail"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        var processes = new List<ExternalProcess>();
        try
        {
            // The documented first step: create the coordinator with the verb, which prints a set-password link.
            var verb = ExternalProcess.Start("create-coordinator", "dotnet", [webDll, "create-coordinator", Coordinator], webProject, appSettings);
            processes.Add(verb);
            Assert.True(await verb.WaitForExitAsync(cancel) == 0, verb.Describe());
            var link = verb.Output.Split('\n').Select(l => l.Trim()).Single(l => l.StartsWith(publicUrl + "/Identity/Account/ResetPassword?code=", StringComparison.Ordinal));

            var app = ExternalProcess.Start("app", "dotnet", [webDll], webProject, appSettings);
            processes.Add(app);
            var proxy = ExternalProcess.Start("caddy", caddy, ["run", "--config", Path.Combine(root, "deploy", "Caddyfile"), "--adapter", "caddyfile"], work, new Dictionary<string, string>
            {
                ["PUBLIC_HOST"] = Host,
                ["HTTP_PORT"] = httpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["HTTPS_PORT"] = httpsPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["APP_UPSTREAM"] = $"127.0.0.1:{appPort}",
                ["HOME"] = work,
                ["XDG_DATA_HOME"] = Path.Combine(work, "caddy-data"),
                ["XDG_CONFIG_HOME"] = Path.Combine(work, "caddy-config"),
            });
            processes.Add(proxy);
            string Logs() => string.Join("\n", processes.Select(p => p.Describe()));

            // Straight to the app over plain HTTP, not through the proxy: sent to the public https address, not a 500.
            using var direct = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
            var plain = await UntilAnsweredAsync(() => direct.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{appPort}/Identity/Account/Login")
            {
                Headers = { Host = Host },
            }, cancel), app, Logs, cancel);
            Assert.True(plain.StatusCode == HttpStatusCode.Redirect, $"plain HTTP answered {(int)plain.StatusCode}\n{Logs()}");
            Assert.Equal(new Uri(publicUrl + "/Identity/Account/Login"), plain.Headers.Location);

            var caddyRoot = Path.Combine(work, "caddy-data", "caddy", "pki", "authorities", "local", "root.crt");
            using var browser = new ProxyBrowser(httpsPort, caddyRoot);
            var loginPage = await UntilAnsweredAsync(() => browser.GetAsync(publicUrl + "/Identity/Account/Login", cancel), proxy, Logs, cancel);
            browser.Record(loginPage);

            // Follow the printed link and choose a password.
            var setPassword = await browser.PageAsync(link, cancel);
            var reset = await browser.SubmitAsync(setPassword, link, [new("Input.Email", Coordinator), new("Input.Password", Password), new("Input.ConfirmPassword", Password)], cancel);
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

            // Log in, then post a real form (add a department) and see the result.
            var login = await browser.PageAsync(publicUrl + "/Identity/Account/Login", cancel);
            var signedIn = await browser.SubmitAsync(login, publicUrl + "/Identity/Account/Login", [new("Input.Email", Coordinator), new("Input.Password", Password)], cancel);
            Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, $"login answered {(int)signedIn.StatusCode}\n{Logs()}");
            var departments = await browser.PageAsync(publicUrl + "/Departments", cancel);
            var saved = await browser.SubmitAsync(departments, publicUrl + "/Departments", [new("Form.Name", "Digital Scholarship")], cancel);
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            var after = await browser.PageAsync(new Uri(new Uri(publicUrl), saved.Headers.Location!).ToString(), cancel);
            Assert.Contains("Digital Scholarship", after.QuerySelector("main")?.TextContent, StringComparison.Ordinal);

            Assert.All(browser.Responses, r =>
            {
                Assert.Equal("https", r.RequestMessage!.RequestUri!.Scheme);
                Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{r.RequestMessage.Method} {r.RequestMessage.RequestUri} answered {(int)r.StatusCode}\n{Logs()}");
                Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(r.Headers.GetValues("Strict-Transport-Security")));
            });
            var cookies = browser.Responses.SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).ToList();
            Assert.Contains(cookies, c => c.StartsWith("__Host-mentoring=", StringComparison.Ordinal));
            Assert.Contains(cookies, c => c.StartsWith("__Host-mentoring-af=", StringComparison.Ordinal));
            Assert.All(cookies.Where(c => c.StartsWith("__Host-", StringComparison.Ordinal)), c =>
            {
                Assert.Contains("; secure", c, StringComparison.OrdinalIgnoreCase);
                Assert.Contains("; path=/", c, StringComparison.OrdinalIgnoreCase);
                Assert.DoesNotContain("domain=", c, StringComparison.OrdinalIgnoreCase);
            });
        }
        finally
        {
            foreach (var process in processes)
            {
                process.Dispose();
            }
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Retries for up to 30 seconds while the server is still starting.</summary>
    private static async Task<HttpResponseMessage> UntilAnsweredAsync(Func<Task<HttpResponseMessage>> send, ExternalProcess server, Func<string> logs, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            Assert.False(server.HasExited, $"{server.Name} stopped\n{logs()}");
            try
            {
                return await send();
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, cancel);
            }
            catch (HttpRequestException ex)
            {
                Assert.Fail($"{server.Name} did not answer within 30 s: {ex}\n{logs()}");
            }
        }
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("The repository root (MentoringProgram.sln) was not found.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>An HTTPS client for the real host name: connects to the proxy on loopback, trusts only Caddy's local
    /// certificate authority, keeps cookies, and records every response.</summary>
    private sealed class ProxyBrowser : IDisposable
    {
        private readonly HttpClient _http;

        public ProxyBrowser(int httpsPort, string caddyRootCertificate)
        {
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                CookieContainer = new CookieContainer(),
                ConnectCallback = async (context, cancel) =>
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    await socket.ConnectAsync(IPAddress.Loopback, httpsPort, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                },
                SslOptions = new SslClientAuthenticationOptions
                {
                    RemoteCertificateValidationCallback = (_, certificate, sent, _) => IssuedByCaddy(certificate, sent, caddyRootCertificate),
                },
            };
            _http = new HttpClient(handler);
        }

        public List<HttpResponseMessage> Responses { get; } = [];

        public void Record(HttpResponseMessage response) => Responses.Add(response);

        public async Task<HttpResponseMessage> GetAsync(string url, CancellationToken cancel) => await _http.GetAsync(url, cancel);

        public async Task<IDocument> PageAsync(string url, CancellationToken cancel)
        {
            var response = await _http.GetAsync(url, cancel);
            Record(response);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
            return await AppClient.ParseAsync(response);
        }

        /// <summary>Submits the page's main form with its hidden fields (antiforgery token, codes) and these values.</summary>
        public async Task<HttpResponseMessage> SubmitAsync(IDocument page, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancel)
        {
            var form = page.QuerySelector<IHtmlFormElement>("main form") ?? throw new InvalidOperationException($"No form on {pageUrl}");
            var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
            values.AddRange(fields);
            var action = new Uri(new Uri(pageUrl), form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl);
            var response = await _http.PostAsync(action, new FormUrlEncodedContent(values), cancel);
            Record(response);
            return response;
        }

        public void Dispose()
        {
            foreach (var response in Responses)
            {
                response.Dispose();
            }
            _http.Dispose();
        }

        private static bool IssuedByCaddy(X509Certificate? certificate, X509Chain? sent, string rootFile)
        {
            if (certificate is null || !File.Exists(rootFile))
            {
                return false;
            }
            using var chain = new X509Chain();
            chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
            chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
            chain.ChainPolicy.CustomTrustStore.Add(X509CertificateLoader.LoadCertificateFromFile(rootFile));
            foreach (var element in sent?.ChainElements.ToList() ?? [])
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
            var intermediate = Path.Combine(Path.GetDirectoryName(rootFile)!, "intermediate.crt");
            if (File.Exists(intermediate))
            {
                chain.ChainPolicy.ExtraStore.Add(X509CertificateLoader.LoadCertificateFromFile(intermediate));
            }
            return chain.Build(new X509Certificate2(certificate));
        }
    }
}
