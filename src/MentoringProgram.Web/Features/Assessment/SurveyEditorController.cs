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
public sealed class SurveyEditorController(SurveyEditor.Handler editor, SurveyList.Handler list, IValidator<SurveyEditor.RenameCommand> renameValidator,
    IValidator<SurveyEditor.AddQuestionCommand> questionValidator, IValidator<SurveyEditor.ChangeChoicesCommand> choicesValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int programId, CancellationToken cancellationToken) =>
        await list.ForProgramAsync(programId, cancellationToken) is { } model ? View("ProgramSurveys", model) : NotFound();

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

    [HttpPost("{surveyId:int}/Questions/{questionId:int}/Choices")]
    public async Task<IActionResult> ChangeChoices(int programId, int surveyId, int questionId, [Bind(Prefix = "EditChoices")] SurveyEditor.ChangeChoicesCommand command,
        CancellationToken cancellationToken)
    {
        (await choicesValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "EditChoices");
        if (!ModelState.IsValid)
        {
            return await EditAgainAsync(programId, surveyId, page => page.Questions.Any(q => q.Id == questionId)
                ? page with { EditingQuestionId = questionId, EditChoices = command }
                : page, cancellationToken);
        }
        return Done(await editor.ChangeChoicesAsync(programId, surveyId, questionId, command, CoordinatorId, cancellationToken), programId, surveyId, "Choices saved.");
    }

    [HttpPost("{surveyId:int}/Delete")]
    public async Task<IActionResult> Delete(int programId, int surveyId, CancellationToken cancellationToken)
    {
        var outcome = await editor.DeleteAsync(programId, surveyId, CoordinatorId, cancellationToken);
        if (!outcome.Found)
        {
            return NotFound();
        }
        if (outcome.Refusal is { } refusal)
        {
            TempData["Notice"] = refusal;
            return RedirectToAction(nameof(Edit), new { programId, surveyId });
        }
        TempData["Notice"] = "Survey deleted.";
        return RedirectToAction(nameof(Index), new { programId });
    }

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
