using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace MentoringProgram.Web.Email.Templates;

/// <summary>The root the renderer starts from: one mail template with its parameters, told which part it renders.</summary>
public sealed class MailDocument : ComponentBase
{
    [Parameter, EditorRequired]
    public Type Template { get; set; } = default!;

    [Parameter, EditorRequired]
    public IReadOnlyDictionary<string, object?> Values { get; set; } = default!;

    [Parameter]
    public MailFormat Format { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenComponent<CascadingValue<MailFormat>>(0);
        builder.AddComponentParameter(1, nameof(CascadingValue<MailFormat>.Value), Format);
        builder.AddComponentParameter(2, nameof(CascadingValue<MailFormat>.IsFixed), true);
        builder.AddComponentParameter(3, nameof(CascadingValue<MailFormat>.ChildContent), (RenderFragment)(mail =>
        {
            mail.OpenComponent(0, Template);
            foreach (var (name, value) in Values)
            {
                mail.AddComponentParameter(1, name, value);
            }
            mail.CloseComponent();
        }));
        builder.CloseComponent();
    }
}
