using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>The agreement's section of the pairing page: its text for the two of them, who has confirmed it, and the
/// confirm button. A view component, so the pairing page carries it without knowing how agreements are read.</summary>
public sealed class AgreementSummary(CurrentStaff current, WriteAgreement.Handler agreements) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pairingId)
    {
        if (await current.FindAsync(HttpContext.RequestAborted) is not { } staff
            || await agreements.LoadAsync(staff.Id, pairingId, HttpContext.RequestAborted) is not { } agreement)
        {
            return Content("");
        }
        return View("~/Features/Agreements/Views/_AgreementSummary.cshtml", agreement);
    }
}
