using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>
/// The surveys due now to the members of some pairings (every pairing for the invitation job, the signed-in person's for
/// their home page, one pairing for the answer page), in one statement whatever the number of pairings and surveys: each
/// pairing at a survey moment beside its program's surveys of that kind and each member's response, if any. The moment
/// rule itself (<see cref="SurveyMoment"/>) runs in memory on each row, in the program's zone. A survey the coordinator
/// closed for the pairing's cycle (<see cref="SurveyClosing"/>) is not due: not listed, mailed, reminded or answerable.
/// </summary>
public static class SurveyAsks
{
    public static async Task<List<SurveyAsk>> LoadAsync(AppDbContext db, TimeProvider clock, Expression<Func<Pairing, bool>> pairings, CancellationToken cancellationToken)
    {
        var oldest = SurveyMoment.OldestEndStillAsked(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var rows = await (
            from p in db.Pairings.AsNoTracking().Where(pairings)
                .Where(p => (p.Status == PairingStatus.Active || p.Status == PairingStatus.Completed || p.Status == PairingStatus.Dissolved)
                    && (p.EndedOn == null || p.EndedOn >= oldest))
            from s in db.Surveys.Where(s => s.ProgramId == p.Cycle!.ProgramId)
            // A survey closed for the pairing's cycle is asked no more (docs/adr/0022, addendum).
            where !db.SurveyClosings.Any(c => c.SurveyId == s.Id && c.CycleId == p.CycleId)
            where ((s.Kind == SurveyKind.Pre || s.Kind == SurveyKind.Pulse) && p.Status == PairingStatus.Active)
                || (s.Kind == SurveyKind.Post && p.Status == PairingStatus.Completed)
                || (s.Kind == SurveyKind.Closing && p.Status == PairingStatus.Dissolved)
            select new
            {
                SurveyId = s.Id, s.Title, s.Kind, s.Audience, PairingId = p.Id, p.CycleId, p.Status, p.StartsOn, p.EndedOn,
                Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId,
                p.MenteeStaffId, MenteeUserId = p.Mentee!.UserId, Mentee = p.Mentee.FullName, MenteeEmail = p.Mentee.WorkEmail,
                p.MentorStaffId, MentorUserId = p.Mentor!.UserId, Mentor = p.Mentor.FullName, MentorEmail = p.Mentor.WorkEmail,
                MenteeStarted = db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.PairingId == p.Id && r.StaffMemberId == p.MenteeStaffId),
                MenteeSubmittedAt = db.SurveyResponses.Where(r => r.SurveyId == s.Id && r.PairingId == p.Id && r.StaffMemberId == p.MenteeStaffId).Select(r => r.SubmittedAt).FirstOrDefault(),
                MentorStarted = db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.PairingId == p.Id && r.StaffMemberId == p.MentorStaffId),
                MentorSubmittedAt = db.SurveyResponses.Where(r => r.SurveyId == s.Id && r.PairingId == p.Id && r.StaffMemberId == p.MentorStaffId).Select(r => r.SubmittedAt).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var asks = new List<SurveyAsk>();
        foreach (var row in rows)
        {
            var today = clock.TodayIn(TimeZones.FindOrUtc(row.TimeZoneId));
            if (SurveyMoment.DueMoment(row.Kind, row.Status, row.StartsOn, row.EndedOn, today) is not { } moment)
            {
                continue;
            }
            if (Survey.AsksMember(row.Audience, mentee: true))
            {
                asks.Add(new SurveyAsk(row.SurveyId, row.Title, row.Kind, row.PairingId, row.CycleId, row.Program, row.TimeZoneId,
                    row.MenteeStaffId, row.MenteeUserId, true, row.Mentee, row.MenteeEmail, row.Mentor, moment, today, row.MenteeStarted, row.MenteeSubmittedAt));
            }
            if (Survey.AsksMember(row.Audience, mentee: false))
            {
                asks.Add(new SurveyAsk(row.SurveyId, row.Title, row.Kind, row.PairingId, row.CycleId, row.Program, row.TimeZoneId,
                    row.MentorStaffId, row.MentorUserId, false, row.Mentor, row.MentorEmail, row.Mentee, moment, today, row.MentorStarted, row.MentorSubmittedAt));
            }
        }
        return asks;
    }
}
