using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>Creating a program (from a template or blank, with its first cycle) and editing one.</summary>
public static class SaveProgram
{
    public sealed class CreateCommand
    {
        public ProgramForm Program { get; set; } = new();
        public CycleForm Cycle { get; set; } = new();
        public string? Template { get; set; }
    }

    public sealed record CreateView(CreateCommand Command, IReadOnlyList<SelectListItem> Topics, string? TemplateSource);

    public sealed record EditView(int Id, ProgramForm Program, IReadOnlyList<SelectListItem> Topics);

    public sealed class Handler(AppDbContext db, TimeProvider clock, LibraryCalendar library)
    {
        public async Task<CreateView> NewAsync(string? templateKey, CancellationToken cancellationToken)
        {
            var template = ProgramTemplates.Find(templateKey);
            var topics = await ActiveTopicIdsAsync(cancellationToken);
            var today = library.Today();
            var command = new CreateCommand
            {
                Template = template?.Key,
                Program = template is null
                    ? new ProgramForm { Phases = [new CadencePhaseForm { Meetings = 1, EveryCount = 1, EveryUnit = PeriodUnit.Months }] }
                    : ProgramForm.From(template.Name, template.Settings, topics, active: true),
                Cycle = new CycleForm
                {
                    Name = $"{today.Year}-{(today.Year + 1) % 100:00}",
                    EnrollmentOpens = today,
                    EnrollmentDeadline = today.AddDays(28),
                    TermStarts = today.AddDays(42),
                },
            };
            command.Program.TimeZoneId = library.Zone.Id;
            return await CreateViewAsync(command, cancellationToken);
        }

        public async Task<CreateView> CreateViewAsync(CreateCommand command, CancellationToken cancellationToken)
        {
            command.Program.WithPhaseRows();
            return new CreateView(command, await TopicOptionsAsync(cancellationToken), ProgramTemplates.Find(command.Template)?.Source);
        }

        public async Task<int> CreateAsync(CreateCommand command, CancellationToken cancellationToken)
        {
            var form = command.Program;
            var program = new MentorshipProgram(form.Name, form.ToSettings());
            program.SetTopics(form.TopicIds);
            program.SetTimeZone(form.TimeZoneId);
            program.AddCycle(command.Cycle.Name, command.Cycle.ToWindow(), command.Cycle.TermStarts!.Value);
            if (form.Active)
            {
                program.Activate();
            }
            db.Programs.Add(program);
            // The program and its default surveys land together: the surveys need the program's id.
            return await db.InTransactionAsync(async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                db.Surveys.AddRange(DefaultSurveys.For(program.Id));
                await db.SaveChangesAsync(cancellationToken);
                return program.Id;
            }, _ => true, cancellationToken);
        }

        public async Task<EditView?> EditAsync(int id, CancellationToken cancellationToken)
        {
            var program = await db.Programs.AsNoTracking().Include(p => p.Topics).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (program is null)
            {
                return null;
            }
            var form = ProgramForm.From(program.Name, new ProgramSettings(program.Description, program.Expectations, program.Term,
                program.Renewable, program.MinimumMentorTenureMonths, program.Cadence, program.DefaultMentorCapacity,
                program.LunchAllowance, program.MatchingMode, program.CoordinatorContact, program.MentorTrainingRequired,
                program.MenteeChoices, program.MentorAnswerDays, program.ChecklistTemplate), program.Topics.Select(t => t.TopicId), program.Status == ProgramStatus.Active);
            form.ConcurrencyStamp = program.ConcurrencyStamp;
            form.TimeZoneId = program.TimeZoneId;
            return new EditView(id, form.WithPhaseRows(), await TopicOptionsAsync(cancellationToken));
        }

        public async Task<EditView> EditViewAsync(int id, ProgramForm form, CancellationToken cancellationToken) =>
            new(id, form.WithPhaseRows(), await TopicOptionsAsync(cancellationToken));

        public enum UpdateResult
        {
            Saved,
            NotFound,
            Conflict,
        }

        public async Task<UpdateResult> UpdateAsync(int id, ProgramForm form, CancellationToken cancellationToken)
        {
            var program = await db.Programs.Include(p => p.Topics).Include(p => p.Cycles).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (program is null)
            {
                return UpdateResult.NotFound;
            }
            db.Entry(program).Property(p => p.ConcurrencyStamp).OriginalValue = form.ConcurrencyStamp;
            var termChanged = program.Term != new TermLength(form.TermCount, form.TermUnit);
            program.Update(form.Name, form.ToSettings());
            program.SetTopics(form.TopicIds);
            program.SetTimeZone(form.TimeZoneId);
            if (termChanged)
            {
                // Cycles that have not started yet follow the new term length.
                var today = program.Today(clock);
                foreach (var cycle in program.Cycles.Where(c => c.TermStarts > today))
                {
                    cycle.Reschedule(cycle.Enrollment, cycle.TermStarts, program.Term);
                }
            }
            if (form.Active)
            {
                program.Activate();
            }
            else if (program.Status == ProgramStatus.Active)
            {
                program.Archive();
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return UpdateResult.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                return UpdateResult.Conflict;
            }
        }

        private Task<List<int>> ActiveTopicIdsAsync(CancellationToken cancellationToken) =>
            db.Topics.AsNoTracking().Where(t => t.IsActive).Select(t => t.Id).ToListAsync(cancellationToken);

        private Task<List<SelectListItem>> TopicOptionsAsync(CancellationToken cancellationToken) =>
            db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToListAsync(cancellationToken);
    }
}
