using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>Meetings for calendar apps: one scheduled meeting as an .ics download, for the pair only; each member's
/// private feed, which calendar apps fetch with no sign-in; and resetting that feed's address.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CalendarController(CurrentStaff current, MeetingFile.Handler files, CalendarFeed.Handler feeds, ResetCalendarFeed.Handler reset,
    PairingDetails.Handler details) : Controller
{
    [HttpGet("My/Pairings/{pairingId:int}/Meetings/{meetingId:int}/ics")]
    public async Task<IActionResult> MeetingFile(int pairingId, int meetingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await files.LoadAsync(staff.Id, pairingId, meetingId, cancellationToken) is { } file
            ? File(System.Text.Encoding.UTF8.GetBytes(file.Text), MeetingCalendar.ContentType, file.FileName)
            : NotFound();

    /// <summary>The token is the key: no sign-in, so that any calendar app can subscribe. Not cached by proxies, since
    /// the address is a secret and the meetings change.</summary>
    [AllowAnonymous]
    [HttpGet("Calendar/{token}.ics")]
    public async Task<IActionResult> Feed(string token, CancellationToken cancellationToken)
    {
        if (await feeds.LoadAsync(token, cancellationToken) is not { } text)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(System.Text.Encoding.UTF8.GetBytes(text), MeetingCalendar.ContentType, "mentoring.ics");
    }

    /// <summary>From the pairing page the feed is shown on; only a member of that pairing has a feed to reset there.</summary>
    [HttpPost("My/Pairings/{pairingId:int}/Calendar/Reset")]
    public async Task<IActionResult> Reset(int pairingId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is null)
        {
            return NotFound();
        }
        await reset.ResetAsync(staff, current.UserId, cancellationToken);
        TempData["Notice"] = "Your calendar feed has a new address. Subscribe to it again: the old one no longer works.";
        return Redirect(Url.Action("Pairing", "Pairings", new { pairingId }) + "#calendar");
    }
}
