using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Agreements;
using MentoringProgram.Web.Features.Checklists;
using MentoringProgram.Web.Features.Continuation;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The pairing page as one of its two members sees it: the other person's contact details, the program's expectations,
/// why they were paired, the term, the cadence, the meetings coming up and held, and the pair's private notes. Only the mentee and
/// the mentor reach it, and only once the pairing is theirs (confirmed, or ended after it began): anyone else, a
/// coordinator included, finds "not found", exactly like a missing id. Six statements: the pairing with everything that
/// is one row per pairing (program, both people, the agreement, this member's early-check answer and request to end),
/// then its meetings, their topics, its notes, its checklist ticks and the program's topics, split so that a long
/// pairing's rows are not multiplied together in one result. It also says when the pair's private content will be (or
/// was) deleted (docs/adr/0018).
/// </summary>
public static class PairingDetails
{
    public sealed record Person(string Name, string? JobTitle, string? Department, string WorkEmail, ContactMethods PreferredContact);

    /// <summary>A meeting of the pair: held, scheduled (with its start instant and place), missed or cancelled.</summary>
    public sealed record MeetingRow(int Id, MeetingStatus Status, DateOnly HeldOn, DateTimeOffset? StartsAt, int Minutes, ContactMethods Format, string? Place, bool LoggedByMe)
    {
        public IReadOnlyList<MeetingAction> ActionsAllowed(DateTimeOffset now) => Meeting.AllowedActions(Status, StartsAt, now);

        /// <summary>The place as a link to open, when it is an http(s) link.</summary>
        public Uri? Link => Meeting.LinkIn(Place);

        /// <summary>The names of the program's topics the meeting touched, as the pair ticked them.</summary>
        public IReadOnlyList<string> Topics { get; init; } = [];
    }

    /// <summary>One of the program's topics, for the meeting forms' checkboxes.</summary>
    public sealed record TopicOption(int Id, string Name);

    public sealed record NoteRow(string Text, bool Mine, DateOnly? MeetingHeldOn, DateTimeOffset WrittenAt);

    public sealed record Result(
        int PairingId, string ProgramName, bool IAmMentee, Person Other, string Expectations, string CadenceDescription, IReadOnlyList<string> Reasons,
        PairingStatus Status, DateOnly StartsOn, DateOnly EndsOn, DateOnly? EndedOn, CadenceStanding Cadence, IReadOnlyList<MeetingRow> Meetings,
        IReadOnlyList<NoteRow> Notes, DateOnly Today, string TimeZoneId)
    {
        /// <summary>The program's topics, which a meeting logged or marked held may say it touched.</summary>
        public IReadOnlyList<TopicOption> ProgramTopics { get; init; } = [];

        public IReadOnlyList<int> ProgramTopicIds => [.. ProgramTopics.Select(t => t.Id)];

        /// <summary>What happens to the pair's private content after the pairing ends, in words, with the day once ended.</summary>
        public string RetentionPolicy { get; init; } = "";

        /// <summary>The program pays for the pair's lunches up to an allowance (seed 002).</summary>
        public bool HasLunchAllowance { get; init; }

        /// <summary>Meetings are logged while the pairing is active, once its term has begun.</summary>
        public bool CanLogMeeting => Status == PairingStatus.Active && Today >= StartsOn;

        /// <summary>Meetings are scheduled while the pairing is active and its term has days left.</summary>
        public bool CanScheduleMeeting => Status == PairingStatus.Active && Today <= EndsOn;

        /// <summary>The moment the page was made: which meetings can be marked or cancelled depends on it.</summary>
        public DateTimeOffset Now { get; init; }

        /// <summary>The signed-in member's staff id and calendar feed version, which their feed link is made from.</summary>
        public int MyStaffId { get; init; }

        public int MyFeedVersion { get; init; }

        /// <summary>The agreement's section: its text for the two of them, who has confirmed it.</summary>
        public required AgreementView Agreement { get; init; }

        /// <summary>The checklist's section: no items when the program has no checklist.</summary>
        public required PairChecklist.View Checklist { get; init; }

        /// <summary>The early check and ending-early section.</summary>
        public required EndingPanel.Result Ending { get; init; }

        /// <summary>The end-of-term question, "continue for another term?", and this member's answer.</summary>
        public required ContinuationQuestionView Continuation { get; init; }

        /// <summary>The program's zone as the schedule form names it ("New York time"), at its offset now.</summary>
        public string ZoneName => TimeDisplay.ZoneName(TimeZones.FindOrUtc(TimeZoneId), TimeZones.FindOrUtc(TimeZoneId).GetUtcOffset(Now));

        /// <summary>What the member may do with a meeting now: nothing once the pairing has ended.</summary>
        public IReadOnlyList<MeetingAction> ActionsFor(MeetingRow meeting) => Status == PairingStatus.Active ? meeting.ActionsAllowed(Now) : [];

        /// <summary>Scheduled meetings, soonest first.</summary>
        public IReadOnlyList<MeetingRow> ComingUp => [.. Meetings.Where(m => m.Status == MeetingStatus.Scheduled).OrderBy(m => m.StartsAt).ThenBy(m => m.Id)];

        /// <summary>Meetings held, latest first: the ones the cadence counts.</summary>
        public IReadOnlyList<MeetingRow> Held => [.. Meetings.Where(m => m.Status == MeetingStatus.Held)];

        /// <summary>Scheduled meetings that did not happen, latest first.</summary>
        public IReadOnlyList<MeetingRow> Called => [.. Meetings.Where(m => m.Status is MeetingStatus.Missed or MeetingStatus.Cancelled)];
    }

    /// <summary>A pairing that belongs to its pair: a proposal or an ask is not theirs yet, and one called off before it
    /// began never was. For queries; the page and logging a meeting both read pairings through it.</summary>
    public static Expression<Func<Pairing, bool>> ThePairs { get; } =
        p => p.Status == PairingStatus.Active || p.Status == PairingStatus.Completed || p.Status == PairingStatus.Dissolved;

    public sealed class Handler(AppDbContext db, TimeProvider clock, PrivateContentRetention retention)
    {
        public async Task<Result?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            var row = await db.Pairings.AsNoTracking().AsSplitQuery()
                .Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId))
                .Where(ThePairs)
                .Select(p => new
                {
                    p.Id, ProgramName = p.Cycle!.Program!.Name, p.Cycle.Program.Expectations, p.Cycle.Program.Cadence, p.Cycle.Program.TimeZoneId, p.Cycle.Program.LunchAllowance,
                    p.MenteeStaffId, p.MatchReason, p.Cycle.Program.ChecklistTemplate, p.Cycle.Program.Renewable, p.Cycle.Program.TermCount, p.Cycle.Program.TermUnit,
                    MyContinuation = p.MenteeStaffId == staffId ? p.MenteeContinuation : p.MentorContinuation,
                    MyFeedVersion = p.MenteeStaffId == staffId ? p.Mentee!.CalendarFeedVersion : p.Mentor!.CalendarFeedVersion, p.Status, p.StartsOn, p.EndsOn, p.EndedOn,
                    Mentee = new Person(p.Mentee!.FullName, p.Mentee.JobTitle, p.Mentee.Department != null ? p.Mentee.Department.Name : null, p.Mentee.WorkEmail, p.Mentee.PreferredContact),
                    Mentor = new Person(p.Mentor!.FullName, p.Mentor.JobTitle, p.Mentor.Department != null ? p.Mentor.Department.Name : null, p.Mentor.WorkEmail, p.Mentor.PreferredContact),
                    Meetings = db.Meetings.Where(m => m.PairingId == p.Id).OrderByDescending(m => m.HeldOn).ThenByDescending(m => m.Id)
                        .Select(m => new MeetingRow(m.Id, m.Status, m.HeldOn, m.StartsAt, m.DurationMinutes, m.Mode, m.Place, m.LoggedByStaffId == staffId)).ToList(),
                    MeetingTopics = (from mt in db.MeetingTopics
                                     join m in db.Meetings on mt.MeetingId equals m.Id
                                     join t in db.Topics on mt.TopicId equals t.Id
                                     where m.PairingId == p.Id
                                     orderby t.SortOrder, t.Name
                                     select new { mt.MeetingId, t.Name }).ToList(),
                    ProgramTopics = p.Cycle.Program.Topics.OrderBy(t => t.Topic!.SortOrder).ThenBy(t => t.Topic!.Name).Select(t => new TopicOption(t.TopicId, t.Topic!.Name)).ToList(),
                    p.PrivateContentDeletedOn,
                    Notes = db.PrivateNotes.Where(n => n.PairingId == p.Id).OrderByDescending(n => n.Id)
                        .Select(n => new NoteRow(n.Text, n.AuthorStaffId == staffId, n.Meeting != null ? n.Meeting.HeldOn : null, n.CreatedAt)).ToList(),
                    Ticks = db.ChecklistTicks.Where(t => t.PairingId == p.Id).Select(t => new PairChecklist.TickRow(t.Item, t.TickedByStaffId, t.TickedAt)).ToList(),
                    Agreement = db.PairingAgreements.FirstOrDefault(a => a.PairingId == p.Id),
                    MyAnswer = db.EarlyCheckAnswers.Where(a => a.PairingId == p.Id && a.StaffId == staffId).Select(a => (EarlyCheckReply?)a.Reply).FirstOrDefault(),
                    MyRequest = db.PairingEndRequests.Where(r => r.PairingId == p.Id && r.RequestedByStaffId == staffId && r.Status != EndRequestStatus.None)
                        .Select(r => new EndingPanel.OwnRequest(r.Status, r.Reason, r.RequestedAt, r.DecidedAt, r.CoordinatorWord)).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(row.TimeZoneId));
            var iAmMentee = row.MenteeStaffId == staffId;
            // Only meetings held count: one scheduled, missed or cancelled keeps no promise.
            List<DateOnly> held = [.. row.Meetings.Where(m => m.Status == MeetingStatus.Held).Select(m => m.HeldOn)];
            var cadence = CadenceStanding.Of(row.Cadence, row.StartsOn, row.EndsOn, held, today);
            var active = row.Status == PairingStatus.Active;
            return new Result(row.Id, row.ProgramName, iAmMentee, iAmMentee ? row.Mentor : row.Mentee, row.Expectations, row.Cadence.Describe(),
                MatchReasonLines.Split(row.MatchReason), row.Status, row.StartsOn, row.EndsOn, row.EndedOn, cadence,
                [.. row.Meetings.Select(m => m with { Topics = [.. row.MeetingTopics.Where(t => t.MeetingId == m.Id).Select(t => t.Name)] })], row.Notes, today, row.TimeZoneId)
            {
                Now = clock.GetUtcNow(), MyStaffId = staffId, MyFeedVersion = row.MyFeedVersion, HasLunchAllowance = row.LunchAllowance is not null,
                ProgramTopics = row.ProgramTopics, RetentionPolicy = retention.Describe(row.EndedOn, row.PrivateContentDeletedOn),
                Agreement = AgreementView.Of(staffId, row.Id, row.MenteeStaffId, row.Mentee.Name, row.Mentor.Name, row.Status, row.StartsOn, row.EndsOn, row.Agreement),
                Checklist = PairChecklist.ViewOf(staffId, row.Id, active, iAmMentee ? row.Mentor.Name : row.Mentee.Name, row.TimeZoneId, row.ChecklistTemplate, row.Ticks),
                Ending = EndingPanel.Of(row.Id, row.Status, row.StartsOn, held, row.MyAnswer, row.MyRequest, row.TimeZoneId, today),
                Continuation = ContinuationQuestionView.Of(row.Id, row.Status, row.EndsOn, today, row.MyContinuation, iAmMentee ? row.Mentor.Name : row.Mentee.Name,
                    row.Renewable, new TermLength(row.TermCount, row.TermUnit)),
            };
        }
    }
}
