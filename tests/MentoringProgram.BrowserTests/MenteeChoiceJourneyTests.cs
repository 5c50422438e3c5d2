using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.MenteeChoice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Mentee choice clicked through in Chromium, on a phone as most staff would, with an axe check on every page:
/// a mentee chooses from the short list and asks a mentor, who accepts in the app; another mentee's ask lapses when the
/// clock passes its due time, and she is offered the next mentors instead.</summary>
public sealed class MenteeChoiceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMenteeAsksAMentorWhoAccepts_AndAnotherAskLapsesWhenTheClockMoves()
    {
        var scene = await Scene.CreateAsync(fixture.App);
        foreach (var email in scene.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }

        // Mina, on her phone: My mentoring, then the short list with reasons.
        var mina = await fixture.LogInAsync(scene.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/My");
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("you choose your mentor from a short list");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByRole(AriaRole.Link, new() { Name = "Choose my mentor" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(mina, url => url.EndsWith("/Mentors", StringComparison.Ordinal), "Mina's short list");
        var cards = mina.Locator("ol.suggestions > li");
        await Assertions.Expect(cards).ToHaveCountAsync(3);
        await Assertions.Expect(cards.Nth(0).Locator("h3")).ToHaveTextAsync("Ada Archive");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Shares 3 of 3 topics");
        await Assertions.Expect(mina.Locator("main")).Not.ToContainTextAsync("Cleo Chief");
        await Assertions.Expect(mina.Locator("main")).Not.ToContainTextAsync("score");
        await Accessibility.AssertNoViolationsAsync(mina);
        await cards.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Ask Ada Archive" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ask is sent");
        await Assertions.Expect(mina.GetByRole(AriaRole.Heading, new() { Name = "Waiting for Ada Archive" })).ToBeVisibleAsync();
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("They have until 5 March 2026, 14:30");
        await Accessibility.AssertNoViolationsAsync(mina);

        // Ada sees the ask on her page, reads Mina's goals and accepts.
        var ada = await fixture.LogInAsync(scene.Emails["Ada Archive"]);
        await ada.GotoAsync("/My");
        await Assertions.Expect(ada.Locator("main")).ToContainTextAsync("Mina Mentee has asked you to be their mentor.");
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByRole(AriaRole.Link, new() { Name = "See the ask and answer" }).ClickAsync();
        await Assertions.Expect(ada.Locator("main h1")).ToHaveTextAsync("Mina Mentee asks you to mentor them");
        await Assertions.Expect(ada.Locator("main")).ToContainTextAsync(Scene.GoalsOf("Mina Mentee"));
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Accept and be their mentor" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(ada, url => url.EndsWith("/My", StringComparison.Ordinal), "Ada's mentoring page");
        await Assertions.Expect(ada.GetByRole(AriaRole.Status)).ToContainTextAsync("You have accepted.");
        await Accessibility.AssertNoViolationsAsync(ada);

        await mina.ReloadAsync();
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("Ada Archive is your mentor.");
        var introductions = await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("introduction:"))
            .Select(m => m.ToAddress).OrderBy(a => a).ToListAsync(Ct));
        Assert.Equal(new[] { scene.Emails["Ada Archive"], scene.Emails["Mina Mentee"] }.Order(), introductions);

        // Noor asks Ben, who never answers; three days later the ask lapses and she is offered the others.
        var noor = await fixture.LogInAsync(scene.Emails["Noor Newman"], phone: true);
        await noor.GotoAsync($"/My/Requests/{scene.Requests["Noor Newman"]}/Mentors");
        await noor.GetByRole(AriaRole.Button, new() { Name = "Ask Ben Budget" }).ClickAsync();
        await Assertions.Expect(noor.GetByRole(AriaRole.Heading, new() { Name = "Waiting for Ben Budget" })).ToBeVisibleAsync();

        fixture.App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var lapsed = await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<ExpireAsks>().RunAsync(Ct));
        Assert.Equal(1, lapsed);

        noor = await fixture.LogInAsync(scene.Emails["Noor Newman"], phone: true);
        await noor.GotoAsync($"/My/Requests/{scene.Requests["Noor Newman"]}/Mentors");
        await Assertions.Expect(noor.Locator("main")).ToContainTextAsync("Ben Budget: did not answer in time");
        await Assertions.Expect(noor.Locator("ol.suggestions")).Not.ToContainTextAsync("Ben Budget");
        await Assertions.Expect(noor.GetByRole(AriaRole.Button, new() { Name = "Ask Dev Digital" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(noor);
        var lapseMail = await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("ask-ended:"))
            .Select(m => m.ToAddress).OrderBy(a => a).ToListAsync(Ct));
        Assert.Equal(new[] { scene.Emails["Ben Budget"], scene.Emails["Noor Newman"] }.Order(), lapseMail);
    }

    /// <summary>
    /// A mentee-choice program's open cycle: Mina Mentee (three topics, supervised by Cleo Chief) and Noor Newman wait;
    /// the approved mentors are Ada Archive (all three of Mina's topics), Ben Budget (one place), Cleo Chief (Mina's
    /// supervisor, so never on her list) and Dev Digital. Each may choose from three.
    /// </summary>
    private sealed record Scene(int ProgramId, IReadOnlyDictionary<string, int> Requests, IReadOnlyDictionary<string, string> Emails)
    {
        public static string GoalsOf(string mentee) => $"{mentee} wants to find her way around the library's committees.";

        public static async Task<Scene> CreateAsync(TestAppFactory app)
        {
            var today = app.Clock.TodayIn(TimeZoneInfo.Utc);
            var suffix = Guid.NewGuid().ToString("N")[..6];
            return await app.WithDbAsync(async db =>
            {
                var topics = await db.Topics.OrderBy(t => t.SortOrder).Select(t => t.Id).ToListAsync(Ct);
                var program = new MentorshipProgram("Mentee choice journey " + suffix,
                    ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.MenteeChooses, MenteeChoices = 3, MentorAnswerDays = 3 });
                program.SetTopics(topics);
                program.AddCycle("Spring round", new EnrollmentWindow(today.AddDays(-10), today.AddDays(10)), today.AddDays(20));
                program.Activate();
                db.Programs.Add(program);
                var departments = new[] { "Public Services", "Finance", "Special Collections", "Digital Services" }
                    .Select(name => new Department($"{name} {suffix}")).ToArray();
                db.Departments.AddRange(departments);
                await db.SaveChangesAsync(Ct);
                var cycleId = program.Cycles.Single().Id;

                StaffMember Person(string name, int department, string? supervisor = null) =>
                    new(name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{suffix}@library.test")
                    {
                        DepartmentId = departments[department].Id, HireDate = new DateOnly(2015, 1, 1), SupervisorEmail = supervisor,
                        Location = "Hayden Library", JobTitle = "Librarian",
                    };
                var cleo = Person("Cleo Chief", 2);
                var mentors = new (StaffMember Person, int[] Topics, int Capacity)[]
                {
                    (Person("Ada Archive", 1), [0, 1, 2], 2),
                    (Person("Ben Budget", 1), [0], 1),
                    (cleo, [0, 1], 2),
                    (Person("Dev Digital", 3), [3], 2),
                };
                var mentees = new (StaffMember Person, int[] Topics)[]
                {
                    (Person("Mina Mentee", 0, cleo.WorkEmail), [0, 1, 2]),
                    (Person("Noor Newman", 0), [0]),
                };
                db.StaffMembers.AddRange([.. mentors.Select(m => m.Person), .. mentees.Select(m => m.Person)]);
                await db.SaveChangesAsync(Ct);

                var requests = new Dictionary<string, MenteeRequest>();
                foreach (var (person, topicIndexes) in mentees)
                {
                    var request = new MenteeRequest(cycleId, person.Id)
                    {
                        Goals = GoalsOf(person.FullName), ReadExpectations = true, InformedSupervisor = true,
                        PreferMentorOutsideDepartment = true, PreferredContact = ContactMethods.Video,
                    };
                    request.SetTopics(topicIndexes.Select(i => topics[i]));
                    request.Submit(app.Clock.GetUtcNow());
                    db.MenteeRequests.Add(request);
                    requests[person.FullName] = request;
                }
                foreach (var (person, topicIndexes, capacity) in mentors)
                {
                    var offer = new MentorVolunteer(cycleId, person.Id)
                    {
                        Capacity = capacity, PreferredContact = ContactMethods.Video, ReadExpectations = true, InformedSupervisor = true,
                    };
                    offer.SetTopics(topicIndexes.Select(i => topics[i]));
                    offer.Submit(app.Clock.GetUtcNow());
                    offer.Approve();
                    db.MentorVolunteers.Add(offer);
                }
                await db.SaveChangesAsync(Ct);
                return new Scene(program.Id, requests.ToDictionary(r => r.Key, r => r.Value.Id),
                    mentors.Select(m => m.Person).Concat(mentees.Select(m => m.Person)).ToDictionary(p => p.FullName, p => p.WorkEmail));
            });
        }
    }
}
