using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>
/// A program's open cycle with one request (Mina Mentee, three topics, a supervisor, wants a mentor from another
/// department by video, with private SWOT and avoid notes) and approved offers: Gale Good (two shared topics, another
/// department), Sam Same (one topic, her department), Blair Boss (her supervisor), Pat Paused (paused), and any
/// extras (another topic). Every mentor offers <c>capacity</c> places.
/// </summary>
public sealed record MatchingScene(int ProgramId, int CycleId, int RequestId, string MenteeEmail, IReadOnlyDictionary<string, (int VolunteerId, string Email)> Mentors)
{
    public const string PrivateStrength = "Secret strength: knows every MARC field";
    public const string PrivateAvoid = "Please not anyone from the reference desk";
    public const string Goals = "Plan a career in metadata.";

    public int VolunteerOf(string name) => Mentors[name].VolunteerId;

    public static async Task<MatchingScene> CreateAsync(TestAppFactory app, int extraMentors = 0, int capacity = 2, int extraRequests = 0)
    {
        var ct = TestContext.Current.CancellationToken;
        var programId = await app.CreateProgramAsync();
        var topics = await app.TopicIdsAsync();
        return await app.WithDbAsync(async db =>
        {
            var cycleId = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(ct);
            var home = new Department("Public Services " + Guid.NewGuid().ToString("N")[..6]);
            var other = new Department("Metadata and Cataloging " + Guid.NewGuid().ToString("N")[..6]);
            db.Departments.AddRange(home, other);
            await db.SaveChangesAsync(ct);
            StaffMember Person(string name, Department department, string? supervisor = null) =>
                new(name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}"[..30] + "@library.test")
                {
                    DepartmentId = department.Id, HireDate = new DateOnly(2015, 1, 1), SupervisorEmail = supervisor, Location = "Hayden Library",
                    JobTitle = "Librarian",
                };
            var boss = Person("Blair Boss", other);
            db.StaffMembers.Add(boss);
            await db.SaveChangesAsync(ct);
            var mentee = Person("Mina Mentee", home, boss.WorkEmail);
            var good = Person("Gale Good", other);
            var same = Person("Sam Same", home);
            var paused = Person("Pat Paused", other);
            var extras = Enumerable.Range(0, extraMentors).Select(i => Person($"Extra {i:D2}", other)).ToList();
            var otherMentees = Enumerable.Range(0, extraRequests).Select(i => Person($"Other Mentee {i:D2}", home)).ToList();
            db.StaffMembers.AddRange([mentee, good, same, paused, .. extras, .. otherMentees]);
            await db.SaveChangesAsync(ct);
            MenteeRequest Request(StaffMember who) => new(cycleId, who.Id)
            {
                Goals = Goals, ReadExpectations = true, InformedSupervisor = true, PreferMentorOutsideDepartment = true, PreferredContact = ContactMethods.Video,
                Strengths = PrivateStrength, Avoid = PrivateAvoid,
            };
            var request = Request(mentee);
            foreach (var r in otherMentees.Select(Request).Prepend(request))
            {
                r.SetTopics([topics[0], topics[1], topics[2]]);
                r.Submit(app.Clock.GetUtcNow());
                db.MenteeRequests.Add(r);
            }
            var offers = new Dictionary<string, (MentorVolunteer Offer, string Email)>();
            foreach (var (person, topicIds, approve) in new[] { (good, new[] { topics[0], topics[1] }, true), (same, new[] { topics[0] }, true), (boss, new[] { topics[0], topics[1], topics[2] }, true), (paused, new[] { topics[0] }, false) }
                .Concat(extras.Select(e => (e, new[] { topics[3] }, true))))
            {
                var offer = new MentorVolunteer(cycleId, person.Id) { Capacity = capacity, PreferredContact = ContactMethods.Video, ReadExpectations = true, InformedSupervisor = true };
                offer.SetTopics(topicIds);
                offer.Submit(app.Clock.GetUtcNow());
                offer.Approve();
                if (!approve)
                {
                    offer.Pause();
                }
                db.MentorVolunteers.Add(offer);
                offers[person.FullName] = (offer, person.WorkEmail);
            }
            await db.SaveChangesAsync(ct);
            return new MatchingScene(programId, cycleId, request.Id, mentee.WorkEmail, offers.ToDictionary(o => o.Key, o => (o.Value.Offer.Id, o.Value.Email)));
        });
    }
}
