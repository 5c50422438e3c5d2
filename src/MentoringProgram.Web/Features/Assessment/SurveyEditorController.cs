using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The coordinator's survey builder for a program: ids from the route only, every change audited.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}/Surveys")]
public sealed class SurveyEditorController(SurveyEditor.Handler editor, IValidator<SurveyEditor.RenameCommand> renameValidator,
    IValidator<SurveyEditor.AddQuestionCommand> questionValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int programId, CancellationToken cancellationToken) =>
        await editor.ListAsync(programId, cancellationToken) is { } model ? View("ProgramSurveys", model) : NotFound();

    [HttpGet("{surveyId:int}")]
    public async Task<IActionResult> Edit(int programId, int surveyId, CancellationToken cancellationToken) =>
        await editor.PageAsync(programId, surveyId, cancellationToken) is { } model ? View("EditSurvey", model) : NotFound();

    [HttpPost("{surveyId:int}/Title")]
    public async Task<IActionResult> Rename(int programId, int surveyId, [Bind(Prefix = "Rename")] SurveyEditor.RenameCommand command, CancellationToken cancellationToken)
    {
        (await renameValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Rename");
        if (!ModelState.IsValid)
        {
            return await EditAgainAsync(programId, surveyId, page => page with { Rename = command }, cancellationToken);
        }
        return Done(await editor.RenameAsync(programId, surveyId, command, CoordinatorId, cancellationToken), programId, surveyId, "Title saved.");
    }

    [HttpPost("{surveyId:int}/Questions")]
    public async Task<IActionResult> AddQuestion(int programId, int surveyId, [Bind(Prefix = "NewQuestion")] SurveyEditor.AddQuestionCommand command, CancellationToken cancellationToken)
    {
        (await questionValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "NewQuestion");
        if (!ModelState.IsValid)
        {
            return await EditAgainAsync(programId, surveyId, page => page with { NewQuestion = command }, cancellationToken);
        }
        return Done(await editor.AddQuestionAsync(programId, surveyId, command, CoordinatorId, cancellationToken), programId, surveyId, "Question added.");
    }

    [HttpPost("{surveyId:int}/Questions/{questionId:int}/Remove")]
    public async Task<IActionResult> RemoveQuestion(int programId, int surveyId, int questionId, CancellationToken cancellationToken) =>
        Done(await editor.RemoveQuestionAsync(programId, surveyId, questionId, CoordinatorId, cancellationToken), programId, surveyId, "Question taken out.");

    [HttpPost("{surveyId:int}/Questions/{questionId:int}/Up")]
    public async Task<IActionResult> MoveUp(int programId, int surveyId, int questionId, CancellationToken cancellationToken) =>
        Done(await editor.MoveQuestionAsync(programId, surveyId, questionId, up: true, CoordinatorId, cancellationToken), programId, surveyId, "Question moved up.");

    [HttpPost("{surveyId:int}/Questions/{questionId:int}/Down")]
    public async Task<IActionResult> MoveDown(int programId, int surveyId, int questionId, CancellationToken cancellationToken) =>
        Done(await editor.MoveQuestionAsync(programId, surveyId, questionId, up: false, CoordinatorId, cancellationToken), programId, surveyId, "Question moved down.");

    private async Task<IActionResult> EditAgainAsync(int programId, int surveyId, Func<SurveyEditor.Page, SurveyEditor.Page> withTyped, CancellationToken cancellationToken) =>
        await editor.PageAsync(programId, surveyId, cancellationToken) is { } page ? View("EditSurvey", withTyped(page)) : NotFound();

    private IActionResult Done(SurveyEditor.Outcome outcome, int programId, int surveyId, string notice)
    {
        if (!outcome.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = outcome.Refusal ?? notice;
        return RedirectToAction(nameof(Edit), new { programId, surveyId });
    }

    private string CoordinatorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
