using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Every action of the running app, as MVC resolved it: a parameter its route names binds from the route only.</summary>
public sealed class RouteBindingConventionTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public void EveryParameterNamedInItsRoute_BindsFromTheRouteOnly()
    {
        var actions = App.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>().ToList();
        var checkedParameters = new List<string>();
        var wrong = new List<string>();

        foreach (var action in actions)
        {
            var routeNames = action.AttributeRouteInfo?.Template is { } template
                ? RoutePatternFactory.Parse(template).Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : RouteValuesFromRouteOnly.ConventionalRouteParameters.ToHashSet(StringComparer.OrdinalIgnoreCase);
            foreach (var parameter in action.Parameters.Where(p => routeNames.Contains(p.BindingInfo?.BinderModelName ?? p.Name)))
            {
                var name = $"{action.DisplayName} {parameter.Name}";
                checkedParameters.Add(name);
                if (parameter.BindingInfo?.BindingSource != BindingSource.Path)
                {
                    wrong.Add($"{name} binds from {parameter.BindingInfo?.BindingSource?.DisplayName ?? "any source"}");
                }
            }
        }

        Assert.Empty(wrong);
        // The app has route ids on programs, cycles, volunteers, requests, offers and mail: the check is not vacuous.
        Assert.True(checkedParameters.Count >= 15, string.Join("\n", checkedParameters));
    }
}
