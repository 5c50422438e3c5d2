using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>A pairing's member answers a survey due to them. The pairing and survey ids come from the route, and the
/// handler checks them against the signed-in person and the moment rule: anything else is "not found", for a
/// coordinator too (individual answers are never shown to anyone but their author).</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SurveysController(CurrentStaff current, AnswerSurvey.Handler answers, IValidator<AnswerSurvey.Command> validator) : Controller
{
    [HttpGet("My/Pairings/{pairingId:int}/Surveys/{surveyId:int}")]
    public async Task<IActionResult> Answer(int pairingId, int surveyId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await answers.LoadAsync(staff.Id, pairingId, surveyId, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    [HttpPost("My/Pairings/{pairingId:int}/Surveys/{surveyId:int}")]
    public async Task<IActionResult> Answer(int pairingId, int surveyId, AnswerSurvey.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await answers.LoadAsync(staff.Id, pairingId, surveyId, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        if (page.ReadOnly)
        {
            TempData["Notice"] = "You have already submitted this survey; your answers stay as they were.";
            return RedirectToAction(nameof(Answer), new { pairingId, surveyId });
        }
        (await validator.ValidateAsync(AnswerSurvey.ContextFor(command, page.Questions), cancellationToken)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var result = await answers.SaveAsync(page, command, cancellationToken);
            if (result.Outcome != AnswerSurvey.Outcome.Refused)
            {
                TempData["Notice"] = result.Outcome switch
                {
                    AnswerSurvey.Outcome.Submitted => "Thank you: your answers are submitted.",
                    AnswerSurvey.Outcome.AlreadySubmitted => "You have already submitted this survey; your answers stay as they were.",
                    _ => "Draft saved. Come back to finish it and submit it before the survey closes.",
                };
                return RedirectToAction(nameof(Answer), new { pairingId, surveyId });
            }
            ModelState.AddModelError("", result.Refusal!);
        }
        return View(page with { Form = command });
    }
}
