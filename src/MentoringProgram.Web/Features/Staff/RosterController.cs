using System.Security.Claims;
using System.Text;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Staff;

[Authorize(Policy = Policies.Coordinator)]
[Route("Roster")]
public sealed class RosterController(ListStaff.Handler list, ImportRoster.Handler import, ILogger<RosterController> logger) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, int? department, int page = 1, CancellationToken cancellationToken = default) =>
        View(await list.HandleAsync(new ListStaff.Query(q, department, page), cancellationToken));

    [HttpGet("Import")]
    public IActionResult Import() => View(new ImportViewModel());

    [HttpGet("Template")]
    public IActionResult Template() =>
        File(Encoding.UTF8.GetBytes(RosterCsv.TemplateHeader + "\nJo Smith,jo.smith@library.example.edu,Access Services,Library Assistant,2021-09-01,Sam Lee,sam.lee@library.example.edu,Main Library\n"),
            "text/csv", "staff-roster-template.csv");

    [HttpPost("Import")]
    [RequestSizeLimit(2 * RosterCsv.MaxBytes)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken cancellationToken)
    {
        // The size is checked before anything is parsed (ASVS V5.2.1).
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a CSV file to upload.");
        }
        else if (file.Length > RosterCsv.MaxBytes)
        {
            ModelState.AddModelError("file", $"The file is {file.Length / 1024:N0} KB; the limit is {RosterCsv.MaxBytes / 1024:N0} KB. Split it into smaller files.");
        }
        else if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) && !file.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            ModelState.AddModelError("file", "Upload a .csv file (in a spreadsheet, use Save As → CSV).");
        }
        if (!ModelState.IsValid)
        {
            return View(new ImportViewModel());
        }

        using var buffer = new MemoryStream();
        await file!.CopyToAsync(buffer, cancellationToken);
        if (!RosterCsv.TryDecode(buffer.ToArray(), out var text))
        {
            logger.LogWarning("Roster import rejected: the file is not UTF-8");
            ModelState.AddModelError("file", RosterCsv.NotUtf8Message);
            return View(new ImportViewModel());
        }
        return await PreviewAsync(text, file.FileName, cancellationToken);
    }

    [HttpPost("Import/Confirm")]
    [RequestSizeLimit(4 * RosterCsv.MaxBytes)]
    public async Task<IActionResult> Confirm(string payload, string fileName, string[]? confirmDepartment, CancellationToken cancellationToken)
    {
        string? text;
        try
        {
            if (!RosterCsv.TryDecode(Convert.FromBase64String(payload ?? ""), out text))
            {
                return BadRequest();
            }
        }
        catch (FormatException)
        {
            return BadRequest();
        }
        var parsed = RosterCsv.Parse(text);
        if (!parsed.IsValid)
        {
            return View("Import", new ImportViewModel { FileName = fileName, Problems = parsed.Problems });
        }
        var outcome = await import.ApplyAsync(parsed.Rows, User.FindFirstValue(ClaimTypes.NameIdentifier), confirmDepartment ?? [], cancellationToken);
        if (outcome.Unconfirmed.Count > 0)
        {
            ModelState.AddModelError("confirmDepartment",
                $"Nothing was imported: {string.Join(", ", outcome.Unconfirmed.Select(t => $"\"{t.InFile}\""))} looks like a department already on the list. Fix the file and upload it again, or tick the box to create it as a new department.");
            var preview = await import.PreviewAsync(parsed.Rows, cancellationToken);
            return View("ImportPreview", new ImportPreviewViewModel(fileName, payload!, preview));
        }
        TempData["Notice"] = $"Roster imported: {outcome.Created} added, {outcome.Updated} updated, {outcome.DepartmentsCreated} new departments.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> PreviewAsync(string text, string fileName, CancellationToken cancellationToken)
    {
        var parsed = RosterCsv.Parse(text);
        if (!parsed.IsValid)
        {
            logger.LogWarning("Roster import rejected: {ProblemCount} problems", parsed.Problems.Count);
            return View("Import", new ImportViewModel { FileName = fileName, Problems = parsed.Problems });
        }
        var preview = await import.PreviewAsync(parsed.Rows, cancellationToken);
        return View("ImportPreview", new ImportPreviewViewModel(fileName, Convert.ToBase64String(Encoding.UTF8.GetBytes(text)), preview));
    }
}
