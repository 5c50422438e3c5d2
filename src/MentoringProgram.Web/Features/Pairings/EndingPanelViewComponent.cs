using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The early check and ending-early section of a member's pairing page, loaded by itself so the page's own
/// query and model stay as they are (the agreement and meeting scheduling grow the same page).</summary>
public sealed class EndingPanelViewComponent(CurrentStaff current, EndingPanel.Handler panel) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pairingId)
    {
        var staff = await current.FindAsync(HttpContext.RequestAborted);
        return staff is not null && await panel.LoadAsync(staff.Id, pairingId, HttpContext.RequestAborted) is { } model
            ? View(model)
            : Content("");
    }
}
