namespace MentoringProgram.Web.Features.Setup;

/// <summary>What a coordinator's setup list (topics, departments) does: show the list with its form, find an item
/// to edit, save the form. <see cref="SetupListController{TCommand, TPage}"/> is the one web flow over it.</summary>
public interface ISetupListHandler<TCommand, TPage>
{
    Task<TPage> LoadAsync(TCommand form, CancellationToken cancellationToken);

    Task<TCommand?> FindAsync(int id, CancellationToken cancellationToken);

    /// <summary>False when the item being edited no longer exists.</summary>
    Task<bool> SaveAsync(TCommand command, CancellationToken cancellationToken);
}
