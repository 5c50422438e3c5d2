using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Calendar;
using MentoringProgram.Web.Features.Continuation;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>A pair's own page: logging meetings held, scheduling meetings ahead and saying what became of them. The
/// pairing and meeting ids come from the route, and each handler checks them against the signed-in person: a pairing
/// they are not in is "not found", for a coordinator too.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PairingsController(
    CurrentStaff current, PairingDetails.Handler details, LogMeeting.Handler log, IValidator<LogMeeting.Command> validator,
    ScheduleMeeting.Handler schedule, IValidator<ScheduleMeeting.Command> scheduleValidator, MarkMeeting.Handler mark,
    IValidator<MarkMeeting.HeldCommand> heldValidator, AnswerContinuationInApp.Handler continuation, IValidator<AnswerContinuationInApp.Command> continuationValidator,
    CalendarFeedTokens feedTokens, AppLinks links, TimeProvider clock) : Controller
{
    [HttpGet("My/Pairings/{pairingId:int}")]
    public async Task<IActionResult> Pairing(int pairingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await details.LoadAsync(staff.Id, pairingId, cancellationToken) is { } pairing
            ? View(PageFor(pairing, new LogMeeting.Command { HeldOn = pairing.Today }))
            : NotFound();

    [HttpPost("My/Pairings/{pairingId:int}/Meetings")]
    public async Task<IActionResult> LogMeeting(int pairingId, [Bind(Prefix = nameof(PairingPage.Form))] LogMeeting.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        var window = new Pairings.LogMeeting.Window(pairing.StartsOn, pairing.Today);
        (await validator.ValidateAsync(Pairings.LogMeeting.ContextFor(command, window, pairing.ProgramTopicIds), cancellationToken)).AddToModelState(ModelState, nameof(PairingPage.Form));
        if (ModelState.IsValid)
        {
            var result = await log.HandleAsync(staff.Id, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Meeting logged. Any note you wrote is visible to the two of you only.";
                return RedirectToAction(nameof(Pairing), new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Pairing), PageFor(pairing, command));
    }

    [HttpPost("My/Pairings/{pairingId:int}/Meetings/Schedule")]
    public async Task<IActionResult> ScheduleMeeting(int pairingId, [Bind(Prefix = nameof(PairingPage.Schedule))] ScheduleMeeting.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        var window = new ScheduleMeeting.Window(pairing.StartsOn, pairing.EndsOn, TimeZones.FindOrUtc(pairing.TimeZoneId), clock.GetUtcNow());
        (await scheduleValidator.ValidateAsync(Pairings.ScheduleMeeting.ContextFor(command, window), cancellationToken))
            .AddToModelState(ModelState, nameof(PairingPage.Schedule));
        if (ModelState.IsValid)
        {
            var result = await schedule.HandleAsync(staff.Id, current.UserId, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Meeting scheduled. Download it for your calendar, or subscribe to your calendar feed below.";
                return RedirectToAction(nameof(Pairing), new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Pairing), PageFor(pairing, new LogMeeting.Command { HeldOn = pairing.Today }) with { Schedule = command });
    }

    [HttpPost("My/Pairings/{pairingId:int}/Meetings/{meetingId:int}/Held")]
    public async Task<IActionResult> MarkHeld(int pairingId, int meetingId, [Bind(Prefix = nameof(PairingPage.Held))] MarkMeeting.HeldCommand command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        (await heldValidator.ValidateAsync(MarkMeeting.ContextFor(command, pairing.ProgramTopicIds), cancellationToken)).AddToModelState(ModelState, nameof(PairingPage.Held));
        if (ModelState.IsValid)
        {
            var result = await mark.HeldAsync(staff.Id, current.UserId, pairingId, meetingId, command, cancellationToken);
            if (Marked(result, pairingId, "Meeting marked as held: it counts for your cadence.") is { } done)
            {
                return done;
            }
        }
        return View(nameof(Pairing), PageFor(pairing, new LogMeeting.Command { HeldOn = pairing.Today }) with { HeldMeetingId = meetingId, Held = command });
    }

    /// <summary>The end-of-term question answered on the page, by the same rule as the signed link in the notice.</summary>
    [HttpPost("My/Pairings/{pairingId:int}/Continuation")]
    public async Task<IActionResult> AnswerContinuation(int pairingId, [Bind(Prefix = "Continuation")] AnswerContinuationInApp.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        (await continuationValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Continuation");
        if (ModelState.IsValid && command.Choice is { } choice)
        {
            var result = await continuation.HandleAsync(staff.Id, current.UserId, pairingId, choice, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = ContinuationWords.Recorded(choice, pairing.Other.Name, pairing.Continuation.Renewable, pairing.EndsOn);
                return RedirectToAction(nameof(Pairing), new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Pairing), PageFor(pairing, new LogMeeting.Command { HeldOn = pairing.Today }));
    }

    [HttpPost("My/Pairings/{pairingId:int}/Meetings/{meetingId:int}/Missed")]
    public Task<IActionResult> MarkMissed(int pairingId, int meetingId, CancellationToken cancellationToken) =>
        ChangeAsync(pairingId, (staffId, userId) => mark.MissedAsync(staffId, userId, pairingId, meetingId, cancellationToken),
            "Meeting marked as missed. Schedule another when you can.", cancellationToken);

    [HttpPost("My/Pairings/{pairingId:int}/Meetings/{meetingId:int}/Cancel")]
    public Task<IActionResult> CancelMeeting(int pairingId, int meetingId, CancellationToken cancellationToken) =>
        ChangeAsync(pairingId, (staffId, userId) => mark.CancelAsync(staffId, userId, pairingId, meetingId, cancellationToken),
            "Meeting cancelled. Calendars subscribed to your feed show it as cancelled.", cancellationToken);

    private async Task<IActionResult> ChangeAsync(int pairingId, Func<int, string?, Task<MarkMeeting.Result>> change, string notice, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        if (Marked(await change(staff.Id, current.UserId), pairingId, notice) is { } done)
        {
            return done;
        }
        return View(nameof(Pairing), PageFor(pairing, new LogMeeting.Command { HeldOn = pairing.Today }));
    }

    /// <summary>Not found, or back to the page with the notice; null when the meeting refused the change, whose reason
    /// is then in ModelState for the page to show.</summary>
    private IActionResult? Marked(MarkMeeting.Result result, int pairingId, string notice)
    {
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is not null)
        {
            ModelState.AddModelError("", result.Refusal);
            return null;
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Pairing), new { pairingId });
    }

    private PairingPage PageFor(PairingDetails.Result pairing, LogMeeting.Command form) => new(pairing, form)
    {
        FeedUrl = links.Action(nameof(CalendarController.Feed), "Calendar", new { token = feedTokens.For(pairing.MyStaffId, pairing.MyFeedVersion) }),
    };
}
