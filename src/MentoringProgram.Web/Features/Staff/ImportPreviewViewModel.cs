namespace MentoringProgram.Web.Features.Staff;

public sealed record ImportPreviewViewModel(string FileName, string Payload, ImportRoster.Preview Preview);
