using MentoringProgram.Web.Features.SignedLinks;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Recognition;

/// <summary>Certificates of participation: each member's own (pairing id from the route; anyone else finds "not found"),
/// and the read-only page a member's share link opens without signing in (the token is the authority).</summary>
public sealed class CertificatesController(CurrentStaff current, Certificate.Handler certificates) : Controller
{
    [Authorize(Policy = Policies.Staff)]
    [HttpGet("My/Pairings/{pairingId:int}/Certificate")]
    public async Task<IActionResult> Mine(int pairingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await certificates.ForMemberAsync(staff.Id, pairingId, cancellationToken) is { } page
            ? View(page)
            : NotFound();

    [Authorize(Policy = Policies.Staff)]
    [HttpPost("My/Pairings/{pairingId:int}/Certificate/Share")]
    public async Task<IActionResult> Share(int pairingId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || !await certificates.ShareAsync(staff.Id, pairingId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = "Your certificate can now be opened with the link below, by anyone you give it to.";
        return RedirectToAction(nameof(Mine), new { pairingId });
    }

    [Authorize(Policy = Policies.Staff)]
    [HttpPost("My/Pairings/{pairingId:int}/Certificate/StopSharing")]
    public async Task<IActionResult> StopSharing(int pairingId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || !await certificates.StopSharingAsync(staff.Id, pairingId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = "Sharing stopped: the link no longer opens your certificate.";
        return RedirectToAction(nameof(Mine), new { pairingId });
    }

    [AllowAnonymous]
    [NoReferrer]
    [HttpGet("Certificates/{token}")]
    public async Task<IActionResult> Shared(string token, CancellationToken cancellationToken)
    {
        // A shared certificate is not for search engines.
        Response.Headers["X-Robots-Tag"] = "noindex";
        return await certificates.ForLinkAsync(token, cancellationToken) is { } view ? View(view) : NotFound();
    }
}
