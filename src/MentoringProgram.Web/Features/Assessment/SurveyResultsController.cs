using System.Security.Claims;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The coordinator's survey results for a cycle: figures in aggregate only, small groups held back.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}/Cycles/{cycleId:int}/Surveys")]
public sealed class SurveyResultsController(SurveyList.Handler list, SurveyResults.Handler results, SurveyResponsesExport.Handler export,
    CloseSurvey.Handler close) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Surveys(int programId, int cycleId, CancellationToken cancellationToken) =>
        await list.HandleAsync(programId, cycleId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpGet("{surveyId:int}/Results")]
    public async Task<IActionResult> Results(int programId, int cycleId, int surveyId, [FromQuery(Name = "by")] string? breakdown, CancellationToken cancellationToken) =>
        await results.HandleAsync(programId, cycleId, surveyId, breakdown, cancellationToken) is { } model ? View(model) : NotFound();

    /// <summary>Closes the survey for the cycle: no more answers, and its results are shown.</summary>
    [HttpPost("{surveyId:int}/Close")]
    public async Task<IActionResult> Close(int programId, int cycleId, int surveyId, CancellationToken cancellationToken)
    {
        var outcome = await close.HandleAsync(programId, cycleId, surveyId, User.FindFirstValue(ClaimTypes.NameIdentifier), cancellationToken);
        if (outcome == CloseSurvey.Outcome.NotFound)
        {
            return NotFound();
        }
        TempData["Notice"] = outcome == CloseSurvey.Outcome.Closed
            ? "Survey closed for this cycle: nobody is asked it any more, and its results are shown."
            : "This survey was already closed for this cycle.";
        return RedirectToAction(nameof(Results), new { programId, cycleId, surveyId });
    }

    /// <summary>The responses with no names, for analysis elsewhere; nothing when fewer than the minimum answered.</summary>
    [HttpGet("{surveyId:int}/Responses.csv")]
    public async Task<IActionResult> Responses(int programId, int cycleId, int surveyId, CancellationToken cancellationToken) =>
        await export.HandleAsync(programId, cycleId, surveyId, cancellationToken) is { } result
            ? File(Enrollment.CsvExport.Write(result.Header, result.Rows), "text/csv", $"responses-{result.CycleName}-{result.SurveyTitle}.csv")
            : NotFound();
}
