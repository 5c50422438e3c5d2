using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The resources section of a member's pairing page, loaded by itself like the agreement and checklist.</summary>
public sealed class PairingResourcesViewComponent(CurrentStaff current, PairingResources.Handler resources) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pairingId)
    {
        var staff = await current.FindAsync(HttpContext.RequestAborted);
        return staff is not null && await resources.LoadAsync(staff.Id, pairingId, HttpContext.RequestAborted) is { } model
            ? View("~/Features/Resources/Views/_PairingResources.cshtml", model)
            : Content("");
    }
}
