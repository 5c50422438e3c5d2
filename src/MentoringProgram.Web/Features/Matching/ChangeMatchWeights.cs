using System.Globalization;
using System.Linq.Expressions;
using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// The coordinator changes how the program's match score is weighed, from a request's suggestions: the page they come
/// back to is ranked with the new weights, and the change is in the audit log, written in the same SaveChanges. The
/// program's concurrency stamp refuses a form opened before someone else changed the program.
/// </summary>
public static class ChangeMatchWeights
{
    /// <summary>Each weight as typed. Text rather than numbers, so that "abc" or "99999999999" comes back in its box as
    /// typed, with our message next to it, instead of model binding's message and an emptied box.</summary>
    public sealed class Command
    {
        public string? SharedTopics { get; set; }
        public string? OutsideDepartment { get; set; }
        public string? ContactMethods { get; set; }
        public string? Experience { get; set; }
        public string? SpreadLoad { get; set; }
        public string? SameLocation { get; set; }

        /// <summary>The program's stamp when the form was opened; missing counts as stale.</summary>
        public Guid? ConcurrencyStamp { get; set; }

        public static Command From(MatchWeights weights, Guid stamp) => new()
        {
            SharedTopics = Text(weights.SharedTopics),
            OutsideDepartment = Text(weights.OutsideDepartment),
            ContactMethods = Text(weights.ContactMethods),
            Experience = Text(weights.Experience),
            SpreadLoad = Text(weights.SpreadLoad),
            SameLocation = Text(weights.SameLocation),
            ConcurrencyStamp = stamp,
        };

        /// <summary>The weights typed; call only once <see cref="Validator"/> has passed.</summary>
        public MatchWeights ToWeights() => new(
            Number(SharedTopics), Number(OutsideDepartment), Number(ContactMethods), Number(Experience), Number(SpreadLoad), Number(SameLocation));

        private static string Text(int weight) => weight.ToString(CultureInfo.InvariantCulture);

        private static int Number(string? typed) =>
            Parse(typed) ?? throw new InvalidOperationException("The weights were not validated before use.");
    }

    /// <summary>One weight on the form: the box it is typed in, its label and hint in plain words, and the part of the
    /// program's weights it sets. The form, the validator's messages and the audit entry all read these.</summary>
    public sealed record Field(string Label, string Hint, Expression<Func<Command, string?>> Input, Func<MatchWeights, int> Weight)
    {
        private readonly Func<Command, string?> _read = Input.Compile();

        public string Name { get; } = ((MemberExpression)Input.Body).Member.Name;

        public string? Typed(Command command) => _read(command);
    }

    public static IReadOnlyList<Field> Fields { get; } =
    [
        new("Topics in common", "The share of the request's topics that the mentor offers.", c => c.SharedTopics, w => w.SharedTopics),
        new("Works in another department", "Counts double when the mentee asked for a mentor from another department.", c => c.OutsideDepartment, w => w.OutsideDepartment),
        new("A way of meeting in common", "Email, phone, video or in person, as both prefer.", c => c.ContactMethods, w => w.ContactMethods),
        new("Time on staff", "The mentor's years on staff, up to ten.", c => c.Experience, w => w.Experience),
        new("Places left", "Favours mentors with room, so mentees are spread across mentors.", c => c.SpreadLoad, w => w.SpreadLoad),
        new("Same location", "Both work at the same location.", c => c.SameLocation, w => w.SameLocation),
    ];

    /// <summary>A weight typed in the box, or null when it is not a whole number from 0 to <see cref="MatchWeights.Highest"/>.</summary>
    public static int? Parse(string? typed) =>
        int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var weight) && weight is >= 0 and <= MatchWeights.Highest ? weight : null;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            foreach (var field in Fields)
            {
                RuleFor(field.Input).Cascade(CascadeMode.Stop)
                    .NotEmpty().WithMessage($"{field.Label}: give a weight from 0 to {MatchWeights.Highest}; 0 means it is ignored.")
                    .Must(typed => Parse(typed) is not null).WithMessage($"{field.Label}: a whole number from 0 to {MatchWeights.Highest}, where 0 means it is ignored.");
            }
        }
    }

    public enum Outcome
    {
        Saved,
        Unchanged,
        NotFound,
        Conflict,
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(int programId, int requestId, Command command, string? coordinatorUserId, CancellationToken cancellationToken)
        {
            // The weights are the program's, but the form is posted from one request's page: the two ids must agree.
            var program = await db.Programs
                .SingleOrDefaultAsync(p => p.Id == programId && db.MenteeRequests.Any(r => r.Id == requestId && r.Cycle!.ProgramId == programId), cancellationToken);
            if (program is null)
            {
                return Outcome.NotFound;
            }
            var before = program.MatchWeights;
            var after = command.ToWeights();
            if (after == before)
            {
                // Nothing would be written, so nobody's change could be overwritten, stale form or not.
                return Outcome.Unchanged;
            }
            db.Entry(program).Property(p => p.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp ?? Guid.Empty;
            program.SetMatchWeights(after);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), coordinatorUserId, MatchAudit.WeightsChanged, MatchAudit.ProgramSubject(program.Id),
                $"{program.Name}: {Changes(before, after)}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return Outcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome.Conflict;
            }
        }

        private static string Changes(MatchWeights before, MatchWeights after) =>
            string.Join(", ", Fields.Where(f => f.Weight(before) != f.Weight(after)).Select(f => $"{f.Label} {f.Weight(before)} -> {f.Weight(after)}"));
    }
}
