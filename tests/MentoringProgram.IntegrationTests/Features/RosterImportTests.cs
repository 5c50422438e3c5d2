using System.Net;
using System.Net.Http.Headers;
using System.Text;
using MentoringProgram.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class RosterImportTests(AppFixture fixture) : AppTests(fixture)
{
    private Task<(AppClient Client, HttpResponseMessage Response)> UploadAsync(string csv, string fileName = "roster.csv", AppClient? client = null) =>
        UploadBytesAsync(Encoding.UTF8.GetBytes(csv), fileName, client);

    private async Task<(AppClient Client, HttpResponseMessage Response)> UploadBytesAsync(byte[] bytes, string fileName = "roster.csv", AppClient? client = null)
    {
        if (client is null)
        {
            var coordinator = Unique("coord");
            await App.CreateUserAsync(coordinator, coordinator: true);
            client = await LoginAsync(coordinator);
        }
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return (client, await client.PostMultipartAsync("/Roster/Import", "/Roster/Import", content));
    }

    private static async Task<HttpResponseMessage> ConfirmAsync(AppClient client, HttpResponseMessage preview, IEnumerable<KeyValuePair<string, string>>? ticked = null)
    {
        var page = await AppClient.ParseAsync(preview);
        var form = page.QuerySelector("form[action='/Roster/Import/Confirm']") ?? throw new InvalidOperationException("No confirm form: " + page.Body?.TextContent);
        var values = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await client.PostAsync("/Roster/Import/Confirm", values.Concat(ticked ?? []));
    }

    [Fact]
    public async Task Import_PreviewThenConfirm_AddsStaffAndDepartments_AndReimportUpdates()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            Name,Work email,Department,Job title,Hire date,Supervisor,Supervisor email,Branch
            Ada Lovelace,ada.{tag}@library.test,Special Collections {tag},Archivist,2015-03-01,Grace Hopper,grace.{tag}@library.test,Main
            Alan Turing,alan.{tag}@library.test,Systems {tag},Developer,2025-10-01,,,Annex
            """;

        var (client, preview) = await UploadAsync(csv);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var previewPage = await AppClient.ParseAsync(preview);
        Assert.Contains("2 to add", previewPage.Body!.TextContent);
        Assert.Equal(0, await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.WorkEmail.Contains(tag), TestContext.Current.CancellationToken)));

        var confirmed = await ConfirmAsync(client, preview);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var ada = await App.WithDbAsync(db => db.StaffMembers.Include(s => s.Department).SingleAsync(s => s.WorkEmail == $"ada.{tag}@library.test", TestContext.Current.CancellationToken));
        Assert.Equal($"Special Collections {tag}", ada.Department!.Name);
        Assert.Equal(new DateOnly(2015, 3, 1), ada.HireDate);
        Assert.Equal("Main", ada.Location);

        var updated = csv.Replace("Archivist", "Head of Archives", StringComparison.Ordinal);
        var (_, secondPreview) = await UploadAsync(updated, client: client);
        var secondPage = await AppClient.ParseAsync(secondPreview);
        Assert.Contains("1 to update", secondPage.Body!.TextContent);
        Assert.Contains("Job title: Archivist → Head of Archives", secondPage.Body.TextContent);
        await ConfirmAsync(client, secondPreview);

        var after = await App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail.Contains(tag)).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, after.Count);
        Assert.Equal("Head of Archives", after.Single(s => s.FullName == "Ada Lovelace").JobTitle);
    }

    [Fact]
    public async Task Import_BadRows_AreListedWithLineAndColumn_AndNothingIsSaved()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            Name,Email,Department,HireDate
            Good Person,good.{tag}@library.test,Access,2020-01-01
            ,missing.name.{tag}@library.test,Access,2020-01-01
            Bad Email,not-an-email,Access,2020-01-01
            Bad Date,bad.date.{tag}@library.test,Access,31/31/2020
            Twice,good.{tag}@library.test,Access,2020-01-01
            """;

        var (_, response) = await UploadAsync(csv);
        var page = await AppClient.ParseAsync(response);
        var rows = page.QuerySelectorAll(".error-summary tbody tr").Select(r => string.Join("|", r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()))).ToList();

        Assert.Contains("3|Name|Name is empty.", rows);
        Assert.Contains("4|Email|\"not-an-email\" is not an email address.", rows);
        Assert.Contains(rows, r => r.StartsWith("5|HireDate|", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("6|Email|", StringComparison.Ordinal) && r.Contains("line 2", StringComparison.Ordinal));
        Assert.Equal(0, await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.WorkEmail.Contains(tag), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Import_FileOverTheLimit_IsRefusedBeforeParsing()
    {
        var big = "Name,Email\n" + string.Concat(Enumerable.Repeat("x", 1024 * 1024 + 10));
        var (_, response) = await UploadAsync(big);
        var page = await AppClient.ParseAsync(response);

        Assert.Contains("the limit is 1,024 KB", AppClient.FieldError(page, "file"));
    }

    [Fact]
    public async Task Import_Latin1File_IsRefusedWithHowToSaveAsUtf8_AndNothingIsSaved()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"Name,Email\nJosé Núñez,jose.{tag}@library.test\n";

        var (_, response) = await UploadBytesAsync(Encoding.Latin1.GetBytes(csv));
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("CSV UTF-8", AppClient.FieldError(page, "file"));
        Assert.Null(page.QuerySelector("form[action='/Roster/Import/Confirm']"));
        Assert.Equal(0, await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.WorkEmail.Contains(tag), TestContext.Current.CancellationToken)));

        var bom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var (_, utf8) = await UploadBytesAsync([.. bom.GetPreamble(), .. bom.GetBytes(csv)]);
        Assert.Contains("José Núñez", (await AppClient.ParseAsync(utf8)).QuerySelector("tbody")!.TextContent);
    }

    [Fact]
    public async Task Import_DepartmentThatLooksLikeAListedOne_IsFlagged_AndCreatedOnlyWhenConfirmed()
    {
        await App.WithDbAsync(async db =>
        {
            if (!await db.Departments.AnyAsync(d => d.Name == "Access Services", TestContext.Current.CancellationToken))
            {
                db.Departments.Add(new Web.Domain.Department("Access Services"));
            }
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = $"""
            Name,Email,Department
            Jo Typo,jo.{tag}@library.test,Acess Servces
            Lee Typo,lee.{tag}@library.test,Acess Servces
            """;

        var (client, preview) = await UploadAsync(csv);
        var page = await AppClient.ParseAsync(preview);
        var flagged = page.QuerySelector("#likely-typos")!.TextContent;
        Assert.Contains("Create \"Acess Servces\" as a new department", flagged);
        Assert.Contains("Lines 2, 3: did you mean Access Services?", flagged);
        Assert.DoesNotContain("New departments will be created", page.Body!.TextContent);

        var unconfirmed = await ConfirmAsync(client, preview);
        var refusal = await AppClient.ParseAsync(unconfirmed);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Nothing was imported", AppClient.FieldError(refusal, "confirmDepartment"));
        Assert.Equal(0, await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.WorkEmail.Contains(tag), TestContext.Current.CancellationToken)));
        Assert.False(await App.WithDbAsync(db => db.Departments.AnyAsync(d => d.Name == "Acess Servces", TestContext.Current.CancellationToken)));

        var confirmed = await ConfirmAsync(client, preview, [new("confirmDepartment", "Acess Servces")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.Departments.AnyAsync(d => d.Name == "Acess Servces", TestContext.Current.CancellationToken)));
        Assert.Equal(2, await App.WithDbAsync(db => db.StaffMembers.CountAsync(s => s.WorkEmail.Contains(tag), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Import_WithoutEmailColumn_SaysWhichColumnIsMissing()
    {
        var (_, response) = await UploadAsync("Name,Department\nJo,Access\n");
        var page = await AppClient.ParseAsync(response);

        Assert.Contains("The file has no Email column", page.QuerySelector(".error-summary")!.TextContent);
    }
}

public sealed class RosterImportTestsOnSqlite(SqliteApp fixture) : RosterImportTests(fixture), IClassFixture<SqliteApp>;

public sealed class RosterImportTestsOnPostgres(PostgresApp fixture) : RosterImportTests(fixture), IClassFixture<PostgresApp>;
