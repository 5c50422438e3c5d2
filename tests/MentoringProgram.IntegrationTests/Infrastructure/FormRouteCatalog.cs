using FluentValidation;
using FluentValidation.Validators;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ActionConstraints;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>
/// Every POST action of the running app that takes a form, read from MVC's own action descriptors and model metadata,
/// so a form added later is covered without touching the tests. Text limits come from the FluentValidation validator
/// of the class that holds the field.
/// </summary>
public static class FormRouteCatalog
{
    public static IReadOnlyList<FormRoute> Discover(IServiceProvider services)
    {
        var actions = services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>();
        var metadata = services.GetRequiredService<IModelMetadataProvider>();
        using var scope = services.CreateScope();
        var routes = new List<FormRoute>();
        foreach (var action in actions)
        {
            var methods = action.ActionConstraints?.OfType<HttpMethodActionConstraint>().SelectMany(c => c.HttpMethods) ?? [];
            if (!methods.Contains("POST", StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }
            var formParameters = action.Parameters.Where(TakesForm).ToList();
            if (formParameters.Count == 0)
            {
                continue;
            }
            var template = action.AttributeRouteInfo?.Template ?? $"{action.ControllerName}/{action.ActionName}/{{id?}}";
            var fields = new List<FormField>();
            foreach (var parameter in formParameters)
            {
                var model = metadata.GetMetadataForType(parameter.ParameterType);
                var name = parameter.BindingInfo?.BinderModelName ?? (model.IsComplexType ? "" : parameter.Name);
                Walk(model, name, null, null, fields, scope.ServiceProvider, depth: 0);
            }
            var routeParameters = RoutePatternFactory.Parse(template).Parameters.ToDictionary(
                p => p.Name,
                p => action.Parameters.FirstOrDefault(a => string.Equals(a.Name, p.Name, StringComparison.OrdinalIgnoreCase))?.ParameterType ?? typeof(string),
                StringComparer.OrdinalIgnoreCase);
            var forCoordinator = action.EndpointMetadata.OfType<IAuthorizeData>().Any(a => a.Policy == Policies.Coordinator || a.Roles == Roles.Coordinator);
            routes.Add(new FormRoute(template, action.DisplayName ?? action.ActionName, forCoordinator, fields, routeParameters));
        }
        return routes;
    }

    private static bool TakesForm(ParameterDescriptor parameter)
    {
        var source = parameter.BindingInfo?.BindingSource;
        return parameter.ParameterType != typeof(CancellationToken)
            && source != BindingSource.Path && source != BindingSource.Services && source != BindingSource.Special && source != BindingSource.Header;
    }

    private static void Walk(ModelMetadata model, string name, Type? container, string? property, List<FormField> fields, IServiceProvider services, int depth)
    {
        if (depth > 4 || model.ModelType == typeof(IFormFile) || model.ModelType == typeof(IFormFileCollection))
        {
            return;
        }
        if (model.ModelType != typeof(string) && model.IsEnumerableType && model.ElementMetadata is { } element)
        {
            if (element.IsComplexType)
            {
                Walk(element, name + "[0]", null, null, fields, services, depth + 1);
            }
            else
            {
                fields.Add(new FormField(name, element.UnderlyingOrModelType, null));
            }
            return;
        }
        if (model.IsComplexType)
        {
            foreach (var child in model.Properties.Where(p => p.IsBindingAllowed && p.PropertyName is not null))
            {
                Walk(child, name.Length == 0 ? child.PropertyName! : $"{name}.{child.PropertyName}", model.ModelType, child.PropertyName, fields, services, depth + 1);
            }
            return;
        }
        fields.Add(new FormField(name, model.UnderlyingOrModelType, MaxLength(services, container, property)));
    }

    private static int? MaxLength(IServiceProvider services, Type? container, string? property)
    {
        if (container is null || property is null || services.GetService(typeof(IValidator<>).MakeGenericType(container)) is not IValidator validator)
        {
            return null;
        }
        var limits = validator.CreateDescriptor().GetRulesForMember(property)
            .SelectMany(rule => rule.Components)
            .Select(component => component.Validator)
            .OfType<ILengthValidator>()
            .Select(length => length.Max)
            .Where(max => max > 0)
            .ToList();
        return limits.Count == 0 ? null : limits.Max();
    }
}
