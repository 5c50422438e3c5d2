using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The resource library as signed-in staff read it. Reading only: changes are the coordinator's
/// (<see cref="ResourceAdminController"/>).</summary>
[Authorize(Policy = Policies.Staff)]
[Route("Resources")]
public sealed class ResourcesController(ResourceLibrary.Handler library) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Library", await library.SectionsAsync(cancellationToken));

    [HttpGet("{resourceId:int}")]
    public async Task<IActionResult> Show(int resourceId, CancellationToken cancellationToken) =>
        await library.ArticleAsync(resourceId, cancellationToken) is { } article ? View("Article", article) : NotFound();
}
