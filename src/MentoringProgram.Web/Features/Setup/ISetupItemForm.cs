namespace MentoringProgram.Web.Features.Setup;

/// <summary>The form of one item of a setup list; its name is what the confirmation repeats.</summary>
public interface ISetupItemForm
{
    string Name { get; }
}
