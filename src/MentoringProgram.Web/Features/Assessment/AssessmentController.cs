using System.Globalization;
using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The coordinator's assessment dashboard for a cycle, and its figures as CSV.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}/Cycles/{cycleId:int}")]
public sealed class AssessmentController(ProgramAssessment.Handler assessment) : Controller
{
    [HttpGet("Assessment")]
    public async Task<IActionResult> Dashboard(int programId, int cycleId, CancellationToken cancellationToken) =>
        await assessment.HandleAsync(programId, cycleId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("Assessment.csv")]
    public async Task<IActionResult> Figures(int programId, int cycleId, CancellationToken cancellationToken)
    {
        if (await assessment.HandleAsync(programId, cycleId, cancellationToken) is not { } model)
        {
            return NotFound();
        }
        return File(CsvExport.Write(["Figure", "Group", "Value"], AssessmentFigures.Rows(model)), "text/csv",
            $"assessment-{model.CycleName}-{model.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv");
    }
}
