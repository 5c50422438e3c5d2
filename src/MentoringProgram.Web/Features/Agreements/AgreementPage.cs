namespace MentoringProgram.Web.Features.Agreements;

/// <summary>The agreement form: the agreement as it stands, and the form as the member last filled it.</summary>
public sealed record AgreementPage(AgreementView Agreement, WriteAgreement.Command Form);
