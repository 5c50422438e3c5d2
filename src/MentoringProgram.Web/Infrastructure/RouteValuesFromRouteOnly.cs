using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Binds every action parameter that the action's route names ({id}, {programId}...) from the route only.
/// MVC's default value providers try the form before the route, so a body field <c>id=7</c> on
/// <c>POST /My/Requests/8/Withdraw</c> would act on 7 while the path, the access check a reader expects and the
/// logs all say 8. A convention rather than [FromRoute] on each parameter, so a new action cannot forget it.
/// </summary>
public sealed class RouteValuesFromRouteOnly : IActionModelConvention
{
    /// <summary>Parameters of the conventional route ({controller}/{action}/{id?}) that are not controller or action.</summary>
    public static readonly IReadOnlyList<string> ConventionalRouteParameters = ["id"];

    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var names = RouteParameterNames(action);
        foreach (var parameter in action.Parameters)
        {
            var name = parameter.BindingInfo?.BinderModelName ?? parameter.ParameterName;
            if (names.Contains(name))
            {
                parameter.BindingInfo ??= new BindingInfo();
                parameter.BindingInfo.BindingSource = BindingSource.Path;
            }
        }
    }

    /// <summary>The names of the parameters in every template the action can be reached by.</summary>
    public static HashSet<string> RouteParameterNames(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var controllerRoutes = action.Controller.Selectors.Select(s => s.AttributeRouteModel).ToList();
        if (controllerRoutes.Count == 0)
        {
            controllerRoutes.Add(null);
        }
        var attributeRouted = false;
        foreach (var actionRoute in action.Selectors.Select(s => s.AttributeRouteModel).DefaultIfEmpty())
        {
            foreach (var controllerRoute in controllerRoutes)
            {
                if (AttributeRouteModel.CombineAttributeRouteModel(controllerRoute, actionRoute)?.Template is { } template)
                {
                    attributeRouted = true;
                    names.UnionWith(ParametersOf(template));
                }
            }
        }
        if (!attributeRouted)
        {
            names.UnionWith(ConventionalRouteParameters);
        }
        return names;
    }

    private static IEnumerable<string> ParametersOf(string template) =>
        // Tokens such as [controller] are replaced later; they are literals to the route parser, never parameters.
        RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name);
}
