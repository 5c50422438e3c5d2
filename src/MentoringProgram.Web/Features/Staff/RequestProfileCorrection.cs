using System.Globalization;
using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

/// <summary>A staff member asks the coordinator to correct their hire date, department or supervisor, which
/// they cannot edit themselves (eligibility and matching depend on them).</summary>
public static class RequestProfileCorrection
{
    public const string DateFormat = "yyyy-MM-dd";

    public sealed class Command
    {
        public ProfileField Field { get; set; }
        public string ProposedValue { get; set; } = "";
        public string Reason { get; set; } = "";
    }

    public sealed record FormView(Command Form, string? CurrentValue, IReadOnlyList<SelectListItem> Departments);

    /// <summary>One of the signed-in person's own requests, as their profile lists it.</summary>
    public sealed record MyRequest(ProfileField Field, string ProposedValue, ProfileCorrectionStatus Status, DateTimeOffset RequestedAt, string? DecisionNote);

    public enum Outcome
    {
        Requested,
        AlreadyPending,
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, LibraryCalendar library)
        {
            RuleFor(c => c.Field).IsInEnum().WithMessage("Choose what to correct from the list.");
            RuleFor(c => c.ProposedValue).NotEmpty().WithMessage("Enter the correct value.")
                .MaximumLength(ProfileCorrectionRequest.MaxValueLength).WithMessage($"Keep the value under {ProfileCorrectionRequest.MaxValueLength} characters.")
                .SingleLine();
            When(c => c.Field == ProfileField.HireDate && !string.IsNullOrWhiteSpace(c.ProposedValue), () =>
                RuleFor(c => c.ProposedValue)
                    .Must(v => ParseDate(v) is not null).WithMessage("Enter the date you joined the library staff, like 2015-03-01.")
                    .Must(v => ParseDate(v) is not { } d || (d <= library.Today() && d.Year >= 1950))
                    .WithMessage("Enter the date you joined the library staff: not in the future, and after 1950."));
            When(c => c.Field == ProfileField.Department && !string.IsNullOrWhiteSpace(c.ProposedValue), () =>
                RuleFor(c => c.ProposedValue)
                    .MustAsync(async (name, ct) => await db.Departments.AnyAsync(d => d.Name == name.Trim(), ct))
                    .WithMessage("Choose a department from the list."));
            When(c => c.Field == ProfileField.SupervisorName, () =>
                RuleFor(c => c.ProposedValue).MaximumLength(200).WithMessage("Keep the supervisor's name under 200 characters."));
            When(c => c.Field == ProfileField.SupervisorEmail && !string.IsNullOrWhiteSpace(c.ProposedValue), () =>
                RuleFor(c => c.ProposedValue).MailAddress().WithMessage("Enter your supervisor's email like name@library.edu."));
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Say why, for example where the coordinator can check the correct value.")
                .MaximumLength(ProfileCorrectionRequest.MaxReasonLength).WithMessage($"Keep the reason under {ProfileCorrectionRequest.MaxReasonLength:N0} characters.")
                .MultiLine();
        }
    }

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<FormView> ViewAsync(StaffMember staff, Command form, CancellationToken cancellationToken) => new(
            form,
            form.Field.CurrentValue(staff),
            form.Field == ProfileField.Department
                ? await db.Departments.AsNoTracking().OrderBy(d => d.Name).Select(d => new SelectListItem(d.Name, d.Name)).ToListAsync(cancellationToken)
                : []);

        public async Task<Outcome> SubmitAsync(StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            // One open question per field: a second one would leave the coordinator to guess which value is right.
            if (await db.ProfileCorrectionRequests.AnyAsync(r => r.StaffMemberId == staff.Id && r.Field == command.Field && r.Status == ProfileCorrectionStatus.Pending, cancellationToken))
            {
                return Outcome.AlreadyPending;
            }
            var value = command.Field switch
            {
                ProfileField.HireDate => ParseDate(command.ProposedValue)!.Value.ToString(DateFormat, CultureInfo.InvariantCulture),
                ProfileField.SupervisorEmail => command.ProposedValue.Trim().ToLowerInvariant(),
                _ => command.ProposedValue.Trim(),
            };
            db.ProfileCorrectionRequests.Add(new ProfileCorrectionRequest(staff.Id, command.Field, value, command.Reason, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            return Outcome.Requested;
        }

        public async Task<IReadOnlyList<MyRequest>> MineAsync(int staffId, CancellationToken cancellationToken) =>
            await db.ProfileCorrectionRequests.AsNoTracking()
                .Where(r => r.StaffMemberId == staffId)
                .OrderByDescending(r => r.Id)
                .Take(20)
                .Select(r => new MyRequest(r.Field, r.ProposedValue, r.Status, r.RequestedAt, r.DecisionNote))
                .ToListAsync(cancellationToken);
    }
}
