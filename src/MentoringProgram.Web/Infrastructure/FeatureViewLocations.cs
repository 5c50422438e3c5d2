using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Razor;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Finds a controller's views in its feature folder: Features/&lt;Feature&gt;/Views/&lt;View&gt;.cshtml,
/// where the feature is the namespace segment after "Features".</summary>
public sealed class FeatureViewLocations : IViewLocationExpander
{
    private const string FeatureKey = "feature";

    public void PopulateValues(ViewLocationExpanderContext context)
    {
        if (context.ActionContext.ActionDescriptor is ControllerActionDescriptor action)
        {
            var ns = action.ControllerTypeInfo.Namespace ?? "";
            var marker = ".Features.";
            var at = ns.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Values[FeatureKey] = ns[(at + marker.Length)..].Split('.')[0];
            }
        }
    }

    public IEnumerable<string> ExpandViewLocations(ViewLocationExpanderContext context, IEnumerable<string> viewLocations)
    {
        if (context.Values.TryGetValue(FeatureKey, out var feature) && feature is not null)
        {
            yield return $"/Features/{feature}/Views/{{0}}.cshtml";
        }
        yield return "/Features/Shared/{0}.cshtml";
        foreach (var location in viewLocations)
        {
            yield return location;
        }
    }
}
