using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// Either member logs a meeting already held: its day, length and format, the program's topics it touched and an
/// optional private note, which only the two of them will read. The meeting, its topics and its note are stored in one
/// SaveChanges, so none is ever written alone.
/// </summary>
public static class LogMeeting
{
    public sealed class Command
    {
        public DateOnly? HeldOn { get; set; }
        public int? Minutes { get; set; }
        public ContactMethods? Format { get; set; }

        /// <summary>Optional; private to the pair.</summary>
        public string? Note { get; set; }

        /// <summary>The program's topics the meeting touched; optional, private to the pair.</summary>
        public List<int> TopicIds { get; set; } = [];
    }

    /// <summary>The days a meeting may have been held on: from the pairing's start up to the program's today. The
    /// controller hands it to the validator, which cannot know the pairing by itself.</summary>
    public sealed record Window(DateOnly StartsOn, DateOnly Today);

    public static ValidationContext<Command> ContextFor(Command command, Window window, IReadOnlyCollection<int> programTopicIds)
    {
        var context = new ValidationContext<Command>(command);
        context.RootContextData[nameof(Window)] = window;
        return context.WithProgramTopics(programTopicIds);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.HeldOn).NotNull().WithMessage("Enter the day you met.")
                .Custom((day, context) =>
                {
                    if (day is not { } heldOn || !context.RootContextData.TryGetValue(nameof(Window), out var found) || found is not Window window)
                    {
                        return;
                    }
                    if (Pairing.MeetingDayProblem(heldOn, window.StartsOn, window.Today) is { } problem)
                    {
                        context.AddFailure(problem);
                    }
                });
            RuleFor(c => c.Minutes).NotNull().WithMessage("Enter how long you met, in minutes.")
                .InclusiveBetween(Pairing.ShortestMeetingMinutes, Pairing.LongestMeetingMinutes)
                .WithMessage(Pairing.MeetingLengthRule);
            RuleFor(c => c.Format).NotNull().WithMessage("Choose how you met.")
                .Must(f => f is null || ContactMethodsExtensions.All.Contains(f.Value)).WithMessage("Choose how you met from the list.");
            RuleFor(c => c.Note).MaximumLength(PrivateNote.MeetingNoteLength)
                .WithMessage($"Keep the note to {PrivateNote.MeetingNoteLength:N0} characters or fewer.");
            RuleFor(c => c.TopicIds).OnlyTheProgramsTopics();
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Call after validation has required the day, the length and the format.</summary>
        public async Task<Result> HandleAsync(int staffId, int pairingId, Command command, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).ThenInclude(p => p!.Topics).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            Meeting meeting;
            try
            {
                meeting = pairing.LogMeeting(command.HeldOn!.Value, command.Minutes!.Value, command.Format!.Value, staffId, pairing.Cycle!.Program!.Today(clock),
                    command.TopicIds, [.. pairing.Cycle.Program.Topics.Select(t => t.TopicId)]);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            db.Meetings.Add(meeting);
            if (!string.IsNullOrWhiteSpace(command.Note))
            {
                db.PrivateNotes.Add(new PrivateNote(meeting, staffId, command.Note.Trim()));
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(true, null);
        }
    }
}
