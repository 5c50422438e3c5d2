using System.Reflection;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MentoringProgram.UnitTests.Infrastructure;

public sealed class RouteValuesFromRouteOnlyTests
{
    // Stands in for any controller: only its method signatures are read.
    private sealed class SampleController
    {
        public static void Withdraw(int id, string? note, [FromRoute(Name = "cycleId")] int cycle, [FromQuery] int page) => _ = (id, note, cycle, page);
    }

    private static ActionModel Action(string? controllerTemplate, string? actionTemplate)
    {
        var controller = new ControllerModel(typeof(SampleController).GetTypeInfo(), []);
        controller.Selectors.Add(new SelectorModel { AttributeRouteModel = controllerTemplate is null ? null : new AttributeRouteModel(new RouteAttribute(controllerTemplate)) });
        var method = typeof(SampleController).GetMethod(nameof(SampleController.Withdraw))!;
        var action = new ActionModel(method, []) { Controller = controller };
        action.Selectors.Add(new SelectorModel { AttributeRouteModel = actionTemplate is null ? null : new AttributeRouteModel(new RouteAttribute(actionTemplate)) });
        foreach (var info in method.GetParameters())
        {
            var attributes = info.GetCustomAttributes(inherit: true);
            action.Parameters.Add(new ParameterModel(info, attributes) { Action = action, ParameterName = info.Name!, BindingInfo = BindingInfo.GetBindingInfo(attributes) });
        }
        return action;
    }

    private static BindingSource? SourceOf(ActionModel action, string parameter) =>
        action.Parameters.Single(p => p.ParameterName == parameter).BindingInfo?.BindingSource;

    [Fact]
    public void ParametersInTheCombinedAttributeRoute_BindFromTheRouteOnly()
    {
        var action = Action("Programs/{id:int}", "Cycles/{cycleId:int}/{page?}");

        new RouteValuesFromRouteOnly().Apply(action);

        Assert.Equal(BindingSource.Path, SourceOf(action, "id"));
        Assert.Equal(BindingSource.Path, SourceOf(action, "cycle"));
        // An explicit [FromQuery] on a name the route also has is a contradiction; the route wins, as the path is what was asked for.
        Assert.Equal(BindingSource.Path, SourceOf(action, "page"));
        Assert.Null(SourceOf(action, "note"));
    }

    [Fact]
    public void AnActionRouteFromTheRoot_IgnoresTheControllersTemplate()
    {
        var action = Action("Programs/{id:int}", "~/My/{note}");

        new RouteValuesFromRouteOnly().Apply(action);

        Assert.Null(SourceOf(action, "id"));
        Assert.Equal(BindingSource.Path, SourceOf(action, "note"));
    }

    [Fact]
    public void ConventionallyRoutedActions_BindIdFromTheRoute()
    {
        var action = Action(null, null);

        new RouteValuesFromRouteOnly().Apply(action);

        Assert.Equal(BindingSource.Path, SourceOf(action, "id"));
        Assert.Null(SourceOf(action, "note"));
        Assert.Equal(BindingSource.Query, SourceOf(action, "page"));
    }
}
