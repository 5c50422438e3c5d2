using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.BrowserTests;

/// <summary>
/// A program's open cycle for a matching journey, built from domain entities (as the integration tests' MatchingScene):
/// four departments, approved mentors long on staff and submitted requests, each wanting a mentor from another
/// department by video. Names are unique per call only by their email, so several journeys share one database.
/// </summary>
public sealed record JourneyCast(int ProgramId, int CycleId, string ProgramName, IReadOnlyList<string> Departments, IReadOnlyList<string> TopicNames,
    IReadOnlyDictionary<string, int> Requests, IReadOnlyDictionary<string, string> Emails)
{
    /// <summary>Department and topics by index (topics in the app's order); capacity in places.</summary>
    public sealed record Mentor(string Name, int Department, int[] Topics, int Capacity);

    /// <summary>Supervisor: the name of one of the mentors, whose email goes on the mentee's profile.</summary>
    public sealed record Mentee(string Name, int Department, int[] Topics, string? Supervisor = null);

    public static async Task<JourneyCast> CreateAsync(TestAppFactory app, string programName, ProgramSettings settings, Mentor[] mentors, Mentee[] mentees,
        Func<string, string> goalsOf, CancellationToken cancellationToken)
    {
        var today = app.Clock.TodayIn(TimeZoneInfo.Utc);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        return await app.WithDbAsync(async db =>
        {
            var topics = await db.Topics.OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            var program = new MentorshipProgram($"{programName} {suffix}", settings);
            program.SetTopics(topics.Select(t => t.Id));
            program.AddCycle("Spring round", new EnrollmentWindow(today.AddDays(-10), today.AddDays(10)), today.AddDays(20));
            program.Activate();
            db.Programs.Add(program);
            var departments = new[] { "Public Services", "Finance", "Special Collections", "Digital Services" }
                .Select(name => new Department($"{name} {suffix}")).ToArray();
            db.Departments.AddRange(departments);
            await db.SaveChangesAsync(cancellationToken);
            var cycleId = program.Cycles.Single().Id;

            StaffMember Person(string name, int department) =>
                new(name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{suffix}@library.test")
                {
                    DepartmentId = departments[department].Id, HireDate = new DateOnly(2015, 1, 1), Location = "Hayden Library", JobTitle = "Librarian",
                };
            var mentorPeople = mentors.ToDictionary(m => m.Name, m => Person(m.Name, m.Department));
            var menteePeople = mentees.ToDictionary(m => m.Name, m => Person(m.Name, m.Department));
            foreach (var mentee in mentees.Where(m => m.Supervisor is not null))
            {
                menteePeople[mentee.Name].SupervisorEmail = mentorPeople[mentee.Supervisor!].WorkEmail;
            }
            db.StaffMembers.AddRange([.. mentorPeople.Values, .. menteePeople.Values]);
            await db.SaveChangesAsync(cancellationToken);

            var requests = new Dictionary<string, MenteeRequest>();
            foreach (var mentee in mentees)
            {
                var request = new MenteeRequest(cycleId, menteePeople[mentee.Name].Id)
                {
                    Goals = goalsOf(mentee.Name), ReadExpectations = true, InformedSupervisor = true,
                    PreferMentorOutsideDepartment = true, PreferredContact = ContactMethods.Video,
                };
                request.SetTopics(mentee.Topics.Select(i => topics[i].Id));
                request.Submit(app.Clock.GetUtcNow());
                db.MenteeRequests.Add(request);
                requests[mentee.Name] = request;
            }
            foreach (var mentor in mentors)
            {
                var offer = new MentorVolunteer(cycleId, mentorPeople[mentor.Name].Id)
                {
                    Capacity = mentor.Capacity, PreferredContact = ContactMethods.Video, ReadExpectations = true, InformedSupervisor = true,
                };
                offer.SetTopics(mentor.Topics.Select(i => topics[i].Id));
                offer.Submit(app.Clock.GetUtcNow());
                offer.Approve();
                db.MentorVolunteers.Add(offer);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new JourneyCast(program.Id, cycleId, program.Name, [.. departments.Select(d => d.Name)], [.. topics.Select(t => t.Name)],
                requests.ToDictionary(r => r.Key, r => r.Value.Id),
                mentorPeople.Values.Concat(menteePeople.Values).ToDictionary(p => p.FullName, p => p.WorkEmail));
        });
    }
}
