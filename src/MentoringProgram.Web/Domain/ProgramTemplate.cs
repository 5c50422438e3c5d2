namespace MentoringProgram.Web.Domain;

/// <summary>The seed programs, as starting points a coordinator can copy and adjust.</summary>
public sealed record ProgramTemplate(string Key, string Name, string Source, ProgramSettings Settings);
