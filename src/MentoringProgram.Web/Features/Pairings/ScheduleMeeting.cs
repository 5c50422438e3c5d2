using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// Either member plans a meeting ahead: a day and a start time on the program's wall clock, the length expected, the
/// format and an optional place or link. The instant is stored in UTC; a time the program's clocks skip (the spring
/// change) is answered beside the field, never guessed. Marked held or missed later (<see cref="MarkMeeting"/>).
/// </summary>
public static class ScheduleMeeting
{
    public sealed class Command
    {
        public DateOnly? Day { get; set; }
        public TimeOnly? Time { get; set; }
        public int? Minutes { get; set; }
        public ContactMethods? Format { get; set; }

        /// <summary>Optional: a room, an address, or an http(s) link to a call.</summary>
        public string? Place { get; set; }
    }

    /// <summary>What the validator needs to know of the pairing: its term, the program's zone and the moment now.</summary>
    public sealed record Window(DateOnly StartsOn, DateOnly EndsOn, TimeZoneInfo Zone, DateTimeOffset Now);

    public static ValidationContext<Command> ContextFor(Command command, Window window)
    {
        var context = new ValidationContext<Command>(command);
        context.RootContextData[nameof(Window)] = window;
        return context;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Day).NotNull().WithMessage("Enter the day you will meet.");
            RuleFor(c => c.Time).NotNull().WithMessage("Enter the time you will start.")
                .Custom((time, context) =>
                {
                    var command = context.InstanceToValidate;
                    if (time is not { } start || command.Day is not { } day || !context.RootContextData.TryGetValue(nameof(Window), out var found) || found is not Window window)
                    {
                        return;
                    }
                    if (LocalMoment.ToInstant(day, start, window.Zone) is not { } instant)
                    {
                        context.AddFailure($"The clocks skip {start:HH\\:mm} on {day:d MMMM yyyy} (the change to summer time): pick another time.");
                        return;
                    }
                    if (Pairing.ScheduleProblem(instant, window.StartsOn, window.EndsOn, window.Now, window.Zone) is { } problem)
                    {
                        // A past hour of today belongs to the time; a past day or one outside the term to the day.
                        var today = LocalMoment.DayOf(window.Now, window.Zone);
                        context.AddFailure(day == today && day >= window.StartsOn && day <= window.EndsOn ? "Time" : "Day", problem);
                    }
                });
            RuleFor(c => c.Minutes).NotNull().WithMessage("Enter how long you expect to meet, in minutes.")
                .InclusiveBetween(Pairing.ShortestMeetingMinutes, Pairing.LongestMeetingMinutes)
                .WithMessage(Pairing.MeetingLengthRule);
            RuleFor(c => c.Format).NotNull().WithMessage("Choose how you will meet.")
                .Must(f => f is null || ContactMethodsExtensions.All.Contains(f.Value)).WithMessage("Choose how you will meet from the list.");
            RuleFor(c => c.Place).Cascade(CascadeMode.Stop).MaximumLength(Meeting.PlaceLength).WithMessage($"Keep the place to {Meeting.PlaceLength} characters or fewer.")
                .Must(p => Meeting.PlaceProblem(p) is null).WithMessage(c => Meeting.PlaceProblem(c.Place) ?? "");
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Call after validation has required every field but the place.</summary>
        public async Task<Result> HandleAsync(int staffId, string? userId, int pairingId, Command command, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            var zone = TimeZones.FindOrUtc(pairing.Cycle!.Program!.TimeZoneId);
            var now = clock.GetUtcNow();
            Meeting meeting;
            try
            {
                var startsAt = LocalMoment.ToInstant(command.Day!.Value, command.Time!.Value, zone)
                    ?? throw new DomainRuleException("The clocks skip that time on that day: pick another time.");
                meeting = pairing.ScheduleMeeting(startsAt, command.Minutes!.Value, command.Format!.Value, command.Place, staffId, now, zone);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            db.Meetings.Add(meeting);
            // When and how long: no place, since a link to a call can be a secret of its own.
            db.AuditEntries.Add(new AuditEntry(now, userId, MeetingAudit.Scheduled, MeetingAudit.Subject(pairing.Id),
                $"starts {meeting.StartsAt:yyyy-MM-dd'T'HH:mm'Z'}, {meeting.DurationMinutes} min"));
            await db.SaveChangesAsync(cancellationToken);
            return new Result(true, null);
        }
    }
}
