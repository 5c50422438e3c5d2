using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Binds a bool as a checkbox posts it: "true" (or "on") is ticked and anything else is not. MVC's own binder keeps
/// an edited value such as "maybe" as the attempted value, and the checkbox tag helper then throws a FormatException
/// when it renders the form again: a 500 for a tampered form. Here the attempted value is always "true" or "false".
/// </summary>
public sealed class CheckboxModelBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var posted = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
        if (posted == ValueProviderResult.None)
        {
            return Task.CompletedTask; // not posted: the property keeps its default, as with MVC's binder
        }
        var ticked = posted.FirstValue is { } first
            && (bool.TryParse(first, out var parsed) ? parsed : string.Equals(first, "on", StringComparison.OrdinalIgnoreCase));
        var text = ticked ? "true" : "false";
        bindingContext.ModelState.SetModelValue(bindingContext.ModelName, new ValueProviderResult(text));
        bindingContext.Result = ModelBindingResult.Success(ticked);
        return Task.CompletedTask;
    }
}
