using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

public static class ImportRoster
{
    public enum RowAction
    {
        Create,
        Update,
        Unchanged,
    }

    public sealed record PreviewRow(RosterRow Row, RowAction Action, IReadOnlyList<string> Changes);

    /// <summary>A department in the file that is not on the list but looks like one that is.</summary>
    public sealed record DepartmentTypo(string InFile, string Existing, IReadOnlyList<int> Lines);

    public sealed record Preview(IReadOnlyList<PreviewRow> Rows, IReadOnlyList<string> NewDepartments, IReadOnlyList<DepartmentTypo> LikelyTypos)
    {
        public int Creates => Rows.Count(r => r.Action == RowAction.Create);
        public int Updates => Rows.Count(r => r.Action == RowAction.Update);
        public int Unchanged => Rows.Count(r => r.Action == RowAction.Unchanged);
    }

    /// <summary>What an import did; when <see cref="Unconfirmed"/> is not empty it did nothing, because the file
    /// names departments that look like misspellings and the coordinator has not confirmed them as new.</summary>
    public sealed record Outcome(int Created, int Updated, int DepartmentsCreated, IReadOnlyList<DepartmentTypo> Unconfirmed);

    /// <summary>Matches rows to staff by work email: re-importing the same roster updates instead of duplicating.
    /// Empty cells leave what is already known alone.</summary>
    public sealed class Handler(AppDbContext db, TimeProvider clock, ILogger<Handler> logger)
    {
        public async Task<Preview> PreviewAsync(IReadOnlyList<RosterRow> rows, CancellationToken cancellationToken)
        {
            var (existing, departments) = await LoadAsync(rows, cancellationToken);
            var preview = rows.Select(row =>
            {
                if (!existing.TryGetValue(StaffMember.NormalizeEmail(row.Email), out var staff))
                {
                    return new PreviewRow(row, RowAction.Create, []);
                }
                var changes = Changes(staff, row, departments);
                return new PreviewRow(row, changes.Count == 0 ? RowAction.Unchanged : RowAction.Update, changes);
            }).ToList();
            var newDepartments = NewDepartments(rows, departments);
            return new Preview(preview, newDepartments, LikelyTypos(rows, newDepartments, departments));
        }

        /// <summary>All or nothing, as one unit of work (replayable inside the provider's execution strategy); nothing is
        /// kept while a look-alike department is unconfirmed.</summary>
        public async Task<Outcome> ApplyAsync(IReadOnlyList<RosterRow> rows, string? actorUserId, IReadOnlyCollection<string> confirmedNewDepartments, CancellationToken cancellationToken)
        {
            var outcome = await db.InTransactionAsync(() =>
            {
                // The preview's reads must not leak into the import (nor a failed attempt's into its replay).
                db.ChangeTracker.Clear();
                return ApplyOnceAsync(rows, actorUserId, confirmedNewDepartments, cancellationToken);
            }, o => o.Unconfirmed.Count == 0, cancellationToken);
            if (outcome.Unconfirmed.Count == 0)
            {
                logger.LogInformation("Roster imported by {UserId}: {Created} created, {Updated} updated", actorUserId, outcome.Created, outcome.Updated);
            }
            return outcome;
        }

        private async Task<Outcome> ApplyOnceAsync(IReadOnlyList<RosterRow> rows, string? actorUserId, IReadOnlyCollection<string> confirmedNewDepartments, CancellationToken cancellationToken)
        {
            var (existing, departments) = await LoadAsync(rows, cancellationToken);
            var newDepartments = NewDepartments(rows, departments);
            // Checked against the list as it is now, not as the preview saw it: a look-alike is created only when
            // the coordinator said it is really new.
            var unconfirmed = LikelyTypos(rows, newDepartments, departments)
                .Where(t => !confirmedNewDepartments.Contains(t.InFile, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unconfirmed.Count > 0)
            {
                return new Outcome(0, 0, 0, unconfirmed);
            }
            foreach (var name in newDepartments)
            {
                var department = new Department(name);
                db.Departments.Add(department);
                departments[name] = department;
            }

            int created = 0, updated = 0;
            foreach (var row in rows)
            {
                var email = StaffMember.NormalizeEmail(row.Email);
                if (!existing.TryGetValue(email, out var staff))
                {
                    staff = new StaffMember(row.Name, email);
                    db.StaffMembers.Add(staff);
                    existing[email] = staff;
                    Apply(staff, row, departments);
                    created++;
                }
                else if (Changes(staff, row, departments).Count > 0)
                {
                    Apply(staff, row, departments);
                    updated++;
                }
            }
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, "roster.imported", null,
                $"{created} created, {updated} updated, {newDepartments.Count} departments created"));
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(created, updated, newDepartments.Count, []);
        }

        private async Task<(Dictionary<string, StaffMember> Existing, Dictionary<string, Department> Departments)> LoadAsync(
            IReadOnlyList<RosterRow> rows, CancellationToken cancellationToken)
        {
            var emails = rows.Select(r => StaffMember.NormalizeEmail(r.Email)).Distinct().ToList();
            var existing = await db.StaffMembers.Where(s => emails.Contains(s.WorkEmail)).ToDictionaryAsync(s => s.WorkEmail, cancellationToken);
            var departments = await db.Departments.ToDictionaryAsync(d => d.Name, StringComparer.OrdinalIgnoreCase, cancellationToken);
            return (existing, departments);
        }

        private static List<string> NewDepartments(IEnumerable<RosterRow> rows, Dictionary<string, Department> departments) =>
            rows.Where(r => r.Department is not null && !departments.ContainsKey(r.Department))
                .Select(r => r.Department!).Distinct(StringComparer.OrdinalIgnoreCase).Order().ToList();

        private static List<DepartmentTypo> LikelyTypos(IReadOnlyList<RosterRow> rows, List<string> newDepartments, Dictionary<string, Department> departments) =>
            newDepartments
                .Select(name => (Name: name, Existing: DepartmentNameSimilarity.ClosestKnown(name, departments.Values.Select(d => d.Name))))
                .Where(t => t.Existing is not null)
                .Select(t => new DepartmentTypo(t.Name, t.Existing!,
                    rows.Where(r => string.Equals(r.Department, t.Name, StringComparison.OrdinalIgnoreCase)).Select(r => r.Line).ToList()))
                .ToList();

        private static List<string> Changes(StaffMember staff, RosterRow row, Dictionary<string, Department> departments)
        {
            var changes = new List<string>();
            void Compare(string label, string? current, string? incoming)
            {
                if (incoming is not null && !string.Equals(current, incoming, StringComparison.Ordinal))
                {
                    changes.Add($"{label}: {current ?? "(none)"} → {incoming}");
                }
            }
            Compare("Name", staff.FullName, row.Name);
            var currentDepartment = departments.Values.FirstOrDefault(d => d.Id == staff.DepartmentId && staff.DepartmentId != null)?.Name;
            if (row.Department is not null && !string.Equals(currentDepartment, row.Department, StringComparison.OrdinalIgnoreCase))
            {
                changes.Add($"Department: {currentDepartment ?? "(none)"} → {row.Department}");
            }
            Compare("Job title", staff.JobTitle, row.JobTitle);
            Compare("Hire date", staff.HireDate?.ToString("yyyy-MM-dd"), row.HireDate?.ToString("yyyy-MM-dd"));
            Compare("Supervisor", staff.SupervisorName, row.SupervisorName);
            Compare("Supervisor email", staff.SupervisorEmail, row.SupervisorEmail?.ToLowerInvariant());
            Compare("Location", staff.Location, row.Location);
            return changes;
        }

        private static void Apply(StaffMember staff, RosterRow row, Dictionary<string, Department> departments)
        {
            staff.FullName = row.Name;
            if (row.Department is not null)
            {
                staff.Department = departments[row.Department];
            }
            staff.JobTitle = row.JobTitle ?? staff.JobTitle;
            staff.HireDate = row.HireDate ?? staff.HireDate;
            staff.SupervisorName = row.SupervisorName ?? staff.SupervisorName;
            staff.SupervisorEmail = row.SupervisorEmail?.ToLowerInvariant() ?? staff.SupervisorEmail;
            staff.Location = row.Location ?? staff.Location;
        }
    }
}
