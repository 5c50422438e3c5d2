using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Uses <see cref="CheckboxModelBinder"/> for every bool and bool? in every form of the app.</summary>
public sealed class CheckboxModelBinderProvider : IModelBinderProvider
{
    private static readonly CheckboxModelBinder Binder = new();

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.UnderlyingOrModelType == typeof(bool) ? Binder : null;
}
