using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Enrollment;

[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}")]
public sealed class EnrollmentAdminController(EnrollmentLists.Handler lists, RequestDetails.Handler details, ChangeVolunteerStanding.Handler standing) : Controller
{
    private const int ExportLimit = 100_000;

    [HttpGet("Requests")]
    public async Task<IActionResult> Requests(int programId, [FromQuery] EnrollmentLists.Filter filter, CancellationToken cancellationToken) =>
        await lists.RequestsAsync(programId, filter, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("Requests/{requestId:int}")]
    public async Task<IActionResult> RequestDetail(int programId, int requestId, CancellationToken cancellationToken) =>
        await details.HandleAsync(programId, requestId, cancellationToken) is { } model ? View("RequestDetails", model) : NotFound();

    [HttpGet("Requests.csv")]
    public async Task<IActionResult> RequestsCsv(int programId, [FromQuery] EnrollmentLists.Filter filter, CancellationToken cancellationToken)
    {
        if (await lists.RequestsAsync(programId, filter with { Page = 1 }, cancellationToken, ExportLimit) is not { } page)
        {
            return NotFound();
        }
        var zone = TimeZones.FindOrUtc(page.TimeZoneId);
        var csv = CsvExport.Write(
            ["Name", "Email", "Department", "Topics", "Status", "Submitted", "Mentor outside department", "Goals", "Avoid", "Availability", "Contact"],
            page.Rows.Items.Select(r => new[]
            {
                r.Name, r.Email, r.Department, string.Join("; ", r.Topics), r.Status.ToString(), TimeDisplay.Text(r.SubmittedAt, zone, "yyyy-MM-dd"),
                r.OutsideDepartment ? "yes" : "no", r.Goals, r.Avoid, r.Availability, r.Contact.Describe(),
            }));
        return File(csv, "text/csv", $"mentor-requests-{programId}.csv");
    }

    [HttpGet("Volunteers")]
    public async Task<IActionResult> Volunteers(int programId, [FromQuery] EnrollmentLists.Filter filter, CancellationToken cancellationToken) =>
        await lists.VolunteersAsync(programId, filter, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpGet("Volunteers.csv")]
    public async Task<IActionResult> VolunteersCsv(int programId, [FromQuery] EnrollmentLists.Filter filter, CancellationToken cancellationToken)
    {
        if (await lists.VolunteersAsync(programId, filter with { Page = 1 }, cancellationToken, ExportLimit) is not { } page)
        {
            return NotFound();
        }
        var zone = TimeZones.FindOrUtc(page.TimeZoneId);
        var csv = CsvExport.Write(
            ["Name", "Email", "Department", "Topics", "Status", "Capacity", "Training completed", "Hire date", "Expertise", "Submitted"],
            page.Rows.Items.Select(v => new[]
            {
                v.Name, v.Email, v.Department, string.Join("; ", v.Topics), v.Status.ToString(), v.Capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                v.TrainingCompleted ? "yes" : "no", v.HireDate?.ToString("yyyy-MM-dd"), v.Expertise, TimeDisplay.Text(v.SubmittedAt, zone, "yyyy-MM-dd"),
            }));
        return File(csv, "text/csv", $"mentor-volunteers-{programId}.csv");
    }

    [HttpPost("Volunteers/{volunteerId:int}/{change:" + nameof(VolunteerAction) + "}")]
    public async Task<IActionResult> UpdateVolunteer(int programId, int volunteerId, VolunteerAction change, string? returnQuery, CancellationToken cancellationToken)
    {
        var result = await standing.HandleAsync(programId, volunteerId, change, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        // A refused change (the page was opened before the volunteer withdrew, say) shows the list as it is now
        // and says why nothing changed.
        TempData["Notice"] = result.Refusal ?? change switch
        {
            VolunteerAction.Approve => "Volunteer approved: they can now be matched.",
            VolunteerAction.Pause => "Volunteer paused: they will not be matched until approved again.",
            VolunteerAction.TrainingDone => "Mentor training recorded.",
            _ => "Mentor training cleared.",
        };
        var query = returnQuery is { Length: > 0 } && returnQuery.StartsWith('?') ? returnQuery : "";
        return LocalRedirect(Url.Action(nameof(Volunteers), new { programId })! + query);
    }
}
