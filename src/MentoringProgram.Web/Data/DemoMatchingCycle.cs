using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Data;

/// <summary>
/// The demo program's open cycle as a new coordinator finds it: twelve staff waiting for a mentor and nine offers to
/// mentor (eight approved and trained, with one or two places each, and one paused), so suggestions and bulk matching
/// can be tried at once. Everyone is a member of the demo roster, found by name, with the roster's department, job
/// title, branch, hire date and supervisor. The roster's supervisors are the first person of each department, so the
/// supervisor rule shows: Wei Chen is left out for Sofia Petrova and Omar Rossi, whom he supervises, and Aisha Cohen for
/// Kenji Khan; Grace Rossi is left out for Jordan Rossi, to whom she reports. The demo logins are not cast: their own
/// request or offer is theirs to make, as the start-up banner promises.
/// </summary>
public static class DemoMatchingCycle
{
    private const ContactMethods Email = ContactMethods.Email;
    private const ContactMethods Phone = ContactMethods.Phone;
    private const ContactMethods InPerson = ContactMethods.InPerson;
    private const ContactMethods Video = ContactMethods.Video;

    private const string Career = "Career planning";
    private const string Degree = "Advanced degree or certification";
    private const string NewHere = "New to the library or academia";
    private const string Culture = "Organizational culture";
    private const string JobSearch = "Job search";
    private const string WorkLife = "Work/life issues";

    private sealed record Ask(string Name, string[] Topics, ContactMethods Contact, bool OutsideDepartment, string Goals);

    private sealed record Offer(string Name, string[] Topics, ContactMethods Contact, int Capacity, string Expertise, bool Paused = false);

    private static readonly Ask[] Requests =
    [
        new("Sofia Petrova", [Career, Degree], Video | Email, OutsideDepartment: true, "Decide between a second master's degree and a teaching certificate, and plan the next three years around it."),
        new("Omar Rossi", [JobSearch, Career], InPerson, OutsideDepartment: true, "Prepare for a head of instruction role: applications, interviews and what to learn first."),
        new("Kenji Khan", [Degree, Culture], Email | Video, OutsideDepartment: false, "Start a cataloging certificate while keeping up with the backlog, and learn how committees here work."),
        new("Mei Johnson", [NewHere, Culture], InPerson | Video, OutsideDepartment: true, "Find my way around the archives, the campus and the people to ask, six months in."),
        new("Diego Nguyen", [NewHere, WorkLife, Career], InPerson, OutsideDepartment: false, "Settle in at the Annex and balance project deadlines with the public desk."),
        new("Rosa Tanaka", [NewHere, JobSearch], Video, OutsideDepartment: true, "Working remotely and new to academia: meet people beyond my team and see where this job can lead."),
        new("Jordan Rossi", [Culture, WorkLife], InPerson | Phone, OutsideDepartment: true, "Lead a department for the first time without losing every evening to email."),
        new("Tomas Mensah", [Degree, Career], Phone | InPerson, OutsideDepartment: true, "Choose an MLIS program that fits around evening shifts."),
        new("Fatima Patel", [JobSearch, WorkLife], Video | Email, OutsideDepartment: false, "Move from circulation into special collections work, and keep a sane schedule while looking."),
        new("Noor Iyer", [Career, Culture], InPerson, OutsideDepartment: true, "Grow the digital scholarship workshops into a service the whole library backs."),
        new("Yuki Morgan", [Degree, JobSearch], Email, OutsideDepartment: true, "Finish a data science certificate and find where it is useful in the library."),
        new("Daniel Okafor", [WorkLife, Culture], InPerson | Phone, OutsideDepartment: false, "Handle a growing workload in administration and understand how budget decisions are made."),
    ];

    private static readonly Offer[] Offers =
    [
        new("Wei Chen", [Career, Degree, JobSearch], Video | InPerson, Capacity: 2, "Instruction programs, hiring committees, an EdD while working full time."),
        new("Aisha Cohen", [Degree, Culture], Email | InPerson, Capacity: 1, "Cataloging standards, certificate programs, running a department."),
        new("Chloe Schmidt", [NewHere, Culture, WorkLife], InPerson | Video, Capacity: 2, "Settling into academic libraries, committee work, part-time study with children."),
        new("Priya Khan", [Career, JobSearch], Video | Email, Capacity: 1, "Archival careers, interviews and application letters."),
        new("Diego Mensah", [NewHere, WorkLife], Video, Capacity: 2, "Digital projects, working from the Annex, remote collaboration."),
        new("Grace Rossi", [Culture, Career], InPerson, Capacity: 1, "Collections budgets, vendor negotiations, how decisions travel through the library."),
        new("Ravi Haddad", [WorkLife, Culture, JobSearch], Phone | InPerson, Capacity: 2, "Administration, workload planning, moving between library roles."),
        new("Omar Garcia", [Degree, Career], Email | Video, Capacity: 1, "Systems and data certificates, fourteen years of library IT."),
        new("Liam Morgan", [NewHere, JobSearch], InPerson, Capacity: 1, "Circulation and access services, first jobs in libraries.", Paused: true),
    ];

    /// <summary>Adds the requests and offers to the demo cycle. The roster and the cycle must be saved (their ids are
    /// needed); a name that is not on the roster, a demo login, or a mentor the program's minimum time on staff would
    /// leave out stops seeding, so the demo cannot quietly lose what it shows.</summary>
    /// <param name="withRequests">False for a cycle that gets only the offers (the mentee-choice demo program, where the
    /// demo logins make the requests and choose).</param>
    public static void AddTo(AppDbContext db, ProgramCycle cycle, int minimumTenureMonths, IReadOnlyList<StaffMember> roster, IReadOnlyDictionary<string, int> topicIds,
        DateTimeOffset now, DateOnly today, bool withRequests = true)
    {
        var byName = roster.ToDictionary(s => s.FullName, StringComparer.Ordinal);
        var logins = DemoAccount.All.Select(a => a.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        StaffMember Cast(string name)
        {
            if (!byName.TryGetValue(name, out var member))
            {
                throw new InvalidOperationException($"Demo matching: {name} is not on the demo roster.");
            }
            if (logins.Contains(member.WorkEmail))
            {
                throw new InvalidOperationException($"Demo matching: {name} has a demo login, whose request or offer is theirs to make.");
            }
            return member;
        }
        IEnumerable<int> Topics(string[] names) => names.Select(n => topicIds.TryGetValue(n, out var id) ? id : throw new InvalidOperationException($"Demo matching: no topic {n}."));

        for (var i = 0; i < (withRequests ? Requests.Length : 0); i++)
        {
            var ask = Requests[i];
            var request = new MenteeRequest(cycle.Id, Cast(ask.Name).Id)
            {
                Goals = ask.Goals, PreferredContact = ask.Contact, PreferMentorOutsideDepartment = ask.OutsideDepartment,
                ReadExpectations = true, InformedSupervisor = true,
            };
            request.SetTopics(Topics(ask.Topics));
            // Spread over the days enrollment has been open, so the request list has an order worth sorting.
            request.Submit(now.AddHours(-6 * (Requests.Length - i)));
            db.MenteeRequests.Add(request);
        }
        for (var i = 0; i < Offers.Length; i++)
        {
            var offered = Offers[i];
            var mentor = Cast(offered.Name);
            if (!Tenure.Evaluate(mentor.HireDate, minimumTenureMonths, cycle.TermStarts).IsEligible)
            {
                throw new InvalidOperationException($"Demo matching: {offered.Name} would not have {minimumTenureMonths} months on staff when the term starts.");
            }
            var offer = new MentorVolunteer(cycle.Id, mentor.Id)
            {
                Capacity = offered.Capacity, Expertise = offered.Expertise, PreferredContact = offered.Contact, ReadExpectations = true, InformedSupervisor = true,
            };
            offer.SetTopics(Topics(offered.Topics));
            offer.Submit(now.AddHours(-5 * (Offers.Length - i)));
            offer.Approve();
            offer.RecordTraining(today.AddDays(-3 - i));
            if (offered.Paused)
            {
                offer.Pause();
            }
            db.MentorVolunteers.Add(offer);
        }
    }
}
