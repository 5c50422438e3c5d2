using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace MentoringProgram.Web.Email.Templates;

/// <summary>
/// The base of every mail: a Razor component whose parameters are the mail's data and whose <see cref="Subject"/>
/// is computed from them. Callers fill an instance with an object initializer (typed, checked by the compiler) and
/// hand it to <see cref="MailRenderer"/>, which renders a fresh instance of the same type with those parameters.
/// </summary>
public abstract class MailTemplate : ComponentBase
{
    public abstract string Subject { get; }

    /// <summary>The values of this instance's parameters, as the renderer passes them to a new instance.</summary>
    internal IReadOnlyDictionary<string, object?> Parameters()
    {
        var parameters = new Dictionary<string, object?>();
        foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<ParameterAttribute>() is null)
            {
                continue;
            }
            var value = property.GetValue(this);
            if (value is null && property.GetCustomAttribute<EditorRequiredAttribute>() is not null)
            {
                // A forgotten value would otherwise render as an empty gap in someone's mail.
                throw new InvalidOperationException($"{GetType().Name}.{property.Name} is required.");
            }
            parameters[property.Name] = value;
        }
        return parameters;
    }
}
