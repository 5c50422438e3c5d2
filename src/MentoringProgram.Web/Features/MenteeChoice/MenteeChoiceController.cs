using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>Mentee-choice programs: the mentee chooses and asks a mentor, the mentor answers. Every id comes from the
/// route, and each handler checks it against the signed-in person: someone else's request or ask is "not found".</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MenteeChoiceController(CurrentStaff current, ChooseMentor.Handler choose, AnswerAsk.Handler answer) : Controller
{
    [HttpGet("My/Requests/{requestId:int}/Mentors")]
    public async Task<IActionResult> Mentors(int requestId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await choose.LoadAsync(staff.Id, requestId, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    [HttpPost("My/Requests/{requestId:int}/Mentors/{volunteerId:int}/Ask")]
    public async Task<IActionResult> Ask(int requestId, int volunteerId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await choose.AskAsync(staff.Id, current.UserId, requestId, volunteerId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "Your ask is sent. We have emailed the mentor; you will hear from us when they answer.";
        return RedirectToAction(nameof(Mentors), new { requestId });
    }

    [HttpPost("My/Asks/{askId:int}/TakeBack")]
    public async Task<IActionResult> TakeBack(int askId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await choose.TakeBackAsync(staff.Id, current.UserId, askId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "Your ask is taken back. You can ask another mentor.";
        return RedirectToAction(nameof(Mentors), new { requestId = result.RequestId });
    }

    [HttpGet("My/Asks/{askId:int}")]
    public async Task<IActionResult> Asked(int askId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await answer.LoadAsync(staff.Id, askId, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    [HttpPost("My/Asks/{askId:int}/Accept")]
    public Task<IActionResult> Accept(int askId, CancellationToken cancellationToken) =>
        AnswerAsync(askId, (staffId, userId) => answer.AcceptAsync(staffId, userId, askId, cancellationToken),
            "You have accepted. We have emailed you both an introduction: please make first contact in the next few days.", cancellationToken);

    [HttpPost("My/Asks/{askId:int}/Decline")]
    public Task<IActionResult> Decline(int askId, CancellationToken cancellationToken) =>
        AnswerAsync(askId, (staffId, userId) => answer.DeclineAsync(staffId, userId, askId, cancellationToken),
            "You have declined. The mentee will choose someone else; they are not told why.", cancellationToken);

    private async Task<IActionResult> AnswerAsync(int askId, Func<int, string?, Task<AnswerAsk.AnswerResult>> act, string done, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await act(staff.Id, current.UserId);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? done;
        return result.Refusal is null ? RedirectToAction(nameof(EnrollmentController.My), "Enrollment") : RedirectToAction(nameof(Asked), new { askId });
    }
}
