using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Checklists;

/// <summary>The checklist's section of the pairing page; nothing when the program has no checklist.</summary>
public sealed class ChecklistSummary(CurrentStaff current, PairChecklist.Handler checklists) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(int pairingId)
    {
        if (await current.FindAsync(HttpContext.RequestAborted) is not { } staff
            || await checklists.LoadAsync(staff.Id, pairingId, HttpContext.RequestAborted) is not { Items.Count: > 0 } checklist)
        {
            return Content("");
        }
        return View("~/Features/Checklists/Views/_Checklist.cshtml", checklist);
    }
}
