using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// Either member says what became of a scheduled meeting: held (with the length it lasted, after which it counts for
/// the cadence like one logged after the fact), missed, or cancelled before it starts. The meeting is found through
/// its pairing and the signed-in member, so someone else's meeting is "not found".
/// </summary>
public static class MarkMeeting
{
    public sealed class HeldCommand
    {
        public int? Minutes { get; set; }

        /// <summary>The program's topics the meeting touched; optional, private to the pair.</summary>
        public List<int> TopicIds { get; set; } = [];
    }

    public static ValidationContext<HeldCommand> ContextFor(HeldCommand command, IReadOnlyCollection<int> programTopicIds) =>
        new ValidationContext<HeldCommand>(command).WithProgramTopics(programTopicIds);

    public sealed class Validator : AbstractValidator<HeldCommand>
    {
        public Validator()
        {
            RuleFor(c => c.Minutes).NotNull().WithMessage("Enter how long you met, in minutes.")
                .InclusiveBetween(Pairing.ShortestMeetingMinutes, Pairing.LongestMeetingMinutes)
                .WithMessage(Pairing.MeetingLengthRule);
            RuleFor(c => c.TopicIds).OnlyTheProgramsTopics();
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Call after validation has required the length.</summary>
        public Task<Result> HeldAsync(int staffId, string? userId, int pairingId, int meetingId, HeldCommand command, CancellationToken cancellationToken) =>
            MarkAsync(staffId, userId, pairingId, meetingId, MeetingAudit.MarkedHeld,
                (m, now, programTopicIds) => m.MarkHeld(command.Minutes!.Value, now, command.TopicIds, programTopicIds), cancellationToken);

        public Task<Result> MissedAsync(int staffId, string? userId, int pairingId, int meetingId, CancellationToken cancellationToken) =>
            MarkAsync(staffId, userId, pairingId, meetingId, MeetingAudit.MarkedMissed, (m, now, _) => m.MarkMissed(now), cancellationToken);

        public Task<Result> CancelAsync(int staffId, string? userId, int pairingId, int meetingId, CancellationToken cancellationToken) =>
            MarkAsync(staffId, userId, pairingId, meetingId, MeetingAudit.Cancelled, (m, now, _) => m.Cancel(now), cancellationToken);

        private async Task<Result> MarkAsync(int staffId, string? userId, int pairingId, int meetingId, string action,
            Action<Meeting, DateTimeOffset, IReadOnlyCollection<int>> change, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).ThenInclude(p => p!.Topics).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            var meeting = pairing is null ? null
                : await db.Meetings.Include(m => m.Topics).SingleOrDefaultAsync(m => m.Id == meetingId && m.PairingId == pairing.Id, cancellationToken);
            if (pairing is null || meeting is null)
            {
                return new Result(false, null);
            }
            var now = clock.GetUtcNow();
            try
            {
                pairing.RequireMeetingChange(staffId);
                change(meeting, now, [.. pairing.Cycle!.Program!.Topics.Select(t => t.TopicId)]);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            db.AuditEntries.Add(new AuditEntry(now, userId, action, MeetingAudit.Subject(pairing.Id), $"meeting {meeting.Id}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The other member marked this meeting at the same moment: theirs stands, nothing of this one was written.
                return new Result(true, "The other member changed this meeting at the same moment: look again.");
            }
            return new Result(true, null);
        }
    }
}
