using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Enrollment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class EnrollmentTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<(AppClient Client, string Email)> StaffAsync(DateOnly? hireDate = null)
    {
        var email = Unique("staff");
        await App.CreateUserAsync(email, profile: s =>
        {
            s.FullName = "Pat " + email[..8];
            s.HireDate = hireDate ?? new DateOnly(2015, 1, 1);
        });
        return (await LoginAsync(email), email);
    }

    private Task<int> StaffIdAsync(string email) =>
        App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == email).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken));

    private Task<List<OutboxMessage>> OutboxForAsync(string email) =>
        App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == email).ToListAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task RequestMentor_EmptyForm_ShowsAMessageForEachRule_AndSavesNothing()
    {
        var programId = await App.CreateProgramAsync();
        var (client, email) = await StaffAsync();

        var response = await client.SubmitAsync($"/Enroll/{programId}/Request", [new("Form.Goals", "short"), new("Form.Threats", new string('x', 2001))]);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose at least one topic you want help with.", AppClient.FieldError(page, "Form.TopicIds"));
        Assert.Equal("Say a little more about your goals (at least a sentence).", AppClient.FieldError(page, "Form.Goals"));
        Assert.Equal("Keep this under 2,000 characters.", AppClient.FieldError(page, "Form.Threats"));
        Assert.Equal("Choose at least one way to meet and be contacted.", AppClient.FieldError(page, "Form.PreferredContact"));
        Assert.Equal("Confirm that you have read the program expectations.", AppClient.FieldError(page, "Form.ReadExpectations"));
        Assert.Equal("Confirm that you have discussed this with, or told, your supervisor.", AppClient.FieldError(page, "Form.InformedSupervisor"));
        Assert.Equal("short", page.QuerySelector("textarea[name='Form.Goals']")!.TextContent);
        var staffId = await StaffIdAsync(email);
        Assert.False(await App.WithDbAsync(db => db.MenteeRequests.AnyAsync(r => r.StaffMemberId == staffId, TestContext.Current.CancellationToken)));
        Assert.Empty(await OutboxForAsync(email));
    }

    [Fact]
    public async Task RequestMentor_Submit_SavesTheRequestAndItsMailTogether_AndMailsTheApplicantAndCoordinators()
    {
        var coordinator = Unique("coord");
        await App.CreateUserAsync(coordinator, coordinator: true);
        var programId = await App.CreateProgramAsync(contact: "program.desk@library.test");
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();

        var response = await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/My", response.Headers.Location!.OriginalString);
        var staffId = await StaffIdAsync(email);
        var request = await App.WithDbAsync(db => db.MenteeRequests.Include(r => r.Topics).SingleAsync(r => r.StaffMemberId == staffId, TestContext.Current.CancellationToken));
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(ContactMethods.Email | ContactMethods.InPerson, request.PreferredContact);
        Assert.True(request.PreferMentorOutsideDepartment && request.ReadExpectations && request.InformedSupervisor);
        Assert.Equal(topics[0], Assert.Single(request.Topics).TopicId);
        // Written in the same SaveChanges: the rows share the request's creation instant.
        var confirmation = Assert.Single(await OutboxForAsync(email));
        Assert.Equal(request.CreatedAt, confirmation.CreatedAt);
        Assert.Single(await OutboxForAsync(coordinator));
        Assert.Single(await OutboxForAsync("program.desk@library.test"));

        await App.DeliverAsync();
        var mail = Assert.Single(await App.MessagesToAsync(email));
        Assert.Equal("https://localhost/My", mail.FirstLink("/My"));
        Assert.NotNull(mail.HtmlBody);

        var my = await client.GetPageAsync("/My");
        Assert.Contains("Submitted", my.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task RequestMentor_SecondSubmit_EditsTheOneOpenRequest_WithoutMoreMail()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));

        var form = await client.GetPageAsync($"/Enroll/{programId}/Request");
        Assert.Contains("Editing your request", form.Body!.TextContent);
        var stamp = form.QuerySelector("input[name='Form.ConcurrencyStamp']")!.GetAttribute("value")!;
        var values = EnrollmentData.RequestForm(topics[1], "A different goal: finish my library degree.");
        values.Add(new("Form.ConcurrencyStamp", stamp));
        await client.SubmitAsync($"/Enroll/{programId}/Request", values);

        var staffId = await StaffIdAsync(email);
        var request = await App.WithDbAsync(db => db.MenteeRequests.Include(r => r.Topics).SingleAsync(r => r.StaffMemberId == staffId, TestContext.Current.CancellationToken));
        Assert.Equal("A different goal: finish my library degree.", request.Goals);
        Assert.Equal(topics[1], Assert.Single(request.Topics).TopicId);
        Assert.Single(await OutboxForAsync(email));
    }

    [Fact]
    public async Task RequestMentor_EditFromAStaleForm_IsRefused()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var values = EnrollmentData.RequestForm(topics[0], "Overwriting from an old tab.");
        values.Add(new("Form.ConcurrencyStamp", Guid.NewGuid().ToString()));

        var page = await AppClient.ParseAsync(await client.SubmitAsync($"/Enroll/{programId}/Request", values));

        Assert.Contains("changed in another window", page.QuerySelector(".error-summary")!.TextContent);
        var staffId = await StaffIdAsync(email);
        Assert.NotEqual("Overwriting from an old tab.", await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.StaffMemberId == staffId).Select(r => r.Goals).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RequestMentor_AfterTheDeadline_IsClosed_WithTheNextWindow()
    {
        var programId = await App.CreateProgramAsync(opensInDays: -40, closesInDays: -10, nextOpensInDays: 30);
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();

        var page = await client.GetPageAsync($"/Enroll/{programId}/Request");
        var values = EnrollmentData.RequestForm(topics[0]);
        values.Add(new("__RequestVerificationToken", await client.TokenAsync()));
        var post = await client.PostAsync($"/Enroll/{programId}/Request", values);

        var next = App.Today().AddDays(30);
        Assert.Contains($"closed on {App.Today().AddDays(-10):d MMMM yyyy}", page.Body!.TextContent);
        Assert.Contains($"next window opens on {next:d MMMM yyyy}", page.Body.TextContent);
        Assert.Null(page.QuerySelector("textarea[name='Form.Goals']"));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var staffId = await StaffIdAsync(email);
        Assert.False(await App.WithDbAsync(db => db.MenteeRequests.AnyAsync(r => r.StaffMemberId == staffId, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Withdraw_OwnRequest_Works_AnotherPersonsId_IsNotFound()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (alice, aliceEmail) = await StaffAsync();
        var (bob, _) = await StaffAsync();
        await alice.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var aliceId = await StaffIdAsync(aliceEmail);
        var requestId = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.StaffMemberId == aliceId).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var bobsToken = await bob.TokenAsync();

        var byBob = await bob.PostAsync($"/My/Requests/{requestId}/Withdraw", [new("__RequestVerificationToken", bobsToken)]);
        var missing = await bob.PostAsync("/My/Requests/999999/Withdraw", [new("__RequestVerificationToken", bobsToken)]);

        Assert.Equal(HttpStatusCode.NotFound, byBob.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(TestContext.Current.CancellationToken)));

        var byAlice = await alice.SubmitAsync("/My", [], $"form[action='/My/Requests/{requestId}/Withdraw']");
        Assert.Equal(HttpStatusCode.Redirect, byAlice.StatusCode);
        Assert.Equal(RequestStatus.Withdrawn, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.Status).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(2, (await OutboxForAsync(aliceEmail)).Count);
    }

    [Fact]
    public async Task AskAgain_AfterWithdrawing_StartsFromWhatThePersonWroteBefore()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[1], goals: "Learn to lead the cataloging team."));
        await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[2], capacity: 3));
        var staffId = await StaffIdAsync(email);
        var requestId = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.StaffMemberId == staffId).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var offerId = await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.StaffMemberId == staffId).Select(v => v.Id).SingleAsync(TestContext.Current.CancellationToken));
        await client.SubmitAsync("/My", [], $"form[action='/My/Requests/{requestId}/Withdraw']");
        await client.SubmitAsync("/My", [], $"form[action='/My/Offers/{offerId}/Withdraw']");

        var my = await client.GetPageAsync("/My");
        var askAgain = my.QuerySelectorAll("main a").Single(a => a.TextContent.Trim() == "Ask again").GetAttribute("href")!;
        var request = await client.GetPageAsync(askAgain);
        var volunteer = await client.GetPageAsync($"/Enroll/{programId}/Volunteer");

        Assert.Equal("Learn to lead the cataloging team.", request.QuerySelector("textarea[name='Form.Goals']")!.TextContent);
        Assert.Equal("Patient with patrons", request.QuerySelector("textarea[name='Form.Strengths']")!.TextContent);
        Assert.Equal("Tuesday mornings", request.QuerySelector("textarea[name='Form.Availability']")!.TextContent);
        Assert.NotNull(request.QuerySelector($"input[name='Form.TopicIds'][value='{topics[1]}'][checked]"));
        Assert.Equal("Cataloging, committee work", volunteer.QuerySelector("textarea[name='Form.Expertise']")!.TextContent);
        Assert.NotNull(volunteer.QuerySelector($"input[name='Form.TopicIds'][value='{topics[2]}'][checked]"));
        Assert.Equal("3", volunteer.QuerySelector("input[name='Form.Capacity']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Volunteer_TooNew_SeesWhyAndWhen_AndAForgedPostIsRefused()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var hired = App.Today().AddMonths(-4);
        var (client, email) = await StaffAsync(hired);

        var page = await client.GetPageAsync($"/Enroll/{programId}/Volunteer");
        var token = await client.TokenAsync();
        var values = EnrollmentData.VolunteerForm(topics[0]);
        values.Add(new("__RequestVerificationToken", token));
        var posted = await client.PostAsync($"/Enroll/{programId}/Volunteer", values);

        Assert.Contains($"You will be eligible from {hired.AddMonths(12):d MMMM yyyy}", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("textarea[name='Form.Expertise']"));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Contains("Mentors need at least one year on staff", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var staffId = await StaffIdAsync(email);
        Assert.False(await App.WithDbAsync(db => db.MentorVolunteers.AnyAsync(v => v.StaffMemberId == staffId, TestContext.Current.CancellationToken)));
        Assert.DoesNotContain(await OutboxForAsync(email), m => m.Subject.Contains("volunteer", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Volunteer_Eligible_IsSaved_ThenTheCoordinatorApprovesAndRecordsTraining()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync(new DateOnly(2012, 5, 1));

        var posted = await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[2], capacity: 3));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var staffId = await StaffIdAsync(email);
        var offer = await App.WithDbAsync(db => db.MentorVolunteers.SingleAsync(v => v.StaffMemberId == staffId, TestContext.Current.CancellationToken));
        Assert.Equal((VolunteerStatus.Submitted, 3), (offer.Status, offer.Capacity));
        Assert.Single(await OutboxForAsync(email));
        Assert.Single(await OutboxForAsync(coordinatorEmail));

        var coordinator = await LoginAsync(coordinatorEmail);
        var list = await coordinator.GetPageAsync($"/Programs/{programId}/Volunteers");
        Assert.Contains("To review", list.QuerySelector("tbody")!.TextContent);
        await coordinator.SubmitAsync($"/Programs/{programId}/Volunteers", [], $"button[formaction='/Programs/{programId}/Volunteers/{offer.Id}/Approve']");
        await coordinator.SubmitAsync($"/Programs/{programId}/Volunteers", [], $"button[formaction='/Programs/{programId}/Volunteers/{offer.Id}/TrainingDone']");

        var after = await App.WithDbAsync(db => db.MentorVolunteers.SingleAsync(v => v.Id == offer.Id, TestContext.Current.CancellationToken));
        Assert.Equal(VolunteerStatus.Approved, after.Status);
        Assert.True(after.TrainingCompleted);
        Assert.Equal(App.Today(), after.TrainingCompletedOn);
    }

    [Fact]
    public async Task VolunteerList_ApprovingFromAStalePage_AfterTheVolunteerWithdrew_ShowsTheListWithWhyNothingChanged()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync(new DateOnly(2012, 5, 1));
        await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[0]));
        var staffId = await StaffIdAsync(email);
        var offerId = await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.StaffMemberId == staffId).Select(v => v.Id).SingleAsync(TestContext.Current.CancellationToken));
        var coordinator = await LoginAsync(coordinatorEmail);
        var stale = await coordinator.GetPageAsync($"/Programs/{programId}/Volunteers");
        var approve = stale.QuerySelector<IHtmlButtonElement>($"button[formaction='/Programs/{programId}/Volunteers/{offerId}/Approve']")!;
        var token = approve.Form!.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        await client.SubmitAsync("/My", [], $"form[action='/My/Offers/{offerId}/Withdraw']");
        var posted = await coordinator.PostAsync(approve.GetAttribute("formaction")!, [new("__RequestVerificationToken", token), new("returnQuery", "?status=")]);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal($"/Programs/{programId}/Volunteers?status=", posted.Headers.Location!.OriginalString);
        var page = await coordinator.GetPageAsync(posted.Headers.Location.OriginalString);
        Assert.Equal("This volunteer has withdrawn their offer, so their standing can no longer change.", page.QuerySelector("[role=status]")!.TextContent.Trim());
        Assert.Empty(page.QuerySelectorAll($"button[formaction^='/Programs/{programId}/Volunteers/{offerId}/']"));
        var after = await App.WithDbAsync(db => db.MentorVolunteers.SingleAsync(v => v.Id == offerId, TestContext.Current.CancellationToken));
        Assert.Equal(VolunteerStatus.Withdrawn, after.Status);
    }

    [Fact]
    public async Task VolunteerList_OffersOnlyTheActionsTheStandingAllows_AndTheRouteTakesNoOther()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync(new DateOnly(2012, 5, 1));
        await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[0]));
        var staffId = await StaffIdAsync(email);
        var offerId = await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.StaffMemberId == staffId).Select(v => v.Id).SingleAsync(TestContext.Current.CancellationToken));
        var coordinator = await LoginAsync(coordinatorEmail);
        string[] Actions(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll($"button[formaction^='/Programs/{programId}/Volunteers/{offerId}/']")
            .Select(f => f.GetAttribute("formaction")!.Split('/')[^1]).ToArray();

        var submitted = Actions(await coordinator.GetPageAsync($"/Programs/{programId}/Volunteers"));
        await coordinator.SubmitAsync($"/Programs/{programId}/Volunteers", [], $"button[formaction='/Programs/{programId}/Volunteers/{offerId}/Approve']");
        var approved = Actions(await coordinator.GetPageAsync($"/Programs/{programId}/Volunteers"));
        var token = await coordinator.TokenAsync($"/Programs/{programId}/Volunteers");
        var numeric = await coordinator.PostAsync($"/Programs/{programId}/Volunteers/{offerId}/0", [new("__RequestVerificationToken", token)]);
        var unknown = await coordinator.PostAsync($"/Programs/{programId}/Volunteers/{offerId}/Withdraw", [new("__RequestVerificationToken", token)]);

        Assert.Equal(["Approve", "Pause", "TrainingDone"], submitted);
        Assert.Equal(["Pause", "TrainingDone"], approved);
        Assert.Equal(HttpStatusCode.NotFound, numeric.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task RequestDetails_ShowTheCoordinatorEverything_OnlyUnderItsOwnProgram_AndNeverToStaff()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var otherProgramId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var staffId = await StaffIdAsync(email);
        var requestId = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.StaffMemberId == staffId).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var coordinator = await LoginAsync(coordinatorEmail);

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Requests/{requestId}");
        var wrongProgram = await coordinator.GetAsync($"/Programs/{otherProgramId}/Requests/{requestId}");
        var asStaff = await client.GetAsync($"/Programs/{programId}/Requests/{requestId}");

        Assert.Contains("Patient with patrons", page.QuerySelector("main")!.TextContent);
        Assert.Contains("Tuesday mornings", page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, wrongProgram.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asStaff.StatusCode);
        Assert.Contains("AccessDenied", asStaff.Headers.Location!.ToString());
    }

    [Fact]
    public async Task CoordinatorLists_FilterSearchAndExport_WithFormulasNeutralised()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var formulaEmail = Unique("formula");
        await App.CreateUserAsync(formulaEmail, profile: s => s.FullName = "=HYPERLINK(\"http://evil.test\")");
        var formula = await LoginAsync(formulaEmail);
        await formula.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var (other, _) = await StaffAsync();
        await other.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[3]));
        var coordinator = await LoginAsync(coordinatorEmail);

        var byTopic = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?topic={topics[3]}");
        var bySearch = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?q=HYPERLINK");
        var csvResponse = await coordinator.GetAsync($"/Programs/{programId}/Requests.csv?q=HYPERLINK");
        var csv = await csvResponse.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Single(byTopic.QuerySelectorAll("tbody tr"));
        Assert.Single(bySearch.QuerySelectorAll("tbody tr"));
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType!.MediaType);
        var dataLine = csv.Split('\n')[1];
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://evil.test\"\")\"", dataLine);
    }

    [Fact]
    public async Task AKeptListPage_KeepsItsMarkupOnlyUnderAKeyTheDataBounds_AndANewOneAfterAnyEnrollmentChange()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        async Task<string?> KeyAsync(EnrollmentLists.Filter filter)
        {
            using var scope = App.Services.CreateScope();
            var page = await scope.ServiceProvider.GetRequiredService<EnrollmentLists.Handler>().RequestsAsync(programId, filter, TestContext.Current.CancellationToken);
            return page!.RenderKey;
        }
        var plain = new EnrollmentLists.Filter(null, null, null, null, null);

        var first = await KeyAsync(plain with { Status = "Submitted" });
        var again = await KeyAsync(plain with { Status = "Submitted" });
        var anyStatus = await KeyAsync(plain);
        // Values the page's key does not bound: each is shown back in the markup, so none may make a new kept copy.
        string?[] unbounded =
        [
            await KeyAsync(plain with { Status = "Open" }),
            await KeyAsync(plain with { Status = "  " }),
            await KeyAsync(plain with { Status = " Submitted" }),
            await KeyAsync(plain with { Status = "Submitted,Submitted" }),
            await KeyAsync(plain with { Status = "submitted" }),
            await KeyAsync(plain with { Q = "pat" }),
            await KeyAsync(plain with { Page = 0 }),
            await KeyAsync(plain with { Page = 2_000_000 }),
            await KeyAsync(plain with { Size = 30 }),
            await KeyAsync(plain with { Topic = 999_999 }),
            await KeyAsync(plain with { Cycle = 999_999 }),
        ];
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken)).FullName = "Pat Renamed";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var afterChange = await KeyAsync(plain with { Status = "Submitted" });

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.NotNull(anyStatus);
        Assert.NotEqual(first, anyStatus);
        Assert.All(unbounded, Assert.Null);
        Assert.NotNull(afterChange);
        Assert.NotEqual(first, afterChange);
    }

    [Fact]
    public async Task VolunteerList_KeptMarkupHoldsNoVisitorsToken_SoASecondCoordinatorChangesAStandingFromTheSamePage()
    {
        var firstEmail = Unique("coord");
        var secondEmail = Unique("coord");
        await App.CreateUserAsync(firstEmail, coordinator: true);
        await App.CreateUserAsync(secondEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync(new DateOnly(2012, 5, 1));
        await client.SubmitAsync($"/Enroll/{programId}/Volunteer", EnrollmentData.VolunteerForm(topics[0]));
        var offerId = await App.WithDbAsync(async db => await db.MentorVolunteers.Where(v => v.StaffMember!.WorkEmail == email).Select(v => v.Id).SingleAsync(TestContext.Current.CancellationToken));
        var first = await LoginAsync(firstEmail);
        var second = await LoginAsync(secondEmail);

        var seenByFirst = await first.GetPageAsync($"/Programs/{programId}/Volunteers");
        var seenBySecond = await second.GetPageAsync($"/Programs/{programId}/Volunteers");
        var approved = await second.SubmitAsync($"/Programs/{programId}/Volunteers", [], $"button[formaction='/Programs/{programId}/Volunteers/{offerId}/Approve']");

        string Token(AngleSharp.Dom.IDocument page) => page.QuerySelector("main input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        Assert.Equal(seenByFirst.QuerySelector("table")!.OuterHtml, seenBySecond.QuerySelector("table")!.OuterHtml);
        Assert.Empty(seenBySecond.QuerySelectorAll("table input"));
        Assert.NotEqual(Token(seenByFirst), Token(seenBySecond));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(VolunteerStatus.Approved, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == offerId).Select(v => v.Status).SingleAsync(TestContext.Current.CancellationToken)));
        Assert.Equal(["Pause", "TrainingDone"], (await first.GetPageAsync($"/Programs/{programId}/Volunteers"))
            .QuerySelectorAll($"button[formaction^='/Programs/{programId}/Volunteers/{offerId}/']").Select(b => b.GetAttribute("formaction")!.Split('/')[^1]));
    }

    [Fact]
    public async Task AListPageSeenAgain_IsTheKeptOne_UntilASaveRenewsTheStamp()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var (client, email) = await StaffAsync();
        await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var coordinator = await LoginAsync(coordinatorEmail);
        var url = $"/Programs/{programId}/Requests?status=Submitted";
        async Task<string> NamesAsync() => (await coordinator.GetPageAsync(url)).QuerySelector("main tbody")!.TextContent;
        var first = await NamesAsync();

        // A change that bypasses SaveChanges renews no stamp (ADR 0025): the page seen again is the kept one.
        await App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == email)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.FullName, "Bypassed Name"), TestContext.Current.CancellationToken));
        var kept = await NamesAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken)).FullName = "Saved Name";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var afterSave = await NamesAsync();

        Assert.Contains("Pat ", first);
        Assert.Equal(first, kept);
        Assert.DoesNotContain("Bypassed Name", kept);
        Assert.Contains("Saved Name", afterSave);
    }
}

public sealed class EnrollmentTestsOnSqlite(SqliteApp fixture) : EnrollmentTests(fixture), IClassFixture<SqliteApp>;

public sealed class EnrollmentTestsOnPostgres(PostgresApp fixture) : EnrollmentTests(fixture), IClassFixture<PostgresApp>;
