using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>The coordinator's matching: a request's suggested mentors, the program's match weights, proposing a mentor,
/// and confirming or cancelling the proposal. Every id comes from the route; the handlers check that each belongs to the
/// program in the route.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}")]
public sealed class MatchingController(
    MatchSuggestions.Handler suggestions, ProposeMatch.Handler propose, MatchDetails.Handler details, ConfirmMatch.Handler confirm,
    CancelMatch.Handler cancel, IValidator<ConfirmMatch.Command> confirmValidator, MatchingBoard.Handler board, SuggestAllMatches.Handler suggestAll,
    AcceptMatchRun.Handler acceptRun, SwapDraftMentor.Handler swap, ChangeMatchWeights.Handler changeWeights,
    IValidator<ChangeMatchWeights.Command> weightsValidator) : Controller
{
    private string? CoordinatorId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    [HttpGet("Requests/{requestId:int}/Suggestions")]
    public async Task<IActionResult> Suggestions(int programId, int requestId, CancellationToken cancellationToken) =>
        await suggestions.HandleAsync(programId, requestId, cancellationToken) is { } model ? View(SuggestionsPage.WithSavedWeights(model)) : NotFound();

    [HttpPost("Requests/{requestId:int}/Suggestions/Weights")]
    public async Task<IActionResult> Weights(int programId, int requestId, [Bind(Prefix = nameof(SuggestionsPage.Form))] ChangeMatchWeights.Command command, CancellationToken cancellationToken)
    {
        (await weightsValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, nameof(SuggestionsPage.Form));
        if (ModelState.IsValid)
        {
            switch (await changeWeights.HandleAsync(programId, requestId, command, CoordinatorId, cancellationToken))
            {
                case ChangeMatchWeights.Outcome.NotFound:
                    return NotFound();
                case ChangeMatchWeights.Outcome.Conflict:
                    ModelState.AddModelError("", "Someone else changed this program since you opened this page, so your weights were not saved. Reload the page to see the weights in use now, then make your change again.");
                    break;
                case var outcome:
                    TempData["Notice"] = outcome == ChangeMatchWeights.Outcome.Saved
                        ? "Match weights saved. The mentors below are ranked with them, for every request in the program."
                        : "Those are the weights in use already: nothing changed.";
                    return RedirectToAction(nameof(Suggestions), new { programId, requestId });
            }
        }
        return await suggestions.HandleAsync(programId, requestId, cancellationToken) is { } model ? View(nameof(Suggestions), new SuggestionsPage(model, command)) : NotFound();
    }

    [HttpPost("Requests/{requestId:int}/Suggestions/{volunteerId:int}/Propose")]
    public async Task<IActionResult> Propose(int programId, int requestId, int volunteerId, CancellationToken cancellationToken)
    {
        var result = await propose.HandleAsync(programId, requestId, volunteerId, CoordinatorId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is { } refusal)
        {
            TempData["Notice"] = refusal;
            return result.MatchId is { } existing
                ? RedirectToAction(nameof(Match), new { programId, matchId = existing })
                : RedirectToAction(nameof(Suggestions), new { programId, requestId });
        }
        TempData["Notice"] = "Match proposed. Nobody is told until you confirm it.";
        return RedirectToAction(nameof(Match), new { programId, matchId = result.MatchId });
    }

    [HttpGet("Matches/{matchId:int}")]
    public async Task<IActionResult> Match(int programId, int matchId, CancellationToken cancellationToken) =>
        await details.HandleAsync(programId, matchId, cancellationToken) is { } model ? View(new MatchPage(model, new ConfirmMatch.Command())) : NotFound();

    [HttpPost("Matches/{matchId:int}/Confirm")]
    public async Task<IActionResult> Confirm(int programId, int matchId, [Bind(Prefix = nameof(MatchPage.Form))] ConfirmMatch.Command command, CancellationToken cancellationToken)
    {
        if (await details.HandleAsync(programId, matchId, cancellationToken) is not { } model)
        {
            return NotFound();
        }
        (await confirmValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, nameof(MatchPage.Form));
        if (!ModelState.IsValid)
        {
            return View(nameof(Match), new MatchPage(model, command));
        }
        var result = await confirm.HandleAsync(programId, matchId, command, CoordinatorId, cancellationToken);
        TempData["Notice"] = result.Refusal ?? "Match confirmed. Both have been sent an introduction; the mentor is asked to make first contact.";
        return RedirectToAction(nameof(Match), new { programId, matchId });
    }

    [HttpPost("Matches/{matchId:int}/Cancel")]
    public async Task<IActionResult> Cancel(int programId, int matchId, CancellationToken cancellationToken)
    {
        var result = await cancel.HandleAsync(programId, matchId, CoordinatorId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is { } refusal)
        {
            TempData["Notice"] = refusal;
            return RedirectToAction(nameof(Match), new { programId, matchId });
        }
        TempData["Notice"] = "Proposed match cancelled. The request is waiting for a mentor again.";
        return RedirectToAction(nameof(Suggestions), new { programId, requestId = result.RequestId });
    }

    [HttpGet("Cycles/{cycleId:int}/Matching")]
    public async Task<IActionResult> Board(int programId, int cycleId, CancellationToken cancellationToken) =>
        await board.HandleAsync(programId, cycleId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("Cycles/{cycleId:int}/Matching/Runs")]
    public async Task<IActionResult> SuggestAll(int programId, int cycleId, bool spreadTheLoad, CancellationToken cancellationToken)
    {
        var result = await suggestAll.HandleAsync(programId, cycleId, spreadTheLoad, CoordinatorId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "Matches suggested for everyone waiting: review the draft below. Nobody is told until you accept.";
        return RedirectToAction(nameof(Board), new { programId, cycleId });
    }

    [HttpPost("Cycles/{cycleId:int}/Matching/Runs/{runId:int}/Accept")]
    public async Task<IActionResult> AcceptRun(int programId, int cycleId, int runId, [FromForm(Name = "rows")] int[]? rows, CancellationToken cancellationToken)
    {
        var result = await acceptRun.HandleAsync(programId, cycleId, runId, rows ?? [], CoordinatorId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal
            ?? (result.Accepted == 1 ? "1 match accepted: the pair has been introduced." : $"{result.Accepted} matches accepted: every pair has been introduced.");
        return RedirectToAction(nameof(Board), new { programId, cycleId });
    }

    [HttpPost("Cycles/{cycleId:int}/Matching/Runs/{runId:int}/Rerun")]
    public async Task<IActionResult> Rerun(int programId, int cycleId, int runId, [FromForm(Name = "locked")] int[]? locked, CancellationToken cancellationToken)
    {
        var result = await suggestAll.RerunAsync(programId, cycleId, runId, locked ?? [], CoordinatorId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "The locked rows are kept and the rest suggested again: review the new draft below.";
        return RedirectToAction(nameof(Board), new { programId, cycleId });
    }

    [HttpGet("Cycles/{cycleId:int}/Matching/Runs/{runId:int}/Rows/{rowId:int}/Swap")]
    public async Task<IActionResult> Swap(int programId, int cycleId, int runId, int rowId, CancellationToken cancellationToken) =>
        await swap.ChoicesAsync(programId, cycleId, runId, rowId, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("Cycles/{cycleId:int}/Matching/Runs/{runId:int}/Rows/{rowId:int}/Swap/{volunteerId:int}")]
    public async Task<IActionResult> SwapTo(int programId, int cycleId, int runId, int rowId, int volunteerId, CancellationToken cancellationToken)
    {
        var result = await swap.SwapAsync(programId, cycleId, runId, rowId, volunteerId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is { } refusal)
        {
            TempData["Notice"] = refusal;
            return RedirectToAction(nameof(Swap), new { programId, cycleId, runId, rowId });
        }
        TempData["Notice"] = "Mentor changed on that row, and the row locked: suggesting the rest again keeps it.";
        return RedirectToAction(nameof(Board), new { programId, cycleId });
    }
}
