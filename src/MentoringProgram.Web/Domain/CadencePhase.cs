namespace MentoringProgram.Web.Domain;

/// <summary>One stretch of a cadence: at least <see cref="Meetings"/> meetings in every <see cref="Every"/>,
/// for <see cref="For"/> (or for the rest of the term when null).</summary>
public sealed record CadencePhase(Period? For, int Meetings, Period Every);
